-- The merchant's content pillars (issue 14): proposed by Pignon from the value work (PillarPolicy), then renamed, kept
-- or dropped by the merchant or their advisor. Data about a merchant: content.ContentPersonalData declares it.
CREATE TABLE content_pillar (
  application_id  UUID        NOT NULL,
  position        INTEGER     NOT NULL CHECK (position >= 0),
  kind            TEXT        NOT NULL,
  name            TEXT        NOT NULL,
  kept            BOOLEAN     NOT NULL DEFAULT TRUE,
  because         TEXT        NOT NULL DEFAULT '',
  decided_at      TIMESTAMPTZ NOT NULL,
  decided_by      UUID        NOT NULL,
  PRIMARY KEY (application_id, position)
);
