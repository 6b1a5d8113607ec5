-- What the caseload needs of each client's schedule, copied from the schedule service's events (topic
-- schedule.visits) so that "my clients" is one local read. The schedule service stays the owner of visits and
-- contacts; purposes and other free text are not in its events and are not copied.

-- Visits and where they stand (SCHEDULED, CANCELLED, COMPLETED, NO_ACCESS). A visit that no longer is to happen
-- keeps its row, so that an older event about it reaching this service late cannot bring it back.
CREATE TABLE schedule_visit
(
    id                      UUID PRIMARY KEY,
    client_id               UUID                     NOT NULL,
    visitor_professional_id UUID                     NOT NULL,
    visitor_agency          TEXT                     NOT NULL,
    kind                    TEXT                     NOT NULL,
    starts_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_minutes        INT                      NOT NULL,
    status                  TEXT                     NOT NULL,
    -- when the event this row comes from happened: an older event never overwrites a newer one
    as_of                   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX schedule_visit_upcoming_idx ON schedule_visit (client_id, starts_at) WHERE status = 'SCHEDULED';

-- Each client's latest contact, and when someone last saw the client (a contact the schedule says saw them).
CREATE TABLE schedule_contact
(
    client_id       UUID PRIMARY KEY,
    contact_id      UUID                     NOT NULL,
    professional_id UUID                     NOT NULL,
    agency          TEXT                     NOT NULL,
    contacted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    channel         TEXT                     NOT NULL,
    outcome         TEXT                     NOT NULL,
    last_seen_at    TIMESTAMP WITH TIME ZONE
);
