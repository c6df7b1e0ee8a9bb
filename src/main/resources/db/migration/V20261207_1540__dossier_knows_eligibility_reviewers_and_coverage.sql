-- The one access rule needs, for the application alone (issue 17): the eligibility as intake decided it (an
-- application to check is seen by the advisors who cover its area), who reviews it (selection's reviewers), and the
-- areas each advisor covers. Filled once from intake's and selection's tables; from now on their feeds tell the dossier.
ALTER TABLE dossier ADD COLUMN eligibility varchar(20);
UPDATE dossier d SET eligibility = a.eligibility FROM intake_application a WHERE a.id = d.application_id;
UPDATE dossier SET eligibility = CASE WHEN eligible THEN 'ELIGIBLE' ELSE 'NOT_ELIGIBLE' END WHERE eligibility IS NULL;
ALTER TABLE dossier
    ALTER COLUMN eligibility SET NOT NULL,
    ADD CONSTRAINT dossier_eligibility_check CHECK (eligibility IN ('ELIGIBLE', 'NOT_ELIGIBLE', 'TO_VERIFY'));
CREATE INDEX dossier_to_verify_by_area ON dossier (program_area_code) WHERE eligibility = 'TO_VERIFY';

CREATE TABLE dossier_reviewer (
    application_id uuid NOT NULL REFERENCES dossier (application_id),
    reviewer_id    uuid NOT NULL,
    PRIMARY KEY (application_id, reviewer_id)
);
CREATE INDEX dossier_reviewer_by_reviewer ON dossier_reviewer (reviewer_id);
INSERT INTO dossier_reviewer (application_id, reviewer_id)
SELECT DISTINCT r.application_id, r.reviewer_id
FROM selection_review r JOIN dossier d ON d.application_id = r.application_id
WHERE r.assigned AND r.conflict_declared_at IS NULL;

CREATE TABLE dossier_coverage (
    advisor_id uuid NOT NULL,
    area_code  varchar(40) NOT NULL,
    PRIMARY KEY (advisor_id, area_code)
);
INSERT INTO dossier_coverage (advisor_id, area_code)
SELECT advisor_id, area_code FROM selection_advisor_area ON CONFLICT DO NOTHING;
