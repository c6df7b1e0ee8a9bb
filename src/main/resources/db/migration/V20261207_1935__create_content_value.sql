-- The merchant's value work ("Votre valeur ajoutée", issue 14): the draft saved as it goes, one row per dossier, and
-- the versions the merchant or their advisor kept, never changed afterwards (anonymisation excepted). The sheet is
-- kept as JSON (answers by question id, statement, differentiators, profiles, tone, words): it is read and written
-- whole. Data about a merchant: content.ContentPersonalData declares both tables.

CREATE TABLE content_value_draft (
  application_id  UUID        PRIMARY KEY,
  sheet           TEXT        NOT NULL,
  saved_at        TIMESTAMPTZ NOT NULL,
  saved_by        UUID        NOT NULL,
  revision        BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE content_value_version (
  application_id  UUID        NOT NULL,
  version         INTEGER     NOT NULL CHECK (version > 0),
  sheet           TEXT        NOT NULL,
  kept_at         TIMESTAMPTZ NOT NULL,
  kept_by         UUID        NOT NULL,
  PRIMARY KEY (application_id, version)
);
