-- The follow-up dashboard's two queries on 10,000 dossiers over 50 advisors, 100,000 plan actions and 30,000 meetings
-- (one planned in three), timed with psql. Not the load test (wrk over HTTP) issue 6 asks for: a check of the SQL alone.
-- Who accompanies whom is the dossier's (module dossier): the dashboard passes the caseload's ids, advisors and
-- assignment times as three arrays (here from seed_assignment), and the follow-up's own rows add what it wrote.
-- Run against an empty database holding the follow-up's migrations, for example:
--   psql -d fu -f src/main/resources/db/migration/V20261129_1000__create_followup.sql
--   psql -d fu -f src/main/resources/db/migration/V20261207_0410__followup_reads_the_dossier.sql
--   psql -d fu -f src/test/loadtest/followup-caseload.sql
CREATE TEMPORARY TABLE seed_assignment AS
SELECT md5('app' || i)::uuid AS application_id, md5('adv' || (i % 50))::uuid AS advisor,
       now() - (i % 90) * interval '1 day' AS assigned_at
FROM generate_series(1, 10000) i;
INSERT INTO followup_dossier (application_id, minutes_used, last_held_on)
SELECT md5('app' || i)::uuid, (i % 700), CASE WHEN i % 4 = 0 THEN NULL ELSE current_date - (i % 45) END
FROM generate_series(1, 10000) i;
INSERT INTO followup_plan_action (application_id, action_id, title, due_month, done)
SELECT md5('app' || i)::uuid, 'a' || j, 'Action ' || j, date_trunc('month', current_date)::date + ((j - 5) * interval '1 month'), (i + j) % 3 = 0
FROM generate_series(1, 10000) i, generate_series(1, 10) j;
INSERT INTO followup_meeting (id, application_id, status, held_on, starts_at, duration_minutes, mode, created_at, created_by, updated_at, updated_by)
SELECT md5('meet' || i || '-' || j)::uuid, md5('app' || i)::uuid, CASE WHEN j = 3 THEN 'PLANNED' ELSE 'HELD' END,
       current_date + CASE WHEN j = 3 THEN (i % 20) - 5 ELSE -(i % 40) END,
       (current_date + CASE WHEN j = 3 THEN (i % 20) - 5 ELSE -(i % 40) END) + time '14:00', 60, 'VIDEO', now(), 'x', now(), 'x'
FROM generate_series(1, 10000) i, generate_series(1, 3) j;
ANALYZE;
UPDATE followup_dossier d SET
  first_planned_at = (SELECT min(starts_at) FROM followup_meeting m WHERE m.application_id = d.application_id AND m.status = 'PLANNED'),
  first_open_due = (SELECT min(due_month) FROM followup_plan_action a WHERE a.application_id = d.application_id AND NOT a.done);
ANALYZE;
\timing on
PREPARE page_(uuid[], uuid[], float8[]) AS
SELECT p.*,
  (SELECT min(m.starts_at) FROM followup_meeting m WHERE m.application_id = p.application_id AND m.status = 'PLANNED' AND m.starts_at >= now()) AS next_planned_at,
  (SELECT count(*) FROM followup_meeting m WHERE m.application_id = p.application_id AND m.status = 'PLANNED' AND m.starts_at < now()) AS missed_count,
  (SELECT count(*) FROM followup_plan_action a WHERE a.application_id = p.application_id AND NOT a.done AND a.due_month < date_trunc('month', current_date)::date) AS overdue_count
FROM (SELECT *, current_date - last_contact AS days, (NOT closed AND (current_date - last_contact >= 30 OR missed OR overdue)) AS at_risk
  FROM (SELECT c.application_id, c.advisor, coalesce(d.minutes_used, 0) AS minutes_used, d.closed_at IS NOT NULL AS closed,
        coalesce(d.last_held_on, (to_timestamp(c.assigned_at) AT TIME ZONE 'America/Toronto')::date) AS last_contact,
        coalesce(d.first_planned_at < now(), false) AS missed, coalesce(d.first_open_due < date_trunc('month', current_date)::date, false) AS overdue
      FROM unnest($1, $2, $3) AS c (application_id, advisor, assigned_at)
      LEFT JOIN followup_dossier d ON d.application_id = c.application_id) r
  ORDER BY closed, at_risk DESC, overdue DESC, missed DESC, last_contact, application_id LIMIT 50 OFFSET 0) p
ORDER BY closed, at_risk DESC, overdue DESC, missed DESC, last_contact, application_id;
PREPARE counts_(uuid[], uuid[], float8[]) AS
SELECT count(*), count(*) FILTER (WHERE at_risk), count(*) FILTER (WHERE NOT closed AND days >= 14), count(*) FILTER (WHERE NOT closed AND days >= 30), coalesce(sum(minutes_used), 0)
FROM (SELECT *, current_date - last_contact AS days, (NOT closed AND (current_date - last_contact >= 30 OR missed OR overdue)) AS at_risk
  FROM (SELECT c.application_id, c.advisor, coalesce(d.minutes_used, 0) AS minutes_used, d.closed_at IS NOT NULL AS closed,
        coalesce(d.last_held_on, (to_timestamp(c.assigned_at) AT TIME ZONE 'America/Toronto')::date) AS last_contact,
        coalesce(d.first_planned_at < now(), false) AS missed, coalesce(d.first_open_due < date_trunc('month', current_date)::date, false) AS overdue
      FROM unnest($1, $2, $3) AS c (application_id, advisor, assigned_at)
      LEFT JOIN followup_dossier d ON d.application_id = c.application_id) r) f;
-- one advisor's caseload (about 200), then the whole program (10,000)
SELECT array_agg(application_id) AS ids, array_agg(advisor) AS advisors, array_agg(extract(epoch FROM assigned_at)) AS assigned
FROM seed_assignment WHERE advisor = md5('adv7')::uuid \gset adv_
SELECT array_agg(application_id) AS ids, array_agg(advisor) AS advisors, array_agg(extract(epoch FROM assigned_at)) AS assigned
FROM seed_assignment \gset all_
EXECUTE page_(:'adv_ids', :'adv_advisors', :'adv_assigned'); EXECUTE page_(:'adv_ids', :'adv_advisors', :'adv_assigned');
EXECUTE counts_(:'adv_ids', :'adv_advisors', :'adv_assigned'); EXECUTE counts_(:'adv_ids', :'adv_advisors', :'adv_assigned');
EXECUTE page_(:'all_ids', :'all_advisors', :'all_assigned'); EXECUTE page_(:'all_ids', :'all_advisors', :'all_assigned'); EXECUTE page_(:'all_ids', :'all_advisors', :'all_assigned');
EXECUTE counts_(:'all_ids', :'all_advisors', :'all_assigned'); EXECUTE counts_(:'all_ids', :'all_advisors', :'all_assigned'); EXECUTE counts_(:'all_ids', :'all_advisors', :'all_assigned');
