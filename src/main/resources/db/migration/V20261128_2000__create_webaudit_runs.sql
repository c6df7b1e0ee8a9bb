-- One run of the web-presence audit of an application's website, and the verdict of each check.
-- application_id and run_by are ids of other modules' rows: no foreign key crosses modules.
create table webaudit_run (
    id             uuid primary key,
    application_id uuid not null,
    url            text not null,
    final_url      text not null,
    fetched_at     timestamptz not null,
    run_by         uuid,
    run_by_name    text not null
);

create index webaudit_run_application on webaudit_run (application_id, fetched_at desc);

create table webaudit_check (
    run_id        uuid not null references webaudit_run (id) on delete cascade,
    position      int not null,
    check_id      text not null,
    status        text not null check (status in ('PASS', 'WARN', 'FAIL', 'NOT_APPLICABLE')),
    evidence_key  text not null,
    evidence_args text not null,
    primary key (run_id, check_id)
);
