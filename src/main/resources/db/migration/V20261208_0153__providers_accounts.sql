-- Provider accounts (issue 13): a provider of the directory gets an account (role PROVIDER) to keep their profile
-- current and answer the requests sent to them signed in. A change that widens what the program vetted (a service
-- added, an area added) waits for a manager; the other changes apply at once. Every change is kept for the managers.
ALTER TABLE providers_provider
  ADD COLUMN account_id              UUID UNIQUE,
  ADD COLUMN pending_services        TEXT[],
  ADD COLUMN pending_whole_territory BOOLEAN,
  ADD COLUMN pending_municipalities  TEXT[],
  ADD COLUMN pending_since           TIMESTAMPTZ;

-- Who changed what on a provider's profile, and what became of the changes that wait for a manager.
CREATE TABLE providers_profile_change (
  id           BIGSERIAL   PRIMARY KEY,
  provider_id  UUID        NOT NULL REFERENCES providers_provider (id),
  at           TIMESTAMPTZ NOT NULL,
  field        TEXT        NOT NULL,
  before_value TEXT        NOT NULL,
  after_value  TEXT        NOT NULL,
  state        TEXT        NOT NULL CHECK (state IN ('APPLIED', 'WAITING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
  decided_by   UUID,
  decided_at   TIMESTAMPTZ,
  reason       TEXT
);

CREATE INDEX providers_profile_change_by_provider ON providers_profile_change (provider_id, at DESC);
