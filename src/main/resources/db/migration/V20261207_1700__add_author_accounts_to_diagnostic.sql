-- Who started or completed a diagnostic, gave an answer or wrote a note is an account id from now on (shared.Actor),
-- as in the other modules: the person's name is looked up when shown (platform.People), so that it stays current and
-- leaves with the account. No foreign key: platform_account is another module's table.
ALTER TABLE diagnostic_assessment ADD COLUMN started_by_account uuid;
ALTER TABLE diagnostic_assessment ADD COLUMN completed_by_account uuid;
ALTER TABLE diagnostic_answer ADD COLUMN answered_by_account uuid;
ALTER TABLE diagnostic_note ADD COLUMN written_by_account uuid;

-- The names written so far become legacy values, no longer written: shown only when no account was found for them.
ALTER TABLE diagnostic_assessment ALTER COLUMN started_by DROP NOT NULL;
ALTER TABLE diagnostic_answer ALTER COLUMN answered_by DROP NOT NULL;
ALTER TABLE diagnostic_note ALTER COLUMN written_by DROP NOT NULL;
COMMENT ON COLUMN diagnostic_assessment.started_by IS 'legacy: the display name written before started_by_account; no longer written';
COMMENT ON COLUMN diagnostic_assessment.completed_by IS 'legacy: the display name written before completed_by_account; no longer written';
COMMENT ON COLUMN diagnostic_answer.answered_by IS 'legacy: the display name written before answered_by_account; no longer written';
COMMENT ON COLUMN diagnostic_note.written_by IS 'legacy: the display name written before written_by_account; no longer written';

-- Once, for the rows written before: the account whose display name is the name written, when exactly one account has
-- that name (a name two accounts share stays a name only). Reading platform's table is for this one-time move only.
CREATE TEMPORARY TABLE diagnostic_author ON COMMIT DROP AS
SELECT display_name, (array_agg(id))[1] AS account FROM platform_account GROUP BY display_name HAVING count(*) = 1;

UPDATE diagnostic_assessment d SET started_by_account = a.account FROM diagnostic_author a
WHERE a.display_name = d.started_by;
UPDATE diagnostic_assessment d SET completed_by_account = a.account FROM diagnostic_author a
WHERE a.display_name = d.completed_by;
UPDATE diagnostic_answer d SET answered_by_account = a.account FROM diagnostic_author a
WHERE a.display_name = d.answered_by;
UPDATE diagnostic_note d SET written_by_account = a.account FROM diagnostic_author a
WHERE a.display_name = d.written_by;

-- A name matched to an account is no longer needed: it would only go stale.
UPDATE diagnostic_assessment SET started_by = NULL WHERE started_by_account IS NOT NULL;
UPDATE diagnostic_assessment SET completed_by = NULL WHERE completed_by_account IS NOT NULL;
UPDATE diagnostic_answer SET answered_by = NULL WHERE answered_by_account IS NOT NULL;
UPDATE diagnostic_note SET written_by = NULL WHERE written_by_account IS NOT NULL;
