-- A stamp renewed when an account is disabled or its password is set: a session opened before carries the former
-- stamp and ends at its next request, on any instance (issue 17: a disabled account kept its open sessions).
ALTER TABLE platform_account ADD COLUMN security_stamp uuid NOT NULL DEFAULT gen_random_uuid();
