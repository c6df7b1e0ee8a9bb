-- The register of confidentiality incidents (Loi 25, art. 3.8; Règlement sur les incidents de confidentialité, art.
-- 11): what information, the circumstances, when it happened and when the program learned of it, how many people,
-- the assessment of the risk of serious injury, the notices to the Commission d'accès à l'information and to the
-- people, and the measures taken. Kept by the people in charge of personal information; names no merchant.
CREATE TABLE privacy_incident (
    id                     uuid PRIMARY KEY,
    information            varchar(4000) NOT NULL,
    circumstances          varchar(4000) NOT NULL,
    occurred_from          date NOT NULL,
    occurred_to            date,
    discovered_on          date NOT NULL,
    people_count           integer NOT NULL CHECK (people_count >= 0),
    count_approximate      boolean NOT NULL,
    risk_assessment        varchar(4000) NOT NULL,
    serious_risk           boolean NOT NULL,
    commission_notified_on date,
    people_notified_on     date,
    measures               varchar(4000) NOT NULL,
    advice                 varchar(4000) NOT NULL,
    recorded_by            uuid NOT NULL,
    recorded_at            timestamptz NOT NULL,
    updated_by             uuid NOT NULL,
    updated_at             timestamptz NOT NULL,
    version                bigint NOT NULL DEFAULT 0,
    CHECK (occurred_to IS NULL OR occurred_to >= occurred_from),
    CHECK (discovered_on >= occurred_from)
);
CREATE INDEX privacy_incident_by_discovery ON privacy_incident (discovered_on DESC);
