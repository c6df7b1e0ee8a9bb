-- The language a public request was filed in (the form's), so that its answer is mailed in it.
ALTER TABLE privacy_request ADD COLUMN requester_language varchar(8);
