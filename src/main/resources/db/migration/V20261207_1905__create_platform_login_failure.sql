-- Failed sign-ins, counted by every instance (issue 12): one row per failure and per key ("account:<address>" or
-- "client:<network address>"), the key kept as its SHA-256 only, so that the table names no one.
CREATE TABLE platform_login_failure (
    id        bigserial PRIMARY KEY,
    key_hash  text        NOT NULL,
    failed_at timestamptz NOT NULL
);
CREATE INDEX platform_login_failure_key ON platform_login_failure (key_hash, failed_at);
CREATE INDEX platform_login_failure_time ON platform_login_failure (failed_at);
