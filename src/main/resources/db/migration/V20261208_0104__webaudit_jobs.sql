-- Web audits run as persistent jobs (issue 12): db-scheduler's own table (its PostgreSQL schema, as the library
-- ships it), and the audit jobs staff and integrations start and follow.
create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);

create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- An audit of an address for the API (application_id null: its run is kept only until the result is collected, a
-- day at most) or of an application's website for its staff page. application_id and requested_by are other
-- modules' ids: no foreign key crosses modules.
create table webaudit_job (
    id             uuid primary key,
    application_id uuid,
    url            text not null,
    requested_by   uuid not null,
    state          text not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'REFUSED')),
    run_id         uuid references webaudit_run (id) on delete set null,
    refusal_key    text,
    refusal_args   text,
    created_at     timestamptz not null,
    started_at     timestamptz,
    finished_at    timestamptz
);

create index webaudit_job_application on webaudit_job (application_id, created_at desc);
-- one job waiting or running per application: a double click, or two instances, cannot start two
create unique index webaudit_job_one_pending on webaudit_job (application_id)
    where state in ('QUEUED', 'RUNNING') and application_id is not null;
create index webaudit_job_finished on webaudit_job (finished_at);

-- the runs of the API's jobs belong to no application
alter table webaudit_run alter column application_id drop not null;
