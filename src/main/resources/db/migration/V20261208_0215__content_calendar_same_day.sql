-- Two posts on one network on one day, when the merchant asks for it (issue 14: "never ... unless asked").
ALTER TABLE content_calendar ADD COLUMN same_day_allowed boolean NOT NULL DEFAULT false;
