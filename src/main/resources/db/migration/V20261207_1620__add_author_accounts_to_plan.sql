-- Who drafted a plan, made a version of it or asked for changes is an account id from now on (shared.Actor): the
-- person's name is looked up when shown (platform.People), so that it stays current and leaves with the account. A
-- null account with no name is Pignon's own rules. No foreign key: platform_account is another module's table.
ALTER TABLE plan_plan ADD COLUMN created_by_account uuid;
ALTER TABLE plan_version ADD COLUMN created_by_account uuid;
ALTER TABLE plan_change_request ADD COLUMN requested_by_account uuid;

-- The names written so far become legacy values, no longer written: shown only when no account was found for them.
ALTER TABLE plan_plan ALTER COLUMN created_by DROP NOT NULL;
ALTER TABLE plan_version ALTER COLUMN created_by DROP NOT NULL;
ALTER TABLE plan_change_request ALTER COLUMN requested_by DROP NOT NULL;
COMMENT ON COLUMN plan_plan.created_by IS 'legacy: the display name written before created_by_account; no longer written';
COMMENT ON COLUMN plan_version.created_by IS 'legacy: the display name written before created_by_account; no longer written';
COMMENT ON COLUMN plan_change_request.requested_by IS 'legacy: the display name written before requested_by_account; no longer written';

-- Once, for the rows written before: the account whose display name is the name written, when exactly one account has
-- that name (a name two accounts share stays a name only). Reading platform's table is for this one-time move only.
WITH author AS (SELECT display_name, (array_agg(id))[1] AS account FROM platform_account
                GROUP BY display_name HAVING count(*) = 1)
UPDATE plan_plan p SET created_by_account = author.account FROM author WHERE author.display_name = p.created_by;

-- a version never changes (its trigger refuses it): filling its new column, here, is the one exception
ALTER TABLE plan_version DISABLE TRIGGER plan_version_append_only;
WITH author AS (SELECT display_name, (array_agg(id))[1] AS account FROM platform_account
                GROUP BY display_name HAVING count(*) = 1)
UPDATE plan_version v SET created_by_account = author.account FROM author WHERE author.display_name = v.created_by;
ALTER TABLE plan_version ENABLE TRIGGER plan_version_append_only;

WITH author AS (SELECT display_name, (array_agg(id))[1] AS account FROM platform_account
                GROUP BY display_name HAVING count(*) = 1)
UPDATE plan_change_request r SET requested_by_account = author.account FROM author
WHERE author.display_name = r.requested_by;
