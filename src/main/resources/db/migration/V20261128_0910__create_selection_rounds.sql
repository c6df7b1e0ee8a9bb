-- Intake rounds (cohorts) and their advisor teams. Only one round is open at a time.
CREATE TABLE selection_round (
  id              UUID PRIMARY KEY,
  name            VARCHAR(120) NOT NULL,
  status          VARCHAR(20)  NOT NULL,
  grid_version    INT          NOT NULL REFERENCES selection_grid (version),
  opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  opened_by_id    UUID         NOT NULL,
  opened_by_name  VARCHAR(120) NOT NULL,
  closed_at       TIMESTAMP WITH TIME ZONE,
  closed_by_id    UUID,
  closed_by_name  VARCHAR(120),
  version         BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX selection_round_name_uq ON selection_round (lower(name));
CREATE UNIQUE INDEX selection_round_one_open_uq ON selection_round (status) WHERE status = 'OPEN';

CREATE TABLE selection_team (
  round_id  UUID         NOT NULL REFERENCES selection_round (id),
  name      VARCHAR(120) NOT NULL,
  places    INT          NOT NULL CHECK (places >= 0),
  PRIMARY KEY (round_id, name)
);

-- an advisor belongs to one team per round
CREATE TABLE selection_team_member (
  round_id      UUID         NOT NULL REFERENCES selection_round (id),
  team_name     VARCHAR(120) NOT NULL,
  advisor_id    UUID         NOT NULL,
  advisor_name  VARCHAR(120) NOT NULL,
  PRIMARY KEY (round_id, advisor_id)
);

-- An eligible application in a round: the inputs of the automatic criteria as read when it entered the round (so
-- that its score can be recomputed however the application changes later), the decision and the advisor.
CREATE TABLE selection_candidate (
  id                 UUID PRIMARY KEY,
  round_id           UUID         NOT NULL REFERENCES selection_round (id),
  application_id     UUID         NOT NULL,
  account_id         UUID         NOT NULL,
  business_name      VARCHAR(200) NOT NULL,
  area_code          VARCHAR(20),
  area_name          VARCHAR(120),
  submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  eligible           BOOLEAN      NOT NULL,
  inputs_read_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  hours_per_week     VARCHAR(20),
  work_by            VARCHAR(20),
  online_presence    VARCHAR(20),
  employees          INT,
  naics_code         VARCHAR(10),
  decision           VARCHAR(20),
  waitlist_position  INT,
  reason_key         VARCHAR(120),
  reason_text        VARCHAR(1000),
  decided_at         TIMESTAMP WITH TIME ZONE,
  decided_by_id      UUID,
  decided_by_name    VARCHAR(120),
  score_at_decision  NUMERIC(6, 2),
  rank_at_decision   INT,
  decision_seq       INT          NOT NULL DEFAULT 0,
  advisor_id         UUID,
  advisor_name       VARCHAR(120),
  advisor_team       VARCHAR(120),
  assigned_at        TIMESTAMP WITH TIME ZONE,
  version            BIGINT       NOT NULL DEFAULT 0,
  UNIQUE (round_id, application_id)
);
CREATE INDEX selection_candidate_by_application_idx ON selection_candidate (application_id);
CREATE INDEX selection_candidate_by_account_idx ON selection_candidate (account_id);
CREATE INDEX selection_candidate_by_advisor_idx ON selection_candidate (advisor_id) WHERE decision = 'RETAINED';
CREATE UNIQUE INDEX selection_candidate_waitlist_uq ON selection_candidate (round_id, waitlist_position)
  WHERE decision = 'WAITLISTED';

-- The score of a candidate as last computed (a cache of what the inputs, the reviews and the grid version give),
-- kept apart from the candidate so that reviewers scoring never touch the dossier's version. With the ranking's
-- tie-break keys (submission, application id) and the candidate's eligibility copied in, so that a page of the
-- ranking is read from one index, in ranking order, however many applications there are.
CREATE TABLE selection_standing (
  candidate_id    UUID PRIMARY KEY REFERENCES selection_candidate (id),
  round_id        UUID          NOT NULL,
  application_id  UUID          NOT NULL,
  submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  eligible        BOOLEAN       NOT NULL,
  grid_version    INT           NOT NULL,
  total           NUMERIC(6, 2) NOT NULL,
  engagement      NUMERIC(6, 2) NOT NULL,
  impact          NUMERIC(6, 2) NOT NULL,
  complete        BOOLEAN       NOT NULL,
  flagged         BOOLEAN       NOT NULL,
  computed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX selection_standing_ranking_idx
  ON selection_standing (round_id, total DESC, engagement DESC, submitted_at, application_id) WHERE eligible;

-- A reviewer on an application of a round: assigned by a manager, and/or in conflict of interest.
CREATE TABLE selection_review (
  id                    UUID PRIMARY KEY,
  round_id              UUID         NOT NULL REFERENCES selection_round (id),
  candidate_id          UUID         NOT NULL REFERENCES selection_candidate (id),
  application_id        UUID         NOT NULL,
  reviewer_id           UUID         NOT NULL,
  reviewer_name         VARCHAR(120) NOT NULL,
  assigned              BOOLEAN      NOT NULL,
  assigned_at           TIMESTAMP WITH TIME ZONE,
  assigned_by_name      VARCHAR(120),
  submitted_at          TIMESTAMP WITH TIME ZONE,
  conflict_declared_at  TIMESTAMP WITH TIME ZONE,
  conflict_note         VARCHAR(1000),
  version               BIGINT       NOT NULL DEFAULT 0,
  UNIQUE (candidate_id, reviewer_id)
);
CREATE INDEX selection_review_by_round_idx ON selection_review (round_id, reviewer_id);
CREATE INDEX selection_review_by_application_idx ON selection_review (application_id, reviewer_id);

CREATE TABLE selection_review_score (
  review_id      UUID         NOT NULL REFERENCES selection_review (id),
  criterion_code VARCHAR(40)  NOT NULL,
  value          INT          NOT NULL,
  justification  VARCHAR(1000) NOT NULL,
  scored_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  grid_version   INT          NOT NULL,
  PRIMARY KEY (review_id, criterion_code)
);

-- Every assignment of a merchant to an advisor, the hand-overs included; also what affinity is learned from.
CREATE TABLE selection_assignment (
  id              UUID PRIMARY KEY,
  candidate_id    UUID         NOT NULL REFERENCES selection_candidate (id),
  application_id  UUID         NOT NULL,
  advisor_id      UUID         NOT NULL,
  advisor_name    VARCHAR(120) NOT NULL,
  area_code       VARCHAR(20),
  started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  started_by_name VARCHAR(120) NOT NULL,
  ended_at        TIMESTAMP WITH TIME ZONE,
  end_reason      VARCHAR(2000)
);
CREATE INDEX selection_assignment_by_advisor_idx ON selection_assignment (advisor_id, area_code);
CREATE INDEX selection_assignment_by_application_idx ON selection_assignment (application_id);

-- Areas (arrondissement codes, or municipality codes outside Ville de Québec) a manager says an advisor covers.
CREATE TABLE selection_advisor_area (
  advisor_id  UUID        NOT NULL,
  area_code   VARCHAR(20) NOT NULL,
  PRIMARY KEY (advisor_id, area_code)
);

-- One row per mail to a merchant about their dossier: a decision (seq = the dossier's decision number) or a
-- hand-over to another advisor (seq = the assignment number). The primary key makes a second mail for the same
-- decision impossible, whatever retries happen.
CREATE TABLE selection_notification (
  candidate_id  UUID         NOT NULL REFERENCES selection_candidate (id),
  kind          VARCHAR(20)  NOT NULL,
  seq           INT          NOT NULL,
  recipient     VARCHAR(254) NOT NULL,
  queued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (candidate_id, kind, seq)
);

-- Selection's audit trail: append-only, written in the same transaction as the change it records.
CREATE TABLE selection_log (
  id              UUID PRIMARY KEY,
  seq             BIGINT GENERATED ALWAYS AS IDENTITY,
  round_id        UUID,
  application_id  UUID,
  candidate_id    UUID,
  at              TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_id        UUID,
  actor_name      VARCHAR(120) NOT NULL,
  action          VARCHAR(40)  NOT NULL,
  before_value    VARCHAR(2000),
  after_value     VARCHAR(2000),
  reason          VARCHAR(2000)
);
CREATE INDEX selection_log_by_application_idx ON selection_log (application_id, seq);
CREATE INDEX selection_log_by_candidate_idx ON selection_log (candidate_id, seq);
