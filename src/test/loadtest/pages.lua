-- wrk script for src/test/loadtest/run.sh: GETs the paths of PIGNON_PATHS (separated by spaces) in turn, each
-- connection starting at a different one, with the session cookie of PIGNON_COOKIE; counts every response that is not
-- a 200 (a redirect to the login page is not a success), and prints one summary line with p50/p90/p95/p99.

local paths = {}
for path in string.gmatch(os.getenv("PIGNON_PATHS") or "/", "%S+") do
  paths[#paths + 1] = path
end
local cookie = os.getenv("PIGNON_COOKIE")
-- a person's pause between two pages, in ms (PIGNON_THINK_MS, 0 by default: each connection asks again at once);
-- drawn uniformly between half and one and a half times it, so that the connections do not keep in step
local think = tonumber(os.getenv("PIGNON_THINK_MS") or "0")

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  next_path = id or 0
  non200 = 0
  if cookie and cookie ~= "" then
    wrk.headers["Cookie"] = cookie
  end
  wrk.headers["Accept"] = os.getenv("PIGNON_ACCEPT") or "text/html"
end

function request()
  next_path = next_path + 1
  return wrk.format("GET", paths[(next_path % #paths) + 1])
end

function delay()
  if think <= 0 then
    return 0
  end
  return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
end

function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
  end
end

function done(summary, latency, requests)
  local other = 0
  for _, thread in ipairs(threads) do
    other = other + (thread:get("non200") or 0)
  end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "PIGNON requests=%d seconds=%.1f rps=%.1f p50_ms=%.1f p90_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f " ..
    "non200=%d errors_connect=%d errors_read=%d errors_write=%d errors_timeout=%d errors_status=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    other, e.connect, e.read, e.write, e.timeout, e.status))
end
