-- ShedLock's table (docs/decisions/0011): each scheduled job takes its row before running, so that one instance at a
-- time runs it; lock_until is in the database's time (usingDbTime), so instances' clocks need not agree.
CREATE TABLE shedlock (
    name       varchar(64)  NOT NULL PRIMARY KEY,
    lock_until timestamptz  NOT NULL,
    locked_at  timestamptz  NOT NULL,
    locked_by  varchar(255) NOT NULL
);
