-- Occasions of the content module (issue 14). The public holidays and commercial dates are computed by rule and the
-- recurring local events are shipped (content/quebec-city-recurring-events.csv): neither is stored. Stored here is
-- what staff decide: the dates of a local event they confirmed for one year, and the occasions they add for their
-- city. Not about merchants: the accounts named are staff's.

-- A shipped local event's dates for one year, confirmed by staff; without a row the event is "à confirmer".
CREATE TABLE content_event_dates (
  event_id      TEXT        NOT NULL,
  year          INTEGER     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  start_date    DATE        NOT NULL,
  end_date      DATE,
  confirmed_by  UUID        NOT NULL,
  confirmed_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (event_id, year),
  CHECK (EXTRACT(YEAR FROM start_date) = year),
  CHECK (end_date IS NULL OR end_date > start_date)
);

-- An occasion staff add for their city (a sidewalk sale, a neighbourhood festival).
CREATE TABLE content_occasion (
  id          UUID        PRIMARY KEY,
  name_fr     TEXT        NOT NULL CHECK (name_fr <> ''),
  name_en     TEXT        NOT NULL,
  place       TEXT        NOT NULL DEFAULT '',
  start_date  DATE        NOT NULL,
  end_date    DATE,
  added_by    UUID        NOT NULL,
  added_at    TIMESTAMPTZ NOT NULL,
  CHECK (end_date IS NULL OR end_date > start_date)
);

CREATE INDEX content_occasion_by_start ON content_occasion (start_date);
