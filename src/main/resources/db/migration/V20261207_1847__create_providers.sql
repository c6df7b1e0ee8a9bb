-- Neutral help choosing a provider (issue 13): the vetted directory, the briefs written from a plan action, the
-- requests for quotes sent to a shortlist drawn at random, the quotes, the merchant's choice, and the log of
-- every change to a shortlist (who, when, why).

-- The directory: a provider applies from a public page; a manager vets it with a checklist. Not about merchants.
CREATE TABLE providers_provider (
  id                UUID        PRIMARY KEY,
  name              TEXT        NOT NULL,
  neq               TEXT        NOT NULL,
  contact_name      TEXT        NOT NULL,
  email             TEXT        NOT NULL,
  phone             TEXT        NOT NULL DEFAULT '',
  website           TEXT        NOT NULL DEFAULT '',
  services          TEXT[]      NOT NULL,
  whole_territory   BOOLEAN     NOT NULL,
  municipalities    TEXT[]      NOT NULL DEFAULT '{}',
  languages         TEXT[]      NOT NULL,
  price_range       TEXT        NOT NULL DEFAULT '',
  portfolio         TEXT        NOT NULL DEFAULT '',
  reference_one     TEXT        NOT NULL,
  reference_two     TEXT        NOT NULL,
  charter_accepted  TIMESTAMPTZ NOT NULL,
  applied_at        TIMESTAMPTZ NOT NULL,
  status            TEXT        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED', 'SUSPENDED')),
  neq_checked       BOOLEAN     NOT NULL DEFAULT FALSE,
  references_called BOOLEAN     NOT NULL DEFAULT FALSE,
  work_seen         BOOLEAN     NOT NULL DEFAULT FALSE,
  decision_reason   TEXT        NOT NULL DEFAULT '',
  decided_by        UUID,
  decided_at        TIMESTAMPTZ,
  approved_until    DATE,
  demo              BOOLEAN     NOT NULL DEFAULT FALSE,
  version           BIGINT      NOT NULL DEFAULT 0
);

CREATE INDEX providers_provider_by_status ON providers_provider (status, name);

-- A brief (cahier des charges) for one action of the merchant's approved plan that needs a provider.
CREATE TABLE providers_brief (
  id              UUID        PRIMARY KEY,
  application_id  UUID        NOT NULL,
  action_key      TEXT        NOT NULL,
  service         TEXT        NOT NULL,
  title           TEXT        NOT NULL,
  goal            TEXT        NOT NULL DEFAULT '',
  today           TEXT        NOT NULL DEFAULT '',
  needs           TEXT        NOT NULL DEFAULT '',
  done_when       TEXT        NOT NULL DEFAULT '',
  budget_min      INT         CHECK (budget_min >= 0),
  budget_max      INT         CHECK (budget_max >= 0),
  wanted_by       DATE,
  language        TEXT        NOT NULL DEFAULT 'fr',
  status          TEXT        NOT NULL CHECK (status IN ('DRAFT', 'SENT', 'CHOSEN')),
  share_contact   BOOLEAN     NOT NULL DEFAULT FALSE,
  answer_by       DATE,
  sent_at         TIMESTAMPTZ,
  draw_seed       BIGINT,
  draw_order      UUID[],
  drawn_at        TIMESTAMPTZ,
  weights         TEXT        NOT NULL DEFAULT '',
  chosen_request  UUID,
  choice_reason   TEXT,
  chosen_at       TIMESTAMPTZ,
  chosen_by       UUID,
  created_at      TIMESTAMPTZ NOT NULL,
  created_by      UUID        NOT NULL,
  version         BIGINT      NOT NULL DEFAULT 0,
  UNIQUE (application_id, action_key)
);

-- One provider of a brief's shortlist: drawn from the directory, added from it, or invited from outside it by email;
-- once the brief is sent, a link (its hash kept, never the link) lets the provider read the brief and quote once.
CREATE TABLE providers_request (
  id                 UUID        PRIMARY KEY,
  brief_id           UUID        NOT NULL REFERENCES providers_brief (id),
  provider_id        UUID        REFERENCES providers_provider (id),
  outside_name       TEXT,
  outside_email      TEXT,
  position           INT         NOT NULL,
  origin             TEXT        NOT NULL CHECK (origin IN ('DRAWN', 'ADDED_BY_STAFF', 'ADDED_BY_MERCHANT')),
  removed_at         TIMESTAMPTZ,
  link_hash          TEXT        UNIQUE,
  expires_at         TIMESTAMPTZ,
  revoked            BOOLEAN     NOT NULL DEFAULT FALSE,
  sent_at            TIMESTAMPTZ,
  answered_at        TIMESTAMPTZ,
  one_time_price     NUMERIC(10, 2) CHECK (one_time_price >= 0),
  yearly_price       NUMERIC(10, 2) CHECK (yearly_price >= 0),
  included           TEXT,
  weeks              INT         CHECK (weeks > 0),
  domain_owner       TEXT        CHECK (domain_owner IN ('MERCHANT', 'PROVIDER', 'NONE')),
  content_owner      TEXT        CHECK (content_owner IN ('MERCHANT', 'PROVIDER')),
  maintenance        TEXT,
  french_service     BOOLEAN,
  accessibility      TEXT        CHECK (accessibility IN ('WCAG_AA', 'PARTIAL', 'NONE')),
  hosting            TEXT        CHECK (hosting IN ('CANADA', 'OUTSIDE_CANADA', 'NOT_HOSTED')),
  told_at            TIMESTAMPTZ,
  CHECK (provider_id IS NOT NULL OR outside_email IS NOT NULL)
);

CREATE INDEX providers_request_by_brief ON providers_request (brief_id, position);
CREATE INDEX providers_request_by_provider ON providers_request (provider_id);

-- Every change to a shortlist and every step of a brief: who, when, what, why.
CREATE TABLE providers_log (
  id          BIGSERIAL   PRIMARY KEY,
  brief_id    UUID        NOT NULL REFERENCES providers_brief (id),
  at          TIMESTAMPTZ NOT NULL,
  actor_id    UUID,
  what        TEXT        NOT NULL,
  provider    TEXT,
  reason      TEXT
);

CREATE INDEX providers_log_by_brief ON providers_log (brief_id, at);
