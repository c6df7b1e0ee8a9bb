-- The question bank's versions, as published: a version never changes (the trigger refuses it), so that every
-- diagnostic can be read again with the questions and weights it was answered with.
CREATE TABLE diagnostic_bank (
    version      integer PRIMARY KEY,
    source       text NOT NULL,
    checksum     varchar(64) NOT NULL,
    note         varchar(500),
    published_at timestamptz NOT NULL,
    published_by varchar(200) NOT NULL
);

CREATE FUNCTION diagnostic_bank_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'a published question bank version never changes';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER diagnostic_bank_append_only BEFORE UPDATE OR DELETE ON diagnostic_bank
    FOR EACH ROW EXECUTE FUNCTION diagnostic_bank_is_append_only();

-- One diagnostic per application and kind (T0 at the start, T1 at the end). application_id and merchant_account are
-- intake's and platform's ids: no foreign key crosses modules. sector3 and area_* are copied at completion for the
-- peer comparison.
CREATE TABLE diagnostic_assessment (
    id               uuid PRIMARY KEY,
    application_id   uuid NOT NULL,
    merchant_account uuid NOT NULL,
    business_name    varchar(300) NOT NULL,
    kind             varchar(2) NOT NULL CHECK (kind IN ('T0', 'T1')),
    bank_version     integer NOT NULL REFERENCES diagnostic_bank (version),
    formula_version  integer NOT NULL,
    status           varchar(20) NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
    version          bigint NOT NULL,
    started_at       timestamptz NOT NULL,
    started_by       varchar(200) NOT NULL,
    completed_at     timestamptz,
    completed_by     varchar(200),
    overall          integer CHECK (overall BETWEEN 0 AND 100),
    sector3          varchar(3),
    area_code        varchar(40),
    area_name        varchar(200),
    UNIQUE (application_id, kind)
);

CREATE INDEX diagnostic_by_merchant ON diagnostic_assessment (merchant_account);
CREATE INDEX diagnostic_peers_sector ON diagnostic_assessment (formula_version, kind, sector3) WHERE status = 'COMPLETED';
CREATE INDEX diagnostic_peers_area ON diagnostic_assessment (formula_version, kind, area_code) WHERE status = 'COMPLETED';

-- An answer as given, with the diagnostic's version it was saved at (revision): a page shown at an earlier version
-- learns which answers changed since.
CREATE TABLE diagnostic_answer (
    diagnostic_id uuid NOT NULL REFERENCES diagnostic_assessment (id),
    question_id   varchar(80) NOT NULL,
    answer_values text NOT NULL,
    revision      bigint NOT NULL,
    answered_by   varchar(200) NOT NULL,
    by_staff      boolean NOT NULL,
    answered_at   timestamptz NOT NULL,
    PRIMARY KEY (diagnostic_id, question_id)
);

-- The advisor's private note on a dimension: never shown to the merchant.
CREATE TABLE diagnostic_note (
    diagnostic_id uuid NOT NULL REFERENCES diagnostic_assessment (id),
    dimension_id  varchar(80) NOT NULL,
    note          text NOT NULL,
    revision      bigint NOT NULL,
    written_by    varchar(200) NOT NULL,
    written_at    timestamptz NOT NULL,
    PRIMARY KEY (diagnostic_id, dimension_id)
);

-- The scores fixed at completion (they can be recomputed from the answers, bank version and formula version).
CREATE TABLE diagnostic_score (
    diagnostic_id uuid NOT NULL REFERENCES diagnostic_assessment (id),
    dimension_id  varchar(80) NOT NULL,
    score         integer CHECK (score BETWEEN 0 AND 100),
    PRIMARY KEY (diagnostic_id, dimension_id)
);
