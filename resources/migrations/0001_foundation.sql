-- Frontline schema 1: the foundation.
--
-- Conventions for every table whose rows can travel between laptops (sync-ready):
--   id         INTEGER PRIMARY KEY  local row id, never leaves this file
--   uuid       TEXT NOT NULL UNIQUE the stable global id (UUID, lower-case, no braces)
--   hlc        INTEGER NOT NULL     hybrid logical clock of the last change (ms << 16 | counter)
--   device_id  TEXT NOT NULL        the replica that made the last change
--   deleted    INTEGER NOT NULL     tombstone: 1 = deleted, kept so sync can carry the delete
-- Money is INTEGER fen; dates are TEXT 'YYYY-MM-DD' (local); timestamps TEXT UTC ISO-8601.

-- Local facts about this file (device id, last clock value, …). Never synced.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

-- Replicas this database has exchanged data with, and the highest clock seen from each.
CREATE TABLE replica (
    device_id  TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    member_id  INTEGER,
    first_seen TEXT NOT NULL,
    last_hlc   INTEGER NOT NULL DEFAULT 0
);

-- Settings shared by the whole team (company name, currency, fiscal year start, …). Synced.
CREATE TABLE shared_setting (
    id        INTEGER PRIMARY KEY,
    uuid      TEXT NOT NULL UNIQUE,
    key       TEXT NOT NULL UNIQUE,
    value     TEXT,
    hlc       INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    deleted   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
