-- Who marked a task done and who wrote a comment are account ids (their names are looked up when shown): the copied
-- display names are dropped where the account is known.
ALTER TABLE progress_comment ALTER COLUMN author_name DROP NOT NULL;
UPDATE progress_comment SET author_name = NULL WHERE author_id IS NOT NULL;
UPDATE progress_task SET done_by_name = NULL WHERE done_by IS NOT NULL;
