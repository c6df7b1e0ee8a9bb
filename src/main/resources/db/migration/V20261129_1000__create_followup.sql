-- The follow-up of retained merchants: one dossier per accompanied application (a read model of selection's
-- assignments, fed by its events), the advisor's meetings, the plan actions the plan module will feed, the advisor's
-- weekly summaries sent, and the closing of the accompaniment.

CREATE TABLE followup_dossier (
    application_id  uuid PRIMARY KEY,
    merchant        uuid NOT NULL,
    advisor         uuid NOT NULL,
    business_name   text NOT NULL,
    assigned_at     timestamptz NOT NULL,
    active          boolean NOT NULL DEFAULT true,
    -- kept with every write to the dossier's meetings, so that the dashboard sorts thousands of dossiers on columns
    minutes_used    integer NOT NULL DEFAULT 0,
    last_held_on    date,
    -- the earliest planned meeting not yet held, and the earliest due month of a plan action not done: the
    -- dashboard's "missed meeting" and "overdue action" flags compare them with now, without counting rows
    first_planned_at timestamptz,
    first_open_due  date,
    calendar_token  text UNIQUE,
    closed_at       timestamptz,
    closed_by       text,
    version         bigint NOT NULL DEFAULT 0
);

CREATE INDEX followup_dossier_advisor ON followup_dossier (advisor, active);

CREATE TABLE followup_meeting (
    id               uuid PRIMARY KEY,
    application_id   uuid NOT NULL REFERENCES followup_dossier (application_id),
    status           text NOT NULL CHECK (status IN ('HELD', 'PLANNED')),
    held_on          date NOT NULL,
    starts_at        timestamptz,
    duration_minutes integer NOT NULL CHECK (duration_minutes > 0),
    mode             text NOT NULL CHECK (mode IN ('IN_PERSON', 'VIDEO', 'PHONE')),
    place            text,
    topics           text NOT NULL DEFAULT '',
    actions_worked   text NOT NULL DEFAULT '',
    action_ids       text NOT NULL DEFAULT '',
    next_steps       text NOT NULL DEFAULT '',
    created_at       timestamptz NOT NULL,
    created_by       text NOT NULL,
    updated_at       timestamptz NOT NULL,
    updated_by       text NOT NULL,
    version          bigint NOT NULL DEFAULT 0
);

CREATE INDEX followup_meeting_dossier ON followup_meeting (application_id, held_on DESC);
CREATE INDEX followup_meeting_planned ON followup_meeting (application_id, starts_at) WHERE status = 'PLANNED';

-- Filled by the plan module's events once it exists (seam): the dashboard counts overdue actions from here, the
-- calendar shows their due months.
CREATE TABLE followup_plan_action (
    application_id uuid NOT NULL,
    action_id      text NOT NULL,
    title          text NOT NULL,
    due_month      date NOT NULL,
    done           boolean NOT NULL DEFAULT false,
    PRIMARY KEY (application_id, action_id)
);

CREATE INDEX followup_plan_action_open ON followup_plan_action (application_id, due_month) WHERE NOT done;

-- One row per mail sent, written in the mail's transaction: the unique key keeps it to once, even across restarts.
CREATE TABLE followup_notification (
    kind      text NOT NULL,
    recipient uuid NOT NULL,
    period    text NOT NULL,
    queued_at timestamptz NOT NULL,
    PRIMARY KEY (kind, recipient, period)
);

CREATE TABLE followup_log (
    id             bigserial PRIMARY KEY,
    application_id uuid NOT NULL,
    at             timestamptz NOT NULL,
    actor          text NOT NULL,
    what           text NOT NULL,
    detail         text
);

CREATE INDEX followup_log_dossier ON followup_log (application_id, at);

CREATE TABLE followup_survey (
    application_id uuid PRIMARY KEY,
    helpfulness    integer NOT NULL CHECK (helpfulness BETWEEN 1 AND 5),
    advisor        integer NOT NULL CHECK (advisor BETWEEN 1 AND 5),
    recommend      integer NOT NULL CHECK (recommend BETWEEN 1 AND 5),
    comment        text NOT NULL DEFAULT '',
    answered_at    timestamptz NOT NULL
);
