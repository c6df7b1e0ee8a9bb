-- The business's name, its area and its sector are the dossier's facts (module dossier): the modules that copied them
-- read them from the dossier by application id and drop their copies.
DROP INDEX IF EXISTS diagnostic_peers_sector;
DROP INDEX IF EXISTS diagnostic_peers_area;
ALTER TABLE diagnostic_assessment
    DROP COLUMN business_name,
    DROP COLUMN sector3,
    DROP COLUMN area_code,
    DROP COLUMN area_name;
CREATE INDEX diagnostic_peers ON diagnostic_assessment (formula_version, kind, application_id) WHERE status = 'COMPLETED';

ALTER TABLE plan_plan DROP COLUMN business_name;

-- selection keeps the program area with the other inputs it read when the application entered the round (the dossier
-- gives it then): a decision is explained with the inputs it was made on
ALTER TABLE selection_candidate DROP COLUMN business_name;
