-- Issue 13, continued: the reminder before a quote's deadline, declarations of interests and the conflicts they flag
-- on a shortlist, and the merchant's rating of the delivered work.

-- When the provider was reminded that their quote is due (once per request; the claim of a reminder run).
ALTER TABLE providers_request ADD COLUMN reminded_at TIMESTAMPTZ;

-- Each advisor's and manager's declared links with providers of the directory: kept, never deleted (withdrawn_at).
CREATE TABLE providers_interest (
  id            UUID        PRIMARY KEY,
  account_id    UUID        NOT NULL,
  provider_id   UUID        NOT NULL REFERENCES providers_provider (id),
  nature        TEXT        NOT NULL,
  declared_at   TIMESTAMPTZ NOT NULL,
  withdrawn_at  TIMESTAMPTZ
);

CREATE INDEX providers_interest_by_account ON providers_interest (account_id) WHERE withdrawn_at IS NULL;

-- A manager's decision on a flagged conflict of a brief: confirmed with a reason, or the brief taken over.
CREATE TABLE providers_conflict_decision (
  id            BIGSERIAL   PRIMARY KEY,
  brief_id      UUID        NOT NULL REFERENCES providers_brief (id),
  account_id    UUID        NOT NULL,
  provider_id   UUID        NOT NULL REFERENCES providers_provider (id),
  decision      TEXT        NOT NULL CHECK (decision IN ('CONFIRMED', 'TAKEN_OVER')),
  reason        TEXT        NOT NULL,
  decided_by    UUID        NOT NULL,
  decided_at    TIMESTAMPTZ NOT NULL
);

CREATE INDEX providers_conflict_decision_by_brief ON providers_conflict_decision (brief_id);

-- Who handles the brief's shortlist when a manager took it over from an advisor with a declared interest.
ALTER TABLE providers_brief ADD COLUMN handled_by UUID;

-- The merchant's rating of the delivered work, once per brief: staff only read it; it feeds the vetting's renewal.
CREATE TABLE providers_rating (
  brief_id      UUID        PRIMARY KEY REFERENCES providers_brief (id),
  provider_id   UUID        REFERENCES providers_provider (id),
  on_time       BOOLEAN     NOT NULL,
  on_budget     BOOLEAN     NOT NULL,
  quality       INT         NOT NULL CHECK (quality BETWEEN 1 AND 5),
  recommend     BOOLEAN     NOT NULL,
  comment       TEXT        NOT NULL DEFAULT '',
  delivered_url TEXT,
  rated_at      TIMESTAMPTZ NOT NULL,
  rated_by      UUID        NOT NULL
);

CREATE INDEX providers_rating_by_provider ON providers_rating (provider_id);
