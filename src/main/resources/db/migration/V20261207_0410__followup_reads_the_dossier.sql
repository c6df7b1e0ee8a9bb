-- Who the merchant is, who accompanies them and since when are the dossier's facts (module dossier): the follow-up
-- stops keeping its own copy of selection's caseload, and its row of an accompaniment now holds only what the
-- follow-up writes (totals of its meetings, calendar secret, closing).
DROP INDEX IF EXISTS followup_dossier_advisor;
ALTER TABLE followup_dossier
    DROP COLUMN merchant,
    DROP COLUMN advisor,
    DROP COLUMN business_name,
    DROP COLUMN assigned_at,
    DROP COLUMN active;
