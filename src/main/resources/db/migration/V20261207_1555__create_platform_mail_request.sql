-- Verification and reset links a client asked for lately (issue 17): a client that asks too often is told to wait.
-- Rows older than a day are deleted as new ones come.
CREATE TABLE platform_mail_request (
    client varchar(64) NOT NULL,
    kind   varchar(20) NOT NULL,
    at     timestamptz NOT NULL
);
CREATE INDEX platform_mail_request_by_client ON platform_mail_request (client, kind, at);
