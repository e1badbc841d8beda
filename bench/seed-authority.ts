import { EntityManager } from 'typeorm';
import { defaultTermOf, IsoDate, previousDefaultTerm, termLabel } from '@safeguard/calendar';

/**
 * A Birmingham-sized authority in bulk SQL (generate_series, INSERT … SELECT; no services, no audit):
 * ~450 schools, 40,000 children each with one register entry (CME, EHE, EXCLUDED, EHCP) and their
 * deadlines, visits and enquiries over two years, ~5,000 concerns with decisions over a year, ten
 * governors with their checks at every school, Prevent records and returns, pressure reports and
 * campaigns. Every statement takes the authority as $1 and today (London) as $2. Random but
 * repeatable: the session's seed is set first.
 */
const STATEMENTS: string[] = [
  'SELECT setseed(0.4242)',

  // Schools: the mix of kinds Birmingham has, a few closed.
  `INSERT INTO schools (urn, name, local_authority_id, establishment_type, type_group, status, phase, postcode)
   SELECT 800000 + g, 'Bench school ' || g, $1, tg || ' school', tg::school_type_group,
          CASE WHEN g % 97 = 0 THEN 'Closed' ELSE 'Open' END, 'Primary', 'B' || (g % 40) || ' 1AA'
     FROM (SELECT g, CASE WHEN g <= 250 THEN 'MAINTAINED' WHEN g <= 370 THEN 'ACADEMY' WHEN g <= 390 THEN 'FREE_SCHOOL'
                          WHEN g <= 420 THEN 'INDEPENDENT' WHEN g <= 440 THEN 'SPECIAL' ELSE 'OTHER' END AS tg
             FROM generate_series(1, 450) g) s`,

  // A DSL at every school, and the council's officer and manager.
  `INSERT INTO users (email, display_name, status)
   SELECT 'dsl' || urn || '@bench.test', 'DSL of ' || urn, 'ACTIVE'::user_status FROM schools WHERE local_authority_id = $1
   UNION ALL VALUES ('officer@bench.test', 'Bench officer', 'ACTIVE'::user_status), ('manager@bench.test', 'Bench manager', 'ACTIVE'::user_status)`,
  `INSERT INTO memberships (user_id, role, school_id, local_authority_id)
   SELECT u.id, 'DSL'::role, s.id, NULL::uuid FROM schools s JOIN users u ON u.email = 'dsl' || s.urn || '@bench.test' WHERE s.local_authority_id = $1
   UNION ALL SELECT id, 'LA_OFFICER'::role, NULL, $1 FROM users WHERE email = 'officer@bench.test'
   UNION ALL SELECT id, 'LA_MANAGER'::role, NULL, $1 FROM users WHERE email = 'manager@bench.test'`,

  `INSERT INTO school_holidays (local_authority_id, name, starts_on, ends_on)
   SELECT $1, name || ' ' || y, make_date(y + sm, smo, sd), make_date(y + em, emo, ed)
     FROM generate_series(extract(year FROM $2::date)::int - 3, extract(year FROM $2::date)::int) y,
          (VALUES ('Autumn half-term', 0, 10, 26, 0, 10, 30), ('Christmas', 0, 12, 21, 1, 1, 2), ('Spring half-term', 1, 2, 16, 1, 2, 20),
                  ('Easter', 1, 4, 1, 1, 4, 12), ('Summer half-term', 1, 5, 26, 1, 5, 30), ('Summer', 1, 7, 22, 1, 8, 31)) h(name, sm, smo, sd, em, emo, ed)`,

  // Children: 40,000, on the rolls of the authority's schools.
  `INSERT INTO children (local_authority_id, legal_first_name, legal_last_name, other_names, date_of_birth, sex, carers, school_id,
                         sen_status, has_ehc_plan, child_protection_plan, child_in_need_plan)
   SELECT $1, 'Child' || g, 'Bench' || (g % 997), '{}', $2::date - 2200 - (g % 3650), (ARRAY['FEMALE', 'MALE'])[1 + g % 2]::sex, '[]',
          sch.ids[1 + g % array_length(sch.ids, 1)], CASE WHEN g % 9 = 0 THEN 'EHC_PLAN' ELSE 'NONE' END::sen_status,
          g % 9 = 0 OR g > 37000, g % 31 = 0, g % 17 = 0
     FROM generate_series(1, 40000) g, (SELECT array_agg(id ORDER BY urn) AS ids FROM schools WHERE local_authority_id = $1) sch`,

  // CME: located (most, then closed), closed without whereabouts and signed off, awaiting sign-off, or still missing.
  `INSERT INTO register_entries (child_id, local_authority_id, kind, status, reason, reported_on, reported_by_school_id, believed_abroad,
                                 located_on, school_days_to_locate, whereabouts_kind, closed_on, closed_without_whereabouts, closure_proposed_by_id,
                                 signed_off_by_id, version)
   SELECT c.id, $1, 'CME', x.status::entry_status, 'ABSENCE_TEN_SCHOOL_DAYS', x.rep, c.school_id, x.r > 0.9,
          x.located, CASE WHEN x.located IS NOT NULL THEN ((x.located - x.rep) * 5) / 7 END, CASE WHEN x.located IS NOT NULL THEN 'SCHOOL'::whereabouts_kind END,
          x.closed, x.status = 'CLOSED' AND x.located IS NULL, CASE WHEN x.status IN ('CLOSED', 'AWAITING_SIGN_OFF') AND x.located IS NULL THEN o.id END,
          CASE WHEN x.status = 'CLOSED' AND x.located IS NULL THEN m.id END, 1
     FROM (SELECT *, CASE WHEN located IS NOT NULL AND located + 10 < $2::date THEN 'CLOSED' WHEN located IS NOT NULL THEN 'LOCATED'
                          WHEN r BETWEEN 0.70 AND 0.74 AND rep < $2::date - 60 THEN 'CLOSED' WHEN r BETWEEN 0.74 AND 0.75 THEN 'AWAITING_SIGN_OFF'
                          WHEN rep > $2::date - 5 THEN 'REPORTED' ELSE 'ENQUIRIES' END AS status,
                     CASE WHEN located IS NOT NULL AND located + 10 < $2::date THEN located + 10 WHEN r BETWEEN 0.70 AND 0.74 AND rep < $2::date - 60 THEN rep + 50 END AS closed
             FROM (SELECT *, CASE WHEN r < 0.7 THEN least(rep + 1 + (random() * 40)::int, $2::date) END AS located
                     FROM (SELECT g, random() AS r, $2::date - (random() * 730)::int AS rep FROM generate_series(1, 15000) g) a) b) x
     JOIN children c ON c.local_authority_id = $1 AND c.legal_first_name = 'Child' || x.g
     CROSS JOIN (SELECT id FROM users WHERE email = 'officer@bench.test') o CROSS JOIN (SELECT id FROM users WHERE email = 'manager@bench.test') m`,

  // EHE: notices over two years, most seen since, a tenth closed.
  `INSERT INTO register_entries (child_id, local_authority_id, kind, status, reason, reported_on, believed_abroad, notice_received_on, last_seen_on,
                                 closed_on, closed_without_whereabouts, version)
   SELECT c.id, $1, 'EHE', CASE WHEN x.r < 0.1 THEN 'CLOSED' ELSE 'OPEN' END::entry_status, 'PARENT_NOTICE', x.rep, false, x.rep,
          CASE WHEN x.r > 0.15 THEN least(x.rep + 5 + (random() * 500)::int, $2::date) END,
          CASE WHEN x.r < 0.1 THEN least(x.rep + 200, $2::date) END, false, 1
     FROM (SELECT g, random() AS r, $2::date - (random() * 730)::int AS rep FROM generate_series(15001, 27000) g) x
     JOIN children c ON c.local_authority_id = $1 AND c.legal_first_name = 'Child' || x.g`,

  // Exclusions: suspensions and permanent exclusions, most checked in time, most closed.
  `INSERT INTO register_entries (child_id, local_authority_id, kind, status, reason, reported_on, reported_by_school_id, excluding_school_id, believed_abroad,
                                 exclusion_starts_on, exclusion_ends_on, safety_check_on, provision_from, closed_on, closed_without_whereabouts, version)
   SELECT c.id, $1, 'EXCLUDED', CASE WHEN x.rep < $2::date - 30 THEN 'CLOSED' ELSE 'OPEN' END::entry_status,
          CASE WHEN x.r < 0.2 THEN 'PERMANENT_EXCLUSION' ELSE 'SUSPENSION' END::entry_reason, x.rep, c.school_id, c.school_id, false,
          x.rep, CASE WHEN x.r >= 0.2 THEN x.rep + 3 END, CASE WHEN x.r2 < 0.85 THEN least(x.rep + (random() * 9)::int, $2::date) END,
          CASE WHEN x.r < 0.2 AND x.r2 < 0.9 THEN least(x.rep + 6, $2::date) END, CASE WHEN x.rep < $2::date - 30 THEN x.rep + 30 END, false, 1
     FROM (SELECT g, random() AS r, random() AS r2, $2::date - (random() * 730)::int AS rep FROM generate_series(27001, 37000) g) x
     JOIN children c ON c.local_authority_id = $1 AND c.legal_first_name = 'Child' || x.g`,

  // EHC plans without full-time education.
  `INSERT INTO register_entries (child_id, local_authority_id, kind, status, reason, reported_on, believed_abroad, hours_per_week, full_time_stopped_on,
                                 last_visit_on, closed_on, closed_without_whereabouts, version)
   SELECT c.id, $1, 'EHCP', CASE WHEN x.r < 0.3 THEN 'CLOSED' ELSE 'OPEN' END::entry_status, 'EHCP_NOT_FULL_TIME', x.rep, false, 5 + (x.r * 15)::int,
          x.rep - (random() * 60)::int, CASE WHEN x.r > 0.2 THEN least(x.rep + (random() * 200)::int, $2::date) END,
          CASE WHEN x.r < 0.3 THEN least(x.rep + 250, $2::date) END, false, 1
     FROM (SELECT g, random() AS r, $2::date - (random() * 730)::int AS rep FROM generate_series(37001, 40000) g) x
     JOIN children c ON c.local_authority_id = $1 AND c.legal_first_name = 'Child' || x.g`,

  // Their deadlines, met or cancelled as the entry's history says.
  `INSERT INTO register_deadlines (entry_id, local_authority_id, kind, due_on, escalate_on, met_on, cancelled_on, created_at)
   SELECT e.id, $1, d.kind::deadline_kind, d.due, d.due + 3, d.met, CASE WHEN d.met IS NULL THEN e.closed_on END, d.created
     FROM register_entries e
     CROSS JOIN LATERAL (VALUES
       ('CME_FIRST_ENQUIRY', e.reported_on + 3, CASE WHEN e.status <> 'REPORTED' THEN e.reported_on + 1 + (e.reported_on - date '2000-01-01') % 5 END, e.reported_on::timestamptz),
       ('CME_LOCATE', e.reported_on + 28, e.located_on, e.reported_on::timestamptz),
       ('CLOSURE_SIGN_OFF', coalesce(e.closed_on, $2::date) + 5, e.closed_on, (coalesce(e.closed_on, $2::date) - 2 + time '10:00')::timestamptz)
     ) d(kind, due, met, created)
    WHERE e.local_authority_id = $1 AND e.kind = 'CME' AND (d.kind <> 'CLOSURE_SIGN_OFF' OR e.closed_without_whereabouts OR e.status = 'AWAITING_SIGN_OFF')
   UNION ALL
   SELECT e.id, $1, d.kind::deadline_kind, d.due, d.due + 3, d.met, CASE WHEN d.met IS NULL THEN e.closed_on END, e.reported_on::timestamptz
     FROM register_entries e
     CROSS JOIN LATERAL (VALUES
       ('EHE_FIRST_CONTACT', e.notice_received_on + 14, CASE WHEN e.notice_received_on + 10 <= $2::date THEN e.notice_received_on + 10 END),
       ('EHE_SEE_CHILD', (coalesce(e.last_seen_on, e.notice_received_on) + interval '12 months')::date, NULL::date)
     ) d(kind, due, met)
    WHERE e.local_authority_id = $1 AND e.kind = 'EHE'
   UNION ALL
   SELECT e.id, $1, d.kind::deadline_kind, d.due, d.due + 3, d.met, CASE WHEN d.met IS NULL THEN e.closed_on END, e.reported_on::timestamptz
     FROM register_entries e
     CROSS JOIN LATERAL (VALUES ('EXCLUSION_SAFETY_CHECK', e.exclusion_starts_on + 7, e.safety_check_on),
                                ('EXCLUSION_PROVISION', e.exclusion_starts_on + 8, e.provision_from)) d(kind, due, met)
    WHERE e.local_authority_id = $1 AND e.kind = 'EXCLUDED' AND (d.kind = 'EXCLUSION_SAFETY_CHECK' OR e.reason = 'PERMANENT_EXCLUSION')
   UNION ALL
   SELECT e.id, $1, 'EHCP_VISIT', coalesce(e.last_visit_on, e.reported_on) + 28, coalesce(e.last_visit_on, e.reported_on) + 31, NULL, e.closed_on, e.reported_on::timestamptz
     FROM register_entries e WHERE e.local_authority_id = $1 AND e.kind = 'EHCP'`,

  // Visits (EHE contacts, safety checks, EHCP visits) and CME enquiries.
  `INSERT INTO register_visits (entry_id, kind, occurred_on, child_seen, child_seen_alone, safeguarding_concern, notes)
   SELECT id, 'HOME_VISIT'::visit_kind, last_seen_on, true, true, false, 'Seen at home.' FROM register_entries WHERE local_authority_id = $1 AND kind = 'EHE' AND last_seen_on IS NOT NULL
   UNION ALL SELECT id, 'CONTACT'::visit_kind, notice_received_on + 10, false, false, false, 'Letter and call.' FROM register_entries
     WHERE local_authority_id = $1 AND kind = 'EHE' AND notice_received_on + 10 <= $2::date
   UNION ALL SELECT id, 'SAFETY_CHECK'::visit_kind, safety_check_on, true, true, false, 'Safety check.' FROM register_entries
     WHERE local_authority_id = $1 AND kind = 'EXCLUDED' AND safety_check_on IS NOT NULL
   UNION ALL SELECT id, 'HOME_VISIT'::visit_kind, last_visit_on, true, false, false, 'Visit.' FROM register_entries WHERE local_authority_id = $1 AND kind = 'EHCP' AND last_visit_on IS NOT NULL`,
  `INSERT INTO register_enquiries (entry_id, kind, made_on, outcome)
   SELECT e.id, k.kind::enquiry_kind, least(e.reported_on + k.n, $2::date), 'Made.' FROM register_entries e
     CROSS JOIN (VALUES ('PARENTS', 1), ('SCHOOL_TO_SCHOOL', 2), ('HOME_VISIT', 4)) k(kind, n)
    WHERE e.local_authority_id = $1 AND e.kind = 'CME' AND e.status <> 'REPORTED'`,
];

/** Concerns and decisions, governance, Prevent, returns and pressure. $3: the four terms' first days, $4 their labels. */
const MORE_STATEMENTS: string[] = [
  `INSERT INTO concerns (local_authority_id, school_id, author_id, status, child_id, categories, account, immediate_risk, submitted_at, decision_due_at,
                         first_decided_at, outcome, outcome_at, channel_outcome)
   SELECT $1, c.school_id, u.user_id,
          (CASE WHEN x.decided IS NULL THEN 'AWAITING_DECISION' WHEN x.awaiting THEN 'AWAITING_SIGN_OFF' ELSE 'DECIDED' END)::concern_status,
          c.id, x.categories::concern_category[], 'A bench concern.', x.r < 0.05, x.sub, x.sub + interval '1 day', x.decided,
          CASE WHEN x.decided IS NOT NULL AND NOT x.awaiting THEN x.outcome::decision_outcome END, CASE WHEN NOT x.awaiting THEN x.decided END,
          CASE WHEN x.outcome = 'PREVENT_REFERRAL' AND x.r < 0.5 THEN 'ADOPTED'::channel_outcome END
     FROM (SELECT *, CASE WHEN sub < now() - interval '2 days' OR r < 0.6 THEN sub + make_interval(mins => (random() * 2400)::int) END AS decided,
                  sub > now() - interval '20 days' AND r2 < 0.2 AS awaiting
             FROM (SELECT g, random() AS r, random() AS r2, now() - make_interval(mins => (random() * 525600)::int) AS sub,
                          (ARRAY['NO_FURTHER_ACTION', 'ADVICE_OR_SIGNPOSTING', 'EARLY_HELP', 'CHILDRENS_SOCIAL_CARE', 'STRATEGY_DISCUSSION', 'PREVENT_REFERRAL', 'POLICE'])[1 + (random() * 6.99)::int] AS outcome,
                          CASE WHEN g % 25 = 0 THEN ARRAY['RADICALISATION'] WHEN g % 3 = 0 THEN ARRAY['NEGLECT', 'EMOTIONAL_ABUSE'] ELSE ARRAY['PHYSICAL_ABUSE'] END AS categories
                     FROM generate_series(1, 5000) g) a) x
     JOIN children c ON c.local_authority_id = $1 AND c.legal_first_name = 'Child' || (1 + (x.g * 7) % 40000)
     JOIN memberships u ON u.school_id = c.school_id AND u.role = 'DSL'
`,
  `INSERT INTO concern_decisions (concern_id, local_authority_id, outcome, threshold_level, criteria, rationale, decided_by_id, decided_at, needs_sign_off, status,
                                  sign_off_due_at, signed_off_by_id, signed_off_at, sign_off_verdict)
   SELECT c.id, $1, coalesce(c.outcome, 'EARLY_HELP'), 'ADDITIONAL_NEEDS', '{Bench}', 'Bench rationale.', o.id, c.first_decided_at, x.needs,
          (CASE WHEN c.status = 'AWAITING_SIGN_OFF' THEN 'AWAITING_SIGN_OFF' WHEN x.needs AND x.r < 0.1 THEN 'CHANGED_AT_SIGN_OFF' ELSE 'IN_EFFECT' END)::decision_status,
          CASE WHEN x.needs THEN c.first_decided_at + interval '1 day' END, CASE WHEN x.needs AND c.status <> 'AWAITING_SIGN_OFF' THEN m.id END,
          CASE WHEN x.needs AND c.status <> 'AWAITING_SIGN_OFF' THEN c.first_decided_at + interval '20 hours' END,
          (CASE WHEN x.needs AND c.status <> 'AWAITING_SIGN_OFF' THEN CASE WHEN x.r < 0.1 THEN 'CHANGE' ELSE 'AGREE' END END)::sign_off_verdict
     FROM concerns c CROSS JOIN LATERAL (SELECT c.status = 'AWAITING_SIGN_OFF' OR random() < 0.25 AS needs, random() AS r) x
     CROSS JOIN (SELECT id FROM users WHERE email = 'officer@bench.test') o CROSS JOIN (SELECT id FROM users WHERE email = 'manager@bench.test') m
    WHERE c.local_authority_id = $1 AND c.first_decided_at IS NOT NULL`,

  // Ten governors at every school, with the checks most of them need, most done.
  `INSERT INTO governance_people (full_name, full_name_key, date_of_birth, lived_or_worked_abroad)
   SELECT 'Governor ' || s.urn || '-' || n, 'governor ' || s.urn || '-' || n, $2::date - 15000 - n * 100, n = 7
     FROM schools s CROSS JOIN generate_series(1, 10) n WHERE s.local_authority_id = $1`,
  `INSERT INTO governance_appointments (person_id, school_id, local_authority_id, role, governor_category, trust_name, is_chair, in_regulated_activity, appointed_on)
   SELECT p.id, s.id, $1,
          (CASE s.type_group::text WHEN 'ACADEMY' THEN (ARRAY['TRUSTEE', 'LOCAL_GOVERNOR', 'ACADEMY_MEMBER'])[1 + n % 3]
                                   WHEN 'FREE_SCHOOL' THEN (ARRAY['TRUSTEE', 'LOCAL_GOVERNOR'])[1 + n % 2]
                                   WHEN 'INDEPENDENT' THEN 'PROPRIETOR_BODY_MEMBER' ELSE 'GOVERNOR' END)::governing_role,
          CASE WHEN s.type_group::text IN ('MAINTAINED', 'SPECIAL', 'OTHER') THEN 'PARENT'::governor_category END,
          CASE WHEN s.type_group::text IN ('ACADEMY', 'FREE_SCHOOL') THEN 'Trust ' || s.urn END, n = 1, n = 3, $2::date - 30 - n * 120
     FROM schools s CROSS JOIN generate_series(1, 10) n JOIN governance_people p ON p.full_name = 'Governor ' || s.urn || '-' || n
    WHERE s.local_authority_id = $1`,
  `INSERT INTO governance_checks (appointment_id, kind, applied_on, done_on, checked_by, outcome)
   SELECT a.id, k.kind::check_kind, CASE WHEN k.kind = 'ENHANCED_DBS' THEN a.appointed_on END,
          least(CASE WHEN k.kind LIKE '%DECLARATION' THEN greatest(make_date(extract(year FROM $2::date - 243)::int, 9, 5), a.appointed_on) ELSE a.appointed_on + 10 END, $2::date),
          'The clerk', 'CLEAR'
     FROM governance_appointments a
     CROSS JOIN (VALUES ('ENHANCED_DBS'), ('SECTION_128'), ('IDENTITY'), ('RIGHT_TO_WORK'), ('OVERSEAS'), ('BARRED_LIST'),
                        ('DISQUALIFICATION_DECLARATION'), ('BUSINESS_INTERESTS_DECLARATION')) k(kind)
    WHERE a.local_authority_id = $1 AND random() < 0.9`,

  // Prevent: risk assessments for this school year and the last, staff training, DSLs' own training.
  `INSERT INTO prevent_risk_assessments (school_id, local_authority_id, school_year, risk_assessment_rating, risk_assessment_actions, partnership_rating,
                                         partnership_actions, staff_training_rating, staff_training_actions, online_safety_rating, online_safety_actions,
                                         overall_rating, staff_headcount, reviewed_on)
   SELECT s.id, $1, y || '/' || lpad(((y + 1) % 100)::text, 2, '0'), 'LOW', 'Actions.', 'LOW', 'Actions.', 'MEDIUM', 'Actions.', 'LOW', 'Actions.', 'LOW',
          20 + s.urn % 80, least(make_date(y, 10, 1), $2::date)
     FROM schools s CROSS JOIN (SELECT extract(year FROM $2::date - 243)::int - k AS y FROM generate_series(0, 1) k) yy
    WHERE s.local_authority_id = $1 AND random() < 0.8 AND make_date(y, 9, 1) <= $2::date`,
  `INSERT INTO prevent_training_records (school_id, local_authority_id, staff_name, staff_role, user_id, is_dsl, trained_on, course)
   SELECT s.id, $1, 'Staff ' || n, 'Teacher', NULL, false, $2::date - (random() * 900)::int, 'Prevent awareness e-learning'
     FROM schools s CROSS JOIN generate_series(1, 20) n WHERE s.local_authority_id = $1
   UNION ALL
   SELECT m.school_id, $1, 'DSL', 'Designated safeguarding lead', m.user_id, true, $2::date - (random() * 900)::int, 'Prevent for DSLs'
     FROM memberships m JOIN schools s ON s.id = m.school_id WHERE s.local_authority_id = $1 AND m.role = 'DSL'`,
  `INSERT INTO safeguarding_returns (school_id, local_authority_id, term_starts_on, term_label, submitted_at, governance_checks_complete, staff_headcount,
                                     staff_prevent_trained, deletions_from_roll, deletions_with_known_destination, prevent_referrals)
   SELECT s.id, $1, t.starts_on, t.label, least(t.starts_on + interval '30 days', now() - interval '1 hour'), random() < 0.7, 20 + s.urn % 80,
          15 + s.urn % 60, s.urn % 7, s.urn % 5, (s.urn % 11 = 0)::int
     FROM schools s CROSS JOIN unnest($3::date[], $4::text[]) t(starts_on, label)
    WHERE s.local_authority_id = $1 AND random() < 0.8 AND t.starts_on <= $2::date`,

  // Pressure: 300 reports over a year at every stage, ten campaigns.
  `INSERT INTO pressure_campaigns (local_authority_id, name, description, created_by_id, created_at)
   SELECT $1, 'Campaign ' || n, 'Linked reports.', u.id, now() - make_interval(days => n * 30)
     FROM generate_series(1, 10) n, (SELECT id FROM users WHERE email = 'officer@bench.test') u`,
  `INSERT INTO pressure_reports (local_authority_id, school_id, reporter_id, status, category, curriculum_area, account, occurred_on, occurred_month,
                                 location, involved, harm_to_staff, harm_to_pupils, police_told, share_anonymously, submitted_at, acknowledgement_due_at,
                                 acknowledged_at, action_started_at, resolved_at, campaign_id)
   SELECT $1, s.id, m.user_id,
          (CASE WHEN x.resolved IS NOT NULL THEN 'RESOLVED' WHEN x.acted IS NOT NULL THEN 'ACTION_IN_PROGRESS' WHEN x.ack IS NOT NULL THEN 'ACKNOWLEDGED' ELSE 'SUBMITTED' END)::pressure_report_status,
          x.category::pressure_category, CASE WHEN x.category = 'CURRICULUM_PRESSURE' THEN 'RSE'::pressure_curriculum_area END, 'What happened.',
          x.sub::date - 1, to_char(x.sub - interval '1 day', 'YYYY-MM'), 'The gate', 'A group', false, false, false, x.g % 2 = 0, x.sub, x.sub + interval '2 days',
          x.ack, x.acted, x.resolved, CASE WHEN x.g % 8 = 0 THEN (SELECT id FROM pressure_campaigns WHERE local_authority_id = $1 ORDER BY name OFFSET x.g % 10 LIMIT 1) END
     FROM (SELECT *, CASE WHEN r < 0.9 THEN sub + make_interval(hours => (random() * 80)::int) END AS ack,
                  CASE WHEN r < 0.6 THEN sub + interval '5 days' END AS acted, CASE WHEN r < 0.4 AND sub < now() - interval '30 days' THEN sub + interval '25 days' END AS resolved
             FROM (SELECT g, random() AS r, now() - make_interval(hours => (random() * 8760)::int) AS sub,
                          (ARRAY['INTIMIDATION_OF_STAFF', 'THREAT_TO_A_PERSON', 'SOCIAL_MEDIA_POSTS', 'ORGANISED_CAMPAIGN_OR_PROTEST', 'CURRICULUM_PRESSURE',
                                 'STAFFING_PRESSURE', 'GOVERNOR_PRESSURE', 'OTHER'])[1 + g % 8] AS category
                     FROM generate_series(1, 300) g) a) x
     JOIN schools s ON s.local_authority_id = $1 AND s.urn = 800001 + (x.g * 13) % 450
     JOIN memberships m ON m.school_id = s.id AND m.role = 'DSL'`,

  // The worker's snapshots of governance completion for the ended terms.
  `INSERT INTO governance_completion_snapshots (local_authority_id, term_starts_on, school_type_group, term_label, required, done, overdue)
   SELECT $1, t.starts_on, g::school_type_group, t.label, 600, 480 + i * 20, 40 - i * 5
     FROM unnest($3::date[], $4::text[]) WITH ORDINALITY t(starts_on, label, i)
     CROSS JOIN unnest(ARRAY['MAINTAINED', 'ACADEMY', 'FREE_SCHOOL', 'INDEPENDENT', 'SPECIAL', 'OTHER']) g
    WHERE t.starts_on <= $2::date AND t.starts_on < (SELECT max(x) FROM unnest($3::date[]) x)`,
];

/** The report's four default terms, oldest first. */
export function benchTerms(today: IsoDate): Array<{ label: string; startsOn: IsoDate; endsOn: IsoDate }> {
  const terms = [defaultTermOf(today)];
  while (terms.length < 4) terms.unshift(previousDefaultTerm(terms[0]));
  return terms.map((t) => ({ label: termLabel(t), startsOn: t.startsOn, endsOn: t.endsOn }));
}

/** Seeds authority `localAuthorityId` (already inserted) as of `today`; run on one connection so the random seed holds. */
export async function seedAuthority(manager: EntityManager, localAuthorityId: string, today: IsoDate): Promise<void> {
  for (const sql of STATEMENTS) await run(manager, sql, [localAuthorityId, today]);
  const terms = benchTerms(today);
  for (const sql of MORE_STATEMENTS) {
    await run(manager, sql, [localAuthorityId, today, terms.map((t) => t.startsOn), terms.map((t) => t.label)]);
  }
  // Fresh tables have no statistics yet; a live database's have been gathered by autovacuum.
  await manager.query('ANALYZE');
}

/** Runs one statement with as many of the parameters as it uses ($1 to $n, none skipped). */
function run(manager: EntityManager, sql: string, params: unknown[]): Promise<unknown> {
  const used = Math.max(0, ...[...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
  return manager.query(sql, params.slice(0, used));
}
