CREATE TABLE platform_account (
  id                UUID PRIMARY KEY,
  email             VARCHAR(254) NOT NULL,
  password_hash     VARCHAR(200),
  display_name      VARCHAR(120) NOT NULL,
  role              VARCHAR(20)  NOT NULL,
  email_verified_at TIMESTAMP WITH TIME ZONE,
  enabled           BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX platform_account_email_uq ON platform_account (lower(email));

-- One-time links: email verification, password (re)set, first admin setup. Only a hash of the secret is kept.
CREATE TABLE platform_account_token (
  token_hash  VARCHAR(64) PRIMARY KEY,
  account_id  UUID REFERENCES platform_account (id),
  purpose     VARCHAR(20) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at     TIMESTAMP WITH TIME ZONE
);

CREATE TABLE platform_api_token (
  id           UUID PRIMARY KEY,
  account_id   UUID NOT NULL REFERENCES platform_account (id),
  name         VARCHAR(80) NOT NULL,
  token_hash   VARCHAR(64) NOT NULL UNIQUE,
  prefix       VARCHAR(16) NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at   TIMESTAMP WITH TIME ZONE,
  last_used_at TIMESTAMP WITH TIME ZONE
);

-- Transactional outbox: a mail is written with the change that causes it, then sent once by the dispatcher.
CREATE TABLE platform_mail (
  id          UUID PRIMARY KEY,
  recipient   VARCHAR(254) NOT NULL,
  subject     VARCHAR(300) NOT NULL,
  body        TEXT NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  sent_at     TIMESTAMP WITH TIME ZONE,
  attempts    INT NOT NULL DEFAULT 0,
  last_error  VARCHAR(500)
);
CREATE INDEX platform_mail_pending_idx ON platform_mail (created_at) WHERE sent_at IS NULL;
