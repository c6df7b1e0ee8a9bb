-- Who did it is an account id (the name is looked up when shown): intake and selection kept the account and a copy of
-- the display name; the copies go where the account is known. Where only a name was kept (who started an assignment,
-- who assigned a reviewer), it becomes the account bearing that name when exactly one does (a one-time migration).
ALTER TABLE intake_application_change ALTER COLUMN actor_name DROP NOT NULL;
UPDATE intake_application_change SET actor_name = NULL WHERE actor_id IS NOT NULL;

ALTER TABLE selection_log ALTER COLUMN actor_name DROP NOT NULL;
UPDATE selection_log SET actor_name = NULL WHERE actor_id IS NOT NULL;

ALTER TABLE selection_round ALTER COLUMN opened_by_name DROP NOT NULL;
UPDATE selection_round SET opened_by_name = NULL;
UPDATE selection_round SET closed_by_name = NULL WHERE closed_by_id IS NOT NULL;

UPDATE selection_candidate SET decided_by_name = NULL WHERE decided_by_id IS NOT NULL;

CREATE TEMPORARY TABLE selection_named_account AS
SELECT display_name, (array_agg(id))[1] AS id FROM platform_account GROUP BY display_name HAVING count(*) = 1;

ALTER TABLE selection_assignment
    ADD COLUMN started_by_id uuid,
    ALTER COLUMN started_by_name DROP NOT NULL;
UPDATE selection_assignment s SET started_by_id = a.id, started_by_name = NULL
FROM selection_named_account a WHERE a.display_name = s.started_by_name;

ALTER TABLE selection_review ADD COLUMN assigned_by_id uuid;
UPDATE selection_review r SET assigned_by_id = a.id, assigned_by_name = NULL
FROM selection_named_account a WHERE a.display_name = r.assigned_by_name;

DROP TABLE selection_named_account;
