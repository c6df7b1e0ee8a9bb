-- The quarters whose report was mailed to the City's accounts (issue 15): the row and the queued mails share one
-- transaction, so a quarter is mailed once, whatever restarts or instances run the daily job.
CREATE TABLE reporting_quarterly_mail (
    quarter VARCHAR(7) PRIMARY KEY,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL
);
