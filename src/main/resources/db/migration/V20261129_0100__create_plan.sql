-- The action catalogue's versions, as published: a version never changes (the trigger refuses it), so that every plan
-- reads again with the actions it was drafted from.
CREATE TABLE plan_catalogue (
    version      integer PRIMARY KEY,
    source       text NOT NULL,
    checksum     varchar(64) NOT NULL,
    note         varchar(500),
    published_at timestamptz NOT NULL,
    published_by varchar(200) NOT NULL
);

CREATE FUNCTION plan_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'a published catalogue version or a plan version never changes';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER plan_catalogue_append_only BEFORE UPDATE OR DELETE ON plan_catalogue
    FOR EACH ROW EXECUTE FUNCTION plan_is_append_only();

-- One plan per application. application_id, merchant_account and diagnostic_id are other modules' ids: no foreign key
-- crosses modules. current_version moves on every edit; sent_version is what the merchant reads; approved_version is
-- the plan of record for the follow-up.
CREATE TABLE plan_plan (
    id               uuid PRIMARY KEY,
    application_id   uuid NOT NULL UNIQUE,
    merchant_account uuid NOT NULL,
    business_name    varchar(300) NOT NULL,
    diagnostic_id    uuid NOT NULL,
    status           varchar(20) NOT NULL CHECK (status IN ('DRAFT', 'SENT', 'CHANGES_REQUESTED', 'APPROVED')),
    current_version  integer NOT NULL,
    sent_version     integer,
    approved_version integer,
    created_at       timestamptz NOT NULL,
    created_by       varchar(200) NOT NULL
);

-- Every version of every plan, whole (JSON), never changed: an edit adds a version.
CREATE TABLE plan_version (
    plan_id       uuid NOT NULL REFERENCES plan_plan (id),
    version       integer NOT NULL,
    content       jsonb NOT NULL,
    change_key    varchar(100) NOT NULL,
    change_detail varchar(300),
    created_at    timestamptz NOT NULL,
    created_by    varchar(200) NOT NULL,
    PRIMARY KEY (plan_id, version)
);

CREATE TRIGGER plan_version_append_only BEFORE UPDATE OR DELETE ON plan_version
    FOR EACH ROW EXECUTE FUNCTION plan_is_append_only();

-- The merchant's approvals (typed name, time, version) and requests for changes.
CREATE TABLE plan_approval (
    plan_id     uuid NOT NULL REFERENCES plan_plan (id),
    version     integer NOT NULL,
    typed_name  varchar(200) NOT NULL,
    account     uuid NOT NULL,
    approved_at timestamptz NOT NULL,
    PRIMARY KEY (plan_id, version),
    FOREIGN KEY (plan_id, version) REFERENCES plan_version (plan_id, version)
);

CREATE TABLE plan_change_request (
    id           uuid PRIMARY KEY,
    plan_id      uuid NOT NULL REFERENCES plan_plan (id),
    version      integer NOT NULL,
    comment      varchar(2000) NOT NULL,
    requested_at timestamptz NOT NULL,
    requested_by varchar(200) NOT NULL,
    FOREIGN KEY (plan_id, version) REFERENCES plan_version (plan_id, version)
);

CREATE INDEX plan_change_request_plan ON plan_change_request (plan_id, requested_at);
