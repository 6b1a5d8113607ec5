-- One row per scheduled job: the instance that holds it runs the job's current occurrence and the others skip it
-- (ShedLock, see the platform's SchedulerLockAutoConfiguration). Times are the database's, in UTC.
CREATE TABLE shedlock
(
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
