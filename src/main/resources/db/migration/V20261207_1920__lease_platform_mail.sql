-- The outbox leases a mail while it is sent (issue 12): claimed_until is set before talking to the SMTP server,
-- sent_at only once the server accepted the mail. A mail whose instance died while sending it is taken again by
-- another instance when its lease has run out.
ALTER TABLE platform_mail ADD COLUMN claimed_until timestamptz;
