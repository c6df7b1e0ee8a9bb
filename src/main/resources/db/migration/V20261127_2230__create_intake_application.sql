-- A merchant's application: a draft while being filled, then the submitted record with its eligibility evidence.
CREATE TABLE intake_application (
  id                        UUID PRIMARY KEY,
  account_id                UUID NOT NULL UNIQUE,
  status                    VARCHAR(20)  NOT NULL,
  completed_steps           INT          NOT NULL DEFAULT 0,
  created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  submitted_at              TIMESTAMP WITH TIME ZONE,
  version                   BIGINT       NOT NULL DEFAULT 0,
  -- contact person (the email is the account's)
  contact_first_name        VARCHAR(80),
  contact_last_name         VARCHAR(80),
  contact_phone             VARCHAR(30),
  -- business
  legal_name                VARCHAR(200),
  trade_name                VARCHAR(200),
  neq                       VARCHAR(10),
  naics_code                VARCHAR(10),
  employees                 INT,
  -- storefront
  civic_number              VARCHAR(20),
  street                    VARCHAR(150),
  unit                      VARCHAR(20),
  municipality              VARCHAR(80),
  postal_code               VARCHAR(7),
  reception_mode            VARCHAR(30),
  -- online presence and goals
  website                   VARCHAR(300),
  facebook                  VARCHAR(300),
  instagram                 VARCHAR(300),
  other_links               VARCHAR(1000),
  goals                     VARCHAR(500),
  goals_other               VARCHAR(2000),
  hours_per_week            VARCHAR(20),
  work_by                   VARCHAR(20),
  -- eligibility decision and its evidence
  eligibility               VARCHAR(20),
  eligibility_reasons       VARCHAR(300),
  eligibility_decided_by    VARCHAR(20),
  rules_version             VARCHAR(80),
  latitude                  DOUBLE PRECISION,
  longitude                 DOUBLE PRECISION,
  geocode_method            VARCHAR(30),
  geocode_score             DOUBLE PRECISION,
  geocode_label             VARCHAR(300),
  location_approximate      BOOLEAN,
  municipality_code         VARCHAR(20),
  municipality_name         VARCHAR(120),
  in_program_territory      BOOLEAN,
  arrondissement_code       VARCHAR(20),
  arrondissement_name       VARCHAR(120),
  quartier_code             VARCHAR(20),
  quartier_name             VARCHAR(120),
  polygon_precision         VARCHAR(20),
  boundary_distance_m       DOUBLE PRECISION,
  program_edge_distance_m   DOUBLE PRECISION
);
CREATE INDEX intake_application_listing_idx ON intake_application (status, submitted_at DESC);
CREATE INDEX intake_application_eligibility_idx ON intake_application (eligibility);

-- Every change to an application after submission: who, when, what before, what after, why.
CREATE TABLE intake_application_change (
  id             UUID PRIMARY KEY,
  seq            BIGINT GENERATED ALWAYS AS IDENTITY,
  application_id UUID NOT NULL REFERENCES intake_application (id),
  at             TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_id       UUID,
  actor_name     VARCHAR(120) NOT NULL,
  action         VARCHAR(40)  NOT NULL,
  before_value   VARCHAR(2000),
  after_value    VARCHAR(2000),
  reason         VARCHAR(2000)
);
CREATE INDEX intake_application_change_by_application_idx ON intake_application_change (application_id, seq);

-- Consent ledger (Loi 25, s. 14): one row per grant, with the exact text shown; withdrawal is dated, never deleted.
CREATE TABLE intake_consent (
  id           UUID PRIMARY KEY,
  account_id   UUID NOT NULL,
  purpose      VARCHAR(30)  NOT NULL,
  text_version VARCHAR(40)  NOT NULL,
  text_shown   VARCHAR(2000) NOT NULL,
  locale       VARCHAR(10)  NOT NULL,
  granted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  withdrawn_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX intake_consent_by_account_idx ON intake_consent (account_id, purpose);
