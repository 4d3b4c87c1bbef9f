-- Frontline schema 5: user accounts, the permission matrix, the audit log, privacy.
--
-- The database passphrase opens the file; a user account decides what the person who opened
-- it may see and do. A database without accounts is in single-user mode: whoever knows the
-- passphrase is the administrator (as before this schema). The first account created must be
-- an administrator's, and from then on every session logs in.

-- Logins, one per member who uses this database. The role and the access scope are the
-- member's; an account without a member is an administrator's (the first admin at set-up).
-- password_hash is a libsodium Argon2id string, "$argon2id$v=19$m=65536,t=3,p=1$salt$hash":
-- the cost parameters travel with the hash, so raising them later re-hashes each password on
-- its next successful login. Synced like the rest of the team's settings.
CREATE TABLE user_account (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT NOT NULL UNIQUE,
    name                TEXT NOT NULL UNIQUE COLLATE NOCASE,
    member_id           INTEGER REFERENCES member (id),
    password_hash       TEXT NOT NULL,
    must_change         INTEGER NOT NULL DEFAULT 1 CHECK (must_change IN (0, 1)),
    active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    password_changed_at TEXT,                  -- UTC ISO-8601
    created_at          TEXT NOT NULL,
    hlc                 INTEGER NOT NULL,
    device_id           TEXT NOT NULL,
    deleted             INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX user_account_member ON user_account (member_id) WHERE member_id IS NOT NULL AND deleted = 0;

-- Failed logins and lockouts are facts of this laptop (a lockout here says nothing about
-- another copy): not synced.
CREATE TABLE login_state (
    user_id         INTEGER PRIMARY KEY REFERENCES user_account (id),
    failed_count    INTEGER NOT NULL DEFAULT 0,
    last_failed_at  TEXT,                      -- UTC ISO-8601
    locked_until    TEXT,                      -- UTC ISO-8601
    last_login_at   TEXT
);

-- What each role may do per area. Row-level limits (a rep's own customers, a manager's team)
-- come from the access scope; this matrix says which kinds of action a role may take at all.
CREATE TABLE role_permission (
    id        INTEGER PRIMARY KEY,
    uuid      TEXT NOT NULL UNIQUE,
    role      TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'rep', 'support')),
    area      TEXT NOT NULL CHECK (area IN ('customers', 'orders', 'money', 'performance', 'settings', 'users')),
    action    TEXT NOT NULL CHECK (action IN ('view', 'edit', 'delete', 'export')),
    allowed   INTEGER NOT NULL CHECK (allowed IN (0, 1)),
    hlc       INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    deleted   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (role, area, action)
);
-- The default matrix (README, "Users and roles"). The uuids are fixed so that databases created
-- apart agree on the rows.
INSERT INTO role_permission (uuid, role, area, action, allowed, hlc, device_id)
SELECT printf('7e5c0d1a-0005-4000-8000-%012d', r.n * 100 + a.n * 10 + x.n), r.role, a.area, x.action,
       EXISTS (SELECT 1 FROM (
                   SELECT 'admin' AS role, 'customers' AS area, ',view,edit,delete,export,' AS actions
                   UNION ALL SELECT 'admin', 'orders', ',view,edit,delete,export,'
                   UNION ALL SELECT 'admin', 'money', ',view,edit,delete,export,'
                   UNION ALL SELECT 'admin', 'performance', ',view,edit,delete,export,'
                   UNION ALL SELECT 'admin', 'settings', ',view,edit,delete,export,'
                   UNION ALL SELECT 'admin', 'users', ',view,edit,delete,export,'
                   UNION ALL SELECT 'manager', 'customers', ',view,edit,delete,export,'
                   UNION ALL SELECT 'manager', 'orders', ',view,edit,delete,export,'
                   UNION ALL SELECT 'manager', 'money', ',view,edit,export,'
                   UNION ALL SELECT 'manager', 'performance', ',view,edit,export,'
                   UNION ALL SELECT 'manager', 'settings', ',view,'
                   UNION ALL SELECT 'manager', 'users', ',view,'
                   UNION ALL SELECT 'rep', 'customers', ',view,edit,delete,'
                   UNION ALL SELECT 'rep', 'orders', ',view,edit,'
                   UNION ALL SELECT 'rep', 'money', ',view,'
                   UNION ALL SELECT 'rep', 'performance', ',view,export,'
                   UNION ALL SELECT 'support', 'customers', ',view,edit,'
                   UNION ALL SELECT 'support', 'orders', ',view,'
                   UNION ALL SELECT 'support', 'money', ',view,'
                   UNION ALL SELECT 'support', 'performance', ',view,'
                   UNION ALL SELECT 'support', 'settings', ',view,'
               ) g WHERE g.role = r.role AND g.area = a.area AND instr(g.actions, ',' || x.action || ',') > 0),
       0, 'schema'
FROM (SELECT 1 AS n, 'admin' AS role UNION ALL SELECT 2, 'manager' UNION ALL SELECT 3, 'rep'
      UNION ALL SELECT 4, 'support') r,
     (SELECT 1 AS n, 'customers' AS area UNION ALL SELECT 2, 'orders' UNION ALL SELECT 3, 'money'
      UNION ALL SELECT 4, 'performance' UNION ALL SELECT 5, 'settings' UNION ALL SELECT 6, 'users') a,
     (SELECT 1 AS n, 'view' AS action UNION ALL SELECT 2, 'edit' UNION ALL SELECT 3, 'delete'
      UNION ALL SELECT 4, 'export') x;

-- Sensitive actions, append-only: the triggers refuse every UPDATE and DELETE, so no code path
-- of the application can edit or trim it. Each row carries the SHA-256 of its content and the
-- previous row's hash, so a row removed or changed by other means (the sqlcipher shell) breaks
-- the chain that AuditLog::verify() checks. Entries name records by id and code, never by a
-- person's name, so that erasing a customer leaves nothing personal here. Local to this laptop.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,                   -- UTC ISO-8601 with milliseconds
    user_name TEXT NOT NULL DEFAULT '',        -- the login; '' in single-user mode
    member_id INTEGER,
    action    TEXT NOT NULL,                   -- login, login_failed, export, delete, …
    target    TEXT NOT NULL DEFAULT '',        -- what: customer:12, report:sales, batch:3
    rows      INTEGER,                         -- how many rows (exports, imports)
    location  TEXT NOT NULL DEFAULT '',        -- where: a file, a device
    detail    TEXT NOT NULL DEFAULT '',
    outcome   TEXT NOT NULL DEFAULT 'ok' CHECK (outcome IN ('ok', 'denied', 'failed')),
    device_id TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_action ON audit_log (action, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
-- INSERT OR REPLACE deletes the row it replaces without firing delete triggers.
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN NEW.id IN (SELECT id FROM audit_log)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Marketing consent: consent, consent_date and consent_method exist since schema 2; a
-- withdrawal keeps them and says when. erased_at marks a customer erased on request (a
-- tombstone whose personal fields are gone; sync carries it like any tombstone).
ALTER TABLE customer ADD COLUMN consent_withdrawn_at TEXT;
ALTER TABLE customer ADD COLUMN erased_at TEXT;
