-- Files for the hand-over's export measurement (docs/performance.md): :files uploads of :kb kB each of random bytes
-- (md5 of random values, which compress no better than a photo), attached to seeded applications. Run once, by
-- handover-export.sh with HANDOVER_FILES=n, on the load-test database only.
INSERT INTO uploads_file (id, application_id, owner_id, original_name, kind, size_bytes, sha256, uploaded_at,
                          uploaded_by)
SELECT f.id, a.id, a.account_id, 'photo-' || f.n || '.jpg', 'JPEG', :kb * 1024, repeat('0', 64), now(), a.account_id
FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, :files) AS n) f
JOIN (SELECT id, account_id, row_number() OVER (ORDER BY id) AS n FROM intake_application) a
  ON a.n = 1 + (f.n - 1) % (SELECT count(*) FROM intake_application);
INSERT INTO uploads_content (id, bytes)
SELECT f.id, (SELECT decode(string_agg(md5(random()::text || f.id::text || g), ''), 'hex')
              FROM generate_series(1, :kb * 64) AS g)
FROM uploads_file f WHERE f.original_name LIKE 'photo-%' AND NOT EXISTS (SELECT 1 FROM uploads_content c WHERE c.id = f.id);
