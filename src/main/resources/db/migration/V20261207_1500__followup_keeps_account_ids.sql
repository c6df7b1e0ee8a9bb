-- Who did it, as an account id (the name is looked up when shown): the follow-up kept display names. The names of the
-- rows written so far become account ids where exactly one account bears that name (a one-time migration, the only
-- time the follow-up reads platform's table); a name no account matches is kept as a legacy value, shown as is.
ALTER TABLE followup_meeting
    ADD COLUMN created_by_account uuid,
    ADD COLUMN updated_by_account uuid,
    ALTER COLUMN created_by DROP NOT NULL,
    ALTER COLUMN updated_by DROP NOT NULL;
ALTER TABLE followup_dossier ADD COLUMN closed_by_account uuid;
ALTER TABLE followup_log
    ADD COLUMN actor_account uuid,
    ALTER COLUMN actor DROP NOT NULL;

CREATE TEMPORARY TABLE followup_named_account AS
SELECT display_name, (array_agg(id))[1] AS id FROM platform_account GROUP BY display_name HAVING count(*) = 1;

UPDATE followup_meeting m SET created_by_account = a.id, created_by = NULL
FROM followup_named_account a WHERE a.display_name = m.created_by;
UPDATE followup_meeting m SET updated_by_account = a.id, updated_by = NULL
FROM followup_named_account a WHERE a.display_name = m.updated_by;
UPDATE followup_dossier d SET closed_by_account = a.id, closed_by = NULL
FROM followup_named_account a WHERE a.display_name = d.closed_by;
UPDATE followup_log l SET actor_account = a.id, actor = NULL
FROM followup_named_account a WHERE a.display_name = l.actor;

DROP TABLE followup_named_account;
