-- The merchant's dossier (module dossier): one row per submitted application with the facts every module reads (who,
-- the business's name, where, sector and size, advisor, cohort, stage). Written by the modules that decide each fact,
-- in the transaction of their decision. merchant_id, advisor_id and cohort_id are other modules' ids: no foreign key
-- crosses modules.
CREATE TABLE dossier (
    application_id    uuid PRIMARY KEY,
    merchant_id       uuid NOT NULL UNIQUE,
    business_name     varchar(200) NOT NULL,
    naics_code        varchar(10),
    employee_band     varchar(20),
    eligible          boolean NOT NULL,
    outcome           varchar(20) CHECK (outcome IN ('RETAINED', 'WAITLISTED', 'NOT_RETAINED', 'WITHDRAWN')),
    advisor_id        uuid,
    assigned_at       timestamptz,
    cohort_id         uuid,
    diagnosed_at      timestamptz,
    planned_at        timestamptz,
    accompanied_at    timestamptz,
    closed_at         timestamptz,
    stage             varchar(20) NOT NULL CHECK (stage IN ('APPLIED', 'ELIGIBLE', 'RETAINED', 'DIAGNOSED', 'PLANNED',
                                                            'ACCOMPANIED', 'CLOSED', 'WITHDRAWN')),
    -- the one rule, applied on write: the arrondissement inside Ville de Québec, otherwise the municipality
    program_area_code varchar(40),
    submitted_at      timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    CHECK (advisor_id IS NULL OR outcome = 'RETAINED')
);

CREATE INDEX dossier_by_advisor ON dossier (advisor_id, assigned_at) WHERE advisor_id IS NOT NULL;
CREATE INDEX dossier_by_program_area ON dossier (program_area_code);
CREATE INDEX dossier_by_naics ON dossier (naics_code varchar_pattern_ops);
CREATE INDEX dossier_by_stage ON dossier (stage);

-- Where the storefront is, one row per territory layer that holds it (municipality, arrondissement, quartier, and any
-- layer a city adds).
CREATE TABLE dossier_area (
    application_id uuid NOT NULL REFERENCES dossier (application_id),
    position       integer NOT NULL,
    layer          varchar(40) NOT NULL,
    code           varchar(40) NOT NULL,
    name           varchar(200) NOT NULL,
    PRIMARY KEY (application_id, layer)
);

CREATE INDEX dossier_area_by_layer ON dossier_area (layer, code);

-- The dossiers of the applications already submitted, from the modules' own tables (a one-time migration: from now
-- on each module tells the dossier through its API).
INSERT INTO dossier (application_id, merchant_id, business_name, naics_code, employee_band, eligible, outcome,
                     advisor_id, assigned_at, cohort_id, diagnosed_at, planned_at, accompanied_at, closed_at, stage,
                     program_area_code, submitted_at, updated_at)
SELECT a.id, a.account_id,
       left(coalesce(nullif(trim(a.trade_name), ''), nullif(trim(a.legal_name), ''),
                     trim(coalesce(a.contact_first_name, '') || ' ' || coalesce(a.contact_last_name, ''))), 200),
       a.naics_code,
       CASE WHEN a.employees IS NULL OR a.employees < 0 THEN NULL
            WHEN a.employees = 0 THEN 'NONE'
            WHEN a.employees < 5 THEN 'FROM_1_TO_4'
            WHEN a.employees < 10 THEN 'FROM_5_TO_9'
            WHEN a.employees < 20 THEN 'FROM_10_TO_19'
            WHEN a.employees < 50 THEN 'FROM_20_TO_49'
            WHEN a.employees < 100 THEN 'FROM_50_TO_99'
            ELSE 'FROM_100' END,
       coalesce(a.eligibility = 'ELIGIBLE', false),
       c.decision,
       CASE WHEN c.decision = 'RETAINED' THEN c.advisor_id END,
       CASE WHEN c.decision = 'RETAINED' AND c.advisor_id IS NOT NULL THEN c.assigned_at END,
       c.round_id,
       (SELECT min(d.completed_at) FROM diagnostic_assessment d
         WHERE d.application_id = a.id AND d.kind = 'T0' AND d.status = 'COMPLETED'),
       (SELECT min(pa.approved_at) FROM plan_approval pa JOIN plan_plan p ON p.id = pa.plan_id
         WHERE p.application_id = a.id),
       (SELECT min(t.done_at) FROM progress_task t WHERE t.application_id = a.id),
       (SELECT f.closed_at FROM followup_dossier f WHERE f.application_id = a.id),
       'APPLIED',
       coalesce(a.arrondissement_code, a.municipality_code),
       coalesce(a.submitted_at, a.updated_at),
       now()
FROM intake_application a
LEFT JOIN LATERAL (SELECT sc.* FROM selection_candidate sc
                   WHERE sc.application_id = a.id AND sc.decision IS NOT NULL
                   ORDER BY sc.decided_at DESC NULLS LAST LIMIT 1) c ON true
WHERE a.status = 'SUBMITTED';

-- the stage, as StagePolicy derives it
UPDATE dossier SET stage = CASE
    WHEN outcome = 'WITHDRAWN' THEN 'WITHDRAWN'
    WHEN outcome = 'RETAINED' AND closed_at IS NOT NULL THEN 'CLOSED'
    WHEN outcome = 'RETAINED' AND accompanied_at IS NOT NULL THEN 'ACCOMPANIED'
    WHEN outcome = 'RETAINED' AND planned_at IS NOT NULL THEN 'PLANNED'
    WHEN outcome = 'RETAINED' AND diagnosed_at IS NOT NULL THEN 'DIAGNOSED'
    WHEN outcome = 'RETAINED' THEN 'RETAINED'
    WHEN eligible THEN 'ELIGIBLE'
    ELSE 'APPLIED' END;

INSERT INTO dossier_area (application_id, position, layer, code, name)
SELECT a.id, 0, 'municipality', a.municipality_code, coalesce(a.municipality_name, a.municipality_code)
FROM intake_application a JOIN dossier d ON d.application_id = a.id
WHERE a.municipality_code IS NOT NULL
UNION ALL
SELECT a.id, 1, 'arrondissement', a.arrondissement_code, coalesce(a.arrondissement_name, a.arrondissement_code)
FROM intake_application a JOIN dossier d ON d.application_id = a.id
WHERE a.arrondissement_code IS NOT NULL
UNION ALL
SELECT a.id, 2, 'quartier', a.quartier_code, coalesce(a.quartier_name, a.quartier_code)
FROM intake_application a JOIN dossier d ON d.application_id = a.id
WHERE a.quartier_code IS NOT NULL;
