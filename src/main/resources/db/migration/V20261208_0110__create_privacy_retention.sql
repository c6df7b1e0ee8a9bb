-- Retention (Loi 25, issue 16). A legal hold keeps a dossier out of retention while it lasts, with its reason and who
-- placed and lifted it; at most one hold in force per dossier. The retention log says what the daily job did: the
-- rule, the dossier's id and when, never what the dossier held. application_id is intake's id: no foreign key crosses
-- modules.
CREATE TABLE privacy_legal_hold (
    id             uuid PRIMARY KEY,
    application_id uuid NOT NULL,
    reason         varchar(1000) NOT NULL,
    placed_by      uuid NOT NULL,
    placed_at      timestamptz NOT NULL,
    lifted_by      uuid,
    lifted_at      timestamptz,
    CHECK ((lifted_by IS NULL) = (lifted_at IS NULL))
);
CREATE UNIQUE INDEX privacy_legal_hold_in_force ON privacy_legal_hold (application_id) WHERE lifted_at IS NULL;

CREATE TABLE privacy_retention_log (
    id             bigserial PRIMARY KEY,
    application_id uuid NOT NULL,
    rule           varchar(40) NOT NULL,
    due_on         date NOT NULL,
    done_at        timestamptz NOT NULL,
    UNIQUE (application_id, rule)
);
CREATE INDEX privacy_retention_log_by_date ON privacy_retention_log (done_at DESC);
