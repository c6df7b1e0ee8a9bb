-- Who ran an audit is an account id (the name is looked up when shown): the copied display name is kept only for
-- runs whose account was never recorded.
ALTER TABLE webaudit_run ALTER COLUMN run_by_name DROP NOT NULL;
UPDATE webaudit_run SET run_by_name = NULL WHERE run_by IS NOT NULL;
