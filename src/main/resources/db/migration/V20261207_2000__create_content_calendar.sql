-- The merchant's editorial calendar (issue 14): the settings they chose (networks and rhythm, the minutes a week they
-- gave, their closed weekdays, their closures and own dates) and the posts drafted by CalendarDraftPolicy, which they
-- then edit, move, skip or mark published. Data about a merchant: content.ContentPersonalData declares both tables.
CREATE TABLE content_calendar (
  application_id   UUID        PRIMARY KEY,
  rhythm           TEXT        NOT NULL DEFAULT '',
  minutes_per_week INTEGER     NOT NULL CHECK (minutes_per_week >= 0),
  closed_weekdays  TEXT        NOT NULL DEFAULT '',
  closures         TEXT        NOT NULL DEFAULT '',
  own_dates        TEXT        NOT NULL DEFAULT '',
  first_day        DATE,
  last_day         DATE,
  updated_at       TIMESTAMPTZ NOT NULL,
  updated_by       UUID        NOT NULL
);

CREATE TABLE content_post (
  id             UUID        PRIMARY KEY,
  application_id UUID        NOT NULL REFERENCES content_calendar (application_id),
  day            DATE        NOT NULL,
  network        TEXT        NOT NULL,
  pillar         TEXT        NOT NULL,
  idea_id        TEXT        NOT NULL,
  format         TEXT        NOT NULL,
  caption        TEXT        NOT NULL,
  occasion       TEXT,
  status         TEXT        NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'PUBLISHED', 'SKIPPED')),
  link           TEXT        NOT NULL DEFAULT '',
  changed_at     TIMESTAMPTZ NOT NULL,
  changed_by     UUID        NOT NULL
);

CREATE INDEX content_post_by_application ON content_post (application_id, day);
