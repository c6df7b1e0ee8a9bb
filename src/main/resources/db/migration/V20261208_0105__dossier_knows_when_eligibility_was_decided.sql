-- Retention (issue 16) counts a non-admissible application's months from the decision: when the eligibility took its
-- present value, kept from now on by every write of the dossier. Known dossiers start from their submission (the
-- eligibility is decided then; a later staff decision only delays the count, never hastens it).
ALTER TABLE dossier ADD COLUMN eligibility_at timestamptz;
UPDATE dossier SET eligibility_at = greatest(submitted_at, updated_at) WHERE eligibility = 'NOT_ELIGIBLE';
UPDATE dossier SET eligibility_at = submitted_at WHERE eligibility_at IS NULL;
ALTER TABLE dossier ALTER COLUMN eligibility_at SET NOT NULL;
