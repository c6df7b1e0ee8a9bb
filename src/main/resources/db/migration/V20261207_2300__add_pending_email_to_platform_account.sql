-- A new address a merchant asked for, waiting for the link mailed to it: the account keeps its address (to sign in and
-- be mailed) until the link is opened. Anonymising an account empties it (AccountRecords).
ALTER TABLE platform_account ADD COLUMN pending_email VARCHAR(254);
