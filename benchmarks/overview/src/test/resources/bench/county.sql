-- A county (or a nation), the same in every run of one scale: patchwork.bench_agencies agencies,
-- patchwork.bench_professionals professionals and patchwork.bench_clients clients with networks of 3 to 8 members
-- (500, 10,000 and 100,000 for a county). Run in both services' databases (as temporary tables), so that each seeds
-- its own copy of the same county. Before it, the benchmark fills seed_user (professional number, Keycloak subject,
-- agency) with its signed-in practitioners, who are professionals 1..n, each in the networks of exactly 50
-- clients; and sets patchwork.bench_anchor, the instant every date is counted from, and patchwork.bench_years, the
-- years of history.

CREATE FUNCTION pg_temp.seed_count(name TEXT) RETURNS INT LANGUAGE sql STABLE AS
$$
SELECT current_setting('patchwork.bench_' || name)::INT
$$;

CREATE FUNCTION pg_temp.seed_name(n BIGINT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS
$$
SELECT initcap(s[1 + n % 16] || s[1 + (n / 16) % 16] || s[1 + (n / 256) % 16])
FROM (SELECT ARRAY ['go', 'ru', 'kun', 'ke', 'me', 'pek', 'ta', 'lo', 'vi', 'san', 'dor', 'mi', 'ba', 'zel', 'no', 'fi'] AS s) syllables
$$;

CREATE FUNCTION pg_temp.seed_anchor() RETURNS TIMESTAMPTZ LANGUAGE sql STABLE AS
$$
SELECT current_setting('patchwork.bench_anchor')::TIMESTAMPTZ
$$;

CREATE TEMP TABLE seed_professional AS
SELECT p,
       md5('professional-' || p)::UUID                                            AS id,
       u.subject,
       coalesce(u.agency, 'agency-' || lpad(((p - 1) % pg_temp.seed_count('agencies') + 1)::TEXT, 4, '0')) AS agency,
       'Sample ' || pg_temp.seed_name(p * 7 + 3)                                   AS name,
       (ARRAY ['District nurse', 'Social worker', 'Health visitor', 'Youth worker', 'Family support worker',
           'School nurse', 'Home safety officer', 'Housing officer', 'GP', 'Community support officer'])[1 + p % 10]
                                                                                   AS job_title
FROM generate_series(1, pg_temp.seed_count('professionals')) p
         LEFT JOIN seed_user u USING (p);

CREATE TEMP TABLE seed_client AS
SELECT c,
       md5('client-' || c)::UUID                                  AS id,
       'Demo'                                                     AS given_name,
       pg_temp.seed_name(c * 31 + 5)                              AS family_name,
       date '1950-01-01' + (c * 37 % 25000)                       AS date_of_birth,
       3 + (c::BIGINT * 2654435761 % 6)::INT                      AS members,
       pg_temp.seed_anchor() - make_interval(days => 400 + c % 700) AS created_at,
       CASE WHEN c % 20 IN (1, 2) THEN md5('household-' || (c - c % 20))::UUID END AS household_id
FROM generate_series(1, pg_temp.seed_count('clients')) c;

-- Members are numbered j = 0 .. members-1 within each network; member 0 leads it. Clients 1 .. 50 n have one
-- signed-in practitioner each (practitioner (c-1) mod n + 1: 50 clients each, leading a quarter of them); every
-- other member is one of the professionals after them, spread so that each has about 55 clients.
CREATE TEMP TABLE seed_member AS
WITH users AS (SELECT count(*)::INT AS n FROM seed_user)
SELECT sc.c, j,
       CASE
           WHEN sc.c <= 50 * users.n AND j = CASE WHEN sc.c % 4 = 0 THEN 0 ELSE sc.members - 1 END
               THEN (sc.c - 1) % users.n + 1
           ELSE users.n + 1 + ((sc.c::BIGINT * 7919 + j * 1543) % (pg_temp.seed_count('professionals') - users.n))::INT
           END AS p
FROM seed_client sc
         CROSS JOIN users
         CROSS JOIN LATERAL generate_series(0, sc.members - 1) j;
