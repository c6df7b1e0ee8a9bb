-- Carrying out an approved plan: one task per action of the plan, kept when a later version drops the action so
-- that nothing done is lost; comments and help requests on each; reminder rhythms and the digests already sent.
CREATE TABLE progress_task (
  application_id UUID          NOT NULL,
  action_key     TEXT          NOT NULL,
  merchant_id    UUID          NOT NULL,
  plan_version   INT           NOT NULL,
  position       INT           NOT NULL,
  title_fr       TEXT          NOT NULL,
  title_en       TEXT          NOT NULL,
  due_month      DATE          NOT NULL,
  hours          NUMERIC(6, 1) NOT NULL CHECK (hours >= 0),
  who            TEXT          NOT NULL,
  in_plan        BOOLEAN       NOT NULL DEFAULT TRUE,
  done_at        TIMESTAMPTZ,
  done_by        UUID,
  done_by_name   TEXT,
  evidence_url   TEXT,
  done_note      TEXT,
  version        BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (application_id, action_key)
);

-- late and coming tasks, for the advisors' dashboard and the reminders
CREATE INDEX progress_task_open_by_month ON progress_task (due_month, application_id) WHERE done_at IS NULL AND in_plan;

CREATE TABLE progress_evidence (
  upload_id      UUID        PRIMARY KEY,
  application_id UUID        NOT NULL,
  action_key     TEXT        NOT NULL,
  added_at       TIMESTAMPTZ NOT NULL,
  FOREIGN KEY (application_id, action_key) REFERENCES progress_task (application_id, action_key)
);

CREATE INDEX progress_evidence_by_task ON progress_evidence (application_id, action_key, added_at);

CREATE TABLE progress_comment (
  id             UUID        PRIMARY KEY,
  application_id UUID        NOT NULL,
  action_key     TEXT        NOT NULL,
  kind           TEXT        NOT NULL CHECK (kind IN ('COMMENT', 'HELP')),
  author_id      UUID        NOT NULL,
  author_name    TEXT        NOT NULL,
  by_staff       BOOLEAN     NOT NULL,
  body           TEXT        NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL,
  FOREIGN KEY (application_id, action_key) REFERENCES progress_task (application_id, action_key)
);

CREATE INDEX progress_comment_by_task ON progress_comment (application_id, action_key, created_at);

CREATE TABLE progress_reminder (
  application_id UUID        PRIMARY KEY,
  rhythm         TEXT        NOT NULL CHECK (rhythm IN ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY', 'NEVER')),
  changed_at     TIMESTAMPTZ NOT NULL
);

-- one digest per merchant and period (a week, two weeks, a month), whatever restarts happen
CREATE TABLE progress_reminder_sent (
  application_id UUID        NOT NULL,
  period         TEXT        NOT NULL,
  recipient      TEXT        NOT NULL,
  queued_at      TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (application_id, period)
);
