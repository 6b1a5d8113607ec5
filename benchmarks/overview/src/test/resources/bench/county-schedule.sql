-- schedule-service's part of the county (after county.sql): its copies of the professionals and the networks,
-- the years of past visits (about one a month per client) with the contacts they recorded, calls and video calls
-- (about eight a year per client), and one or two upcoming visits per client.

INSERT INTO professional (id, keycloak_subject, agency, name, job_title, status)
SELECT id, subject, agency, name, job_title, 'ACTIVE'
FROM seed_professional;

INSERT INTO network_client (id, initials, status, lead_professional_id, known_since, membership_as_of,
                            not_seen_threshold_days)
SELECT sc.id, left(sc.given_name, 1) || left(sc.family_name, 1), 'OPEN', lead.id, sc.created_at,
       sc.created_at + INTERVAL '30 days', CASE WHEN sc.c % 20 = 0 THEN 7 END
FROM seed_client sc
         JOIN seed_member m ON m.c = sc.c AND m.j = 0
         JOIN seed_professional lead ON lead.p = m.p;

INSERT INTO network_member (client_id, professional_id)
SELECT sc.id, sp.id
FROM seed_member m
         JOIN seed_client sc USING (c)
         JOIN seed_professional sp USING (p);

INSERT INTO visit (id, client_id, visitor_professional_id, visitor_agency, kind, starts_at, duration_minutes, purpose,
                   status, cancel_reason, scheduled_by, created_at, updated_at)
SELECT md5('visit-' || sc.c || '-' || n)::UUID, sc.id, sp.id, sp.agency, v.kind, v.starts_at,
       30 + 15 * ((sc.c + n) % 4),
       (ARRAY ['Check in with the family', 'School attendance meeting', 'Clinic review', 'Planning meeting',
           'Welfare check'])[1 + (sc.c + n) % 5],
       CASE WHEN v.roll < 85 THEN 'COMPLETED' WHEN v.roll < 92 THEN 'NO_ACCESS' ELSE 'CANCELLED' END,
       CASE WHEN v.roll >= 92 THEN 'Client unwell' END,
       sp.id, v.starts_at - INTERVAL '7 days', v.starts_at + INTERVAL '2 hours'
FROM seed_client sc
         CROSS JOIN generate_series(0, 12 * pg_temp.seed_count('years') - 1) n
         JOIN seed_member m ON m.c = sc.c AND m.j = (sc.c + n) % sc.members
         JOIN seed_professional sp ON sp.p = m.p
         CROSS JOIN LATERAL (
    SELECT (ARRAY ['HOME_VISIT', 'HOME_VISIT', 'HOME_VISIT', 'SCHOOL', 'CLINIC', 'OFFICE', 'OTHER'])[1 + (sc.c * 3 + n) % 7] AS kind,
           date_trunc('day', pg_temp.seed_anchor())
               - make_interval(days => n * 30 + 1 + sc.c % 29) + make_interval(hours => 9 + (sc.c + n) % 8) AS starts_at,
           (sc.c * 13 + n * 7) % 100                                                                          AS roll) v;

INSERT INTO contact (id, client_id, professional_id, agency, contacted_at, channel, outcome, visit_id, recorded_by,
                     recorded_at)
SELECT md5('contact-' || v.id)::UUID, v.client_id, v.visitor_professional_id, v.visitor_agency, v.starts_at,
       CASE v.kind
           WHEN 'HOME_VISIT' THEN 'HOME_VISIT'
           WHEN 'SCHOOL' THEN 'SCHOOL_OR_OFFICE_MEETING'
           WHEN 'OFFICE' THEN 'SCHOOL_OR_OFFICE_MEETING'
           ELSE 'OTHER' END,
       CASE v.status WHEN 'COMPLETED' THEN 'COMPLETED' ELSE 'NO_ACCESS' END,
       v.id, v.visitor_professional_id, v.updated_at
FROM visit v
WHERE v.status IN ('COMPLETED', 'NO_ACCESS');

INSERT INTO contact (id, client_id, professional_id, agency, contacted_at, channel, outcome, visit_id, recorded_by,
                     recorded_at)
SELECT md5('call-' || sc.c || '-' || n)::UUID, sc.id, sp.id, sp.agency, x.at,
       CASE WHEN (sc.c + n) % 4 = 0 THEN 'VIDEO' ELSE 'PHONE' END,
       (ARRAY ['COMPLETED', 'COMPLETED', 'NO_ANSWER', 'MESSAGE_LEFT'])[1 + (sc.c * 5 + n) % 4],
       NULL, sp.id, x.at + INTERVAL '10 minutes'
FROM seed_client sc
         CROSS JOIN generate_series(0, 8 * pg_temp.seed_count('years') - 1) n
         JOIN seed_member m ON m.c = sc.c AND m.j = (sc.c + n + 1) % sc.members
         JOIN seed_professional sp ON sp.p = m.p
         CROSS JOIN LATERAL (
    SELECT pg_temp.seed_anchor() - make_interval(days => n * 45 + 2 + sc.c % 40, hours => (sc.c + n) % 9) AS at) x;

INSERT INTO visit (id, client_id, visitor_professional_id, visitor_agency, kind, starts_at, duration_minutes, purpose,
                   status, cancel_reason, scheduled_by, created_at, updated_at)
SELECT md5('upcoming-' || sc.c || '-' || n)::UUID, sc.id, sp.id, sp.agency,
       (ARRAY ['HOME_VISIT', 'HOME_VISIT', 'SCHOOL', 'CLINIC', 'OFFICE'])[1 + (sc.c + n) % 5],
       date_trunc('day', pg_temp.seed_anchor()) + make_interval(days => 1 + sc.c % 27 + n * 14, hours => 9 + (sc.c + n) % 8),
       45, 'Check in with the family', 'SCHEDULED', NULL, sp.id,
       pg_temp.seed_anchor() - INTERVAL '3 days', pg_temp.seed_anchor() - INTERVAL '3 days'
FROM seed_client sc
         CROSS JOIN LATERAL generate_series(0, sc.c % 2) n
         JOIN seed_member m ON m.c = sc.c AND m.j = (sc.c + n) % sc.members
         JOIN seed_professional sp ON sp.p = m.p;
