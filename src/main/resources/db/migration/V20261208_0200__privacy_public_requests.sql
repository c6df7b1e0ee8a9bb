-- Requests filed from the public form (issue 16 item 2): anyone, identified by a name and an email address that a
-- one-time link confirms before the request counts (its 30 days run from the confirmation). A pending request keeps
-- only the SHA-256 of its link's secret and expires; once confirmed it becomes a privacy_request whose requester is
-- that name and address instead of an account.
ALTER TABLE privacy_request
    ALTER COLUMN requester_account DROP NOT NULL,
    ADD COLUMN requester_name  varchar(200),
    ADD COLUMN requester_email varchar(254),
    ADD CONSTRAINT privacy_request_has_requester
        CHECK (requester_account IS NOT NULL OR (requester_name IS NOT NULL AND requester_email IS NOT NULL));

CREATE TABLE privacy_pending_request (
    id           uuid PRIMARY KEY,
    secret_hash  char(64) NOT NULL UNIQUE,
    kind         varchar(20) NOT NULL CHECK (kind IN ('ACCESS', 'RECTIFICATION', 'WITHDRAWAL', 'DESTRUCTION')),
    name         varchar(200) NOT NULL,
    email        varchar(254) NOT NULL,
    details      text NOT NULL,
    language     varchar(5) NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    confirmed_at timestamptz,
    request_id   uuid
);
CREATE INDEX privacy_pending_request_by_email ON privacy_pending_request (lower(email), created_at);
