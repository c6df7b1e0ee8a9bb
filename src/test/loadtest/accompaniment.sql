-- Load-test data for carrying out plans (issue 6), added to the data seeded by LoadTestSeeder once Pignon has migrated
-- it: 50 advisors (the seeded manager's password), every application of the round retained with an advisor
-- (10,000 merchants), 10 plan actions each (100,000: two done, the others from three months late to six months
-- ahead), mirrored for the follow-up, and three meetings each (one planned). Fictional, like the rest of the seed.
-- Run by src/test/loadtest/run.sh with psql on the embedded database; idempotent.
\set ON_ERROR_STOP on
BEGIN;

INSERT INTO platform_account (id, email, password_hash, display_name, role, email_verified_at, enabled, created_at)
SELECT md5('advisor' || a)::uuid, 'conseil' || a || '@charge.pignon.test', m.password_hash,
       'Conseillère ' || a || ' (fictive)', 'ADVISOR', now(), true, now()
FROM generate_series(1, 50) a, (SELECT password_hash FROM platform_account WHERE email = :'manager') m
ON CONFLICT DO NOTHING;

UPDATE selection_candidate c
SET decision = 'RETAINED', waitlist_position = NULL, decided_at = coalesce(decided_at, now()),
    advisor_id = md5('advisor' || (1 + abs(hashtext(c.application_id::text)) % 50))::uuid,
    advisor_name = 'Conseillère ' || (1 + abs(hashtext(c.application_id::text)) % 50) || ' (fictive)',
    assigned_at = now() - (abs(hashtext(c.application_id::text || 'a')) % 90) * interval '1 day'
WHERE c.eligible AND (c.decision IS NULL OR c.decision <> 'RETAINED' OR c.advisor_id IS NULL);

-- the dossier, as selection's feed tells it when a merchant is retained and assigned
UPDATE dossier d
SET outcome = 'RETAINED', advisor_id = c.advisor_id, assigned_at = c.assigned_at, cohort_id = c.round_id,
    stage = 'RETAINED', updated_at = now()
FROM selection_candidate c
WHERE c.application_id = d.application_id AND c.decision = 'RETAINED';

INSERT INTO followup_dossier (application_id)
SELECT application_id FROM dossier WHERE advisor_id IS NOT NULL
ON CONFLICT (application_id) DO NOTHING;

INSERT INTO progress_task (application_id, action_key, merchant_id, plan_version, position, title_fr, title_en,
                           due_month, hours, who, done_at, done_by, done_by_name)
SELECT c.application_id, 'action-' || j, c.account_id, 1, j,
       'Action ' || j || ' du plan (fictive)', 'Plan action ' || j || ' (fictional)',
       (date_trunc('month', current_date) + (j - 4) * interval '1 month')::date, 1 + j % 3,
       (ARRAY['MERCHANT', 'ADVISOR', 'PROVIDER'])[1 + j % 3],
       CASE WHEN j <= 2 THEN now() - (10 - j) * interval '1 day' END,
       CASE WHEN j <= 2 THEN c.account_id END,
       CASE WHEN j <= 2 THEN d.business_name END
FROM selection_candidate c JOIN dossier d ON d.application_id = c.application_id, generate_series(1, 10) j
WHERE c.decision = 'RETAINED'
ON CONFLICT DO NOTHING;

DELETE FROM followup_plan_action;
INSERT INTO followup_plan_action (application_id, action_id, title, due_month, done)
SELECT application_id, action_key, title_fr, due_month, done_at IS NOT NULL FROM progress_task WHERE in_plan;

INSERT INTO followup_meeting (id, application_id, status, held_on, starts_at, duration_minutes, mode, topics,
                              created_at, created_by, updated_at, updated_by)
SELECT md5('meeting' || d.application_id || j)::uuid, d.application_id, CASE WHEN j = 3 THEN 'PLANNED' ELSE 'HELD' END,
       current_date + CASE WHEN j = 3 THEN 3 + abs(hashtext(d.application_id::text)) % 20
                           ELSE -(abs(hashtext(d.application_id::text || j)) % 40) END,
       CASE WHEN j = 3 THEN (current_date + 3 + abs(hashtext(d.application_id::text)) % 20) + time '14:00' END,
       60, 'VIDEO', 'Suivi du plan (fictif)', now(), 'seed', now(), 'seed'
FROM followup_dossier d, generate_series(1, 3) j
ON CONFLICT DO NOTHING;

UPDATE followup_dossier d SET
  minutes_used = (SELECT coalesce(sum(duration_minutes), 0) FROM followup_meeting m
                  WHERE m.application_id = d.application_id AND m.status = 'HELD'),
  last_held_on = (SELECT max(held_on) FROM followup_meeting m WHERE m.application_id = d.application_id AND m.status = 'HELD'),
  first_planned_at = (SELECT min(starts_at) FROM followup_meeting m WHERE m.application_id = d.application_id AND m.status = 'PLANNED'),
  first_open_due = (SELECT min(due_month) FROM followup_plan_action a WHERE a.application_id = d.application_id AND NOT a.done);

-- two actions done: the merchants carry out their plans
UPDATE dossier d SET accompanied_at = t.first_done, stage = 'ACCOMPANIED'
FROM (SELECT application_id, min(done_at) AS first_done FROM progress_task WHERE done_at IS NOT NULL
      GROUP BY application_id) t
WHERE t.application_id = d.application_id AND d.outcome = 'RETAINED';

COMMIT;
ANALYZE;
SELECT count(*) AS merchants FROM followup_dossier;
SELECT count(*) AS plan_actions FROM progress_task;
