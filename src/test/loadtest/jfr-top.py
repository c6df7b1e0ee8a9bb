#!/usr/bin/env python3
"""Top frames of a JDK Flight Recorder file's execution samples (issue 19), as recorded by run.sh with LOADTEST_JFR:

    src/test/loadtest/jfr-top.py target/loadtest-data/jfr/privacy.jfr [how many, 15]

Prints the methods most often on top of a sampled stack (self time), then the methods most often anywhere in a sampled
stack (inclusive time, each counted once per sample), as shares of the samples. Reads `jfr print --events
jdk.ExecutionSample` (the JDK's jfr tool), which shows the top 5 frames of each stack by default; the inclusive list
asks for whole stacks (--stack-depth 64).
"""
import collections
import re
import subprocess
import sys

FRAME = re.compile(r'^\s+([\w$.<>/]+)\(.*\)\s+line:')


def samples(path):
    out = subprocess.run(["jfr", "print", "--stack-depth", "64", "--events", "jdk.ExecutionSample", path],
                         check=True, capture_output=True, text=True).stdout
    stack = None
    for line in out.splitlines():
        if line.startswith("jdk.ExecutionSample"):
            if stack:
                yield stack
            stack = []
        elif stack is not None:
            m = FRAME.match(line)
            if m:
                stack.append(m.group(1))
    if stack:
        yield stack


def main(path, top=15):
    own = collections.Counter()
    anywhere = collections.Counter()
    total = 0
    for stack in samples(path):
        total += 1
        own[stack[0]] += 1
        for frame in set(stack):
            anywhere[frame] += 1
    print(f"{path}: {total} samples")
    print("  self (top of the stack):")
    for frame, n in own.most_common(top):
        print(f"    {100 * n / total:5.1f} %  {frame}")
    print("  inclusive (anywhere in the stack), Pignon's, Thymeleaf's, Spring Security's, Spring Session's and JDBC's:")
    kept = [(f, n) for f, n in anywhere.most_common()
            if re.match(r'(ca\.pignon|org\.thymeleaf|nz\.net|org\.springframework\.(security|session|jdbc)|org\.postgresql'
                        r'|com\.zaxxer|groovy|org\.codehaus\.groovy)', f)]
    for frame, n in kept[:top * 2]:
        print(f"    {100 * n / total:5.1f} %  {frame}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 15)
