-- client-network-service's part of the county (after county.sql): the contact copy of every professional,
-- clients, their networks (with some members who have since left), attentions, and the years of audited reads.

INSERT INTO professional_contact (id, keycloak_subject, agency, name, job_title, work_phone, mobile, email,
                                  preferred_contact, status, as_of)
SELECT id, subject, agency, name, job_title,
       '01543 ' || lpad((p * 7 % 1000000)::TEXT, 6, '0'),
       '07700 ' || lpad(p::TEXT, 6, '0'),
       'professional-' || p || '@' || agency || '.example',
       (ARRAY ['WORK_PHONE', 'MOBILE', 'EMAIL', 'SMS'])[1 + p % 4],
       'ACTIVE', pg_temp.seed_anchor()
FROM seed_professional;

INSERT INTO household (id, created_at)
SELECT DISTINCT household_id, pg_temp.seed_anchor() - INTERVAL '400 days'
FROM seed_client
WHERE household_id IS NOT NULL;

INSERT INTO client (id, given_name, family_name, family_name_key, known_as, date_of_birth, address, postcode,
                    local_reference, household_id, status, created_at, updated_at)
SELECT id, given_name, family_name, lower(family_name), NULL, date_of_birth,
       c || ' Sample Street, Demo Town',
       'ST' || (c % 20 + 1) || ' ' || (c % 9 + 1) || chr(65 + c % 26) || chr(65 + c / 26 % 26),
       'REF-' || c, household_id, 'OPEN', created_at, created_at
FROM seed_client;

INSERT INTO membership (id, client_id, professional_id, agency, role, legal_basis, reason, review_date, joined_via,
                        flagged_for_ig_review, joined_at)
SELECT md5('membership-' || m.c || '-' || m.j)::UUID, sc.id, sp.id, sp.agency,
       CASE WHEN m.j = 0 THEN 'LEAD' ELSE 'MEMBER' END,
       (ARRAY ['CONSENT', 'SAFEGUARDING_DUTY', 'OTHER_STATUTORY_DUTY'])[1 + (m.c + m.j) % 3],
       (ARRAY ['Supports the family with school attendance', 'Visits at home after a hospital stay',
           'Home fire safety follow-up', 'Housing and tenancy support', 'Health visiting'])[1 + (m.c + m.j) % 5],
       NULL,
       CASE WHEN m.j = 0 THEN 'REGISTRATION' ELSE 'INVITATION' END,
       FALSE,
       sc.created_at + make_interval(days => m.j * 3)
FROM seed_member m
         JOIN seed_client sc USING (c)
         JOIN seed_professional sp USING (p);

-- One in five networks had a member who has since left it.
INSERT INTO membership (id, client_id, professional_id, agency, role, legal_basis, reason, review_date, joined_via,
                        flagged_for_ig_review, joined_at, ended_at, end_reason)
SELECT md5('membership-ended-' || sc.c)::UUID, sc.id, sp.id, sp.agency, 'MEMBER', 'CONSENT',
       'Supported the family until the case was stepped down', NULL, 'INVITATION', FALSE,
       sc.created_at + INTERVAL '10 days', pg_temp.seed_anchor() - make_interval(days => 30 + sc.c % 300),
       'LEFT_NETWORK'
FROM seed_client sc
         CROSS JOIN (SELECT count(*)::INT AS n FROM seed_user) users
         JOIN seed_professional sp ON sp.p = users.n + 1 + ((sc.c::BIGINT * 7919 + 8 * 1543) % (pg_temp.seed_count('professionals') - users.n))::INT
WHERE sc.c % 5 = 0;

-- Three in ten clients have one to three attentions, one in ten of them urgent.
INSERT INTO attention (id, client_id, raised_by_professional_id, priority, message, raised_at)
SELECT md5('attention-' || sc.c || '-' || n)::UUID, sc.id, sp.id,
       CASE WHEN (sc.c + n) % 10 = 0 THEN 'URGENT' ELSE 'NORMAL' END,
       (ARRAY ['Missed two school days this week', 'Family moving address next month',
           'Smoke alarm fitted; check it on the next visit', 'Carer off sick: extra visits needed'])[1 + (sc.c + n) % 4],
       pg_temp.seed_anchor() - make_interval(days => 1 + (sc.c * 13 + n * 47) % 360)
FROM seed_client sc
         CROSS JOIN LATERAL generate_series(0, sc.c % 3) n
         JOIN seed_member m ON m.c = sc.c AND m.j = n % sc.members
         JOIN seed_professional sp ON sp.p = m.p
WHERE sc.c % 10 < 3;

-- The years of reads: each member looked at each of their clients about once a year.
INSERT INTO audit_record (occurred_at, actor_subject, actor_professional_id, actor_agency, action, client_id, basis)
SELECT pg_temp.seed_anchor() - make_interval(days => y * 365 + (m.c * 7 + m.j * 11) % 365, mins => m.c % 600),
       coalesce(sp.subject, 'subject-' || sp.p), sp.id, sp.agency, 'OVERVIEW_VIEWED', sc.id, 'CONSENT'
FROM seed_member m
         JOIN seed_client sc USING (c)
         JOIN seed_professional sp USING (p)
         CROSS JOIN generate_series(0, pg_temp.seed_count('years') - 1) y;
