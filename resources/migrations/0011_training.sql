-- Frontline schema: training and development (issue #6, the Team page).
--
-- Training sessions with their attendance and assessment scores, and each member's personal
-- development plan: the career path (current and target position), goals, skills with their
-- current and target level, milestones with due dates, and the reviews a manager records in an
-- evaluation period. Every table travels between laptops like 0002_crm.sql (uuid, hlc,
-- device_id, deleted) and has its field-clock trigger like 0009_sync.sql. A rep's package
-- carries their own plan and the sessions they are on the list of, with their attendance.
-- No UNIQUE constraints beyond uuid: two laptops may each add a row that sync then merges,
-- so "one plan per member" and "one attendance per member and session" are kept by the code.

CREATE TABLE training_session (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    topic        TEXT NOT NULL DEFAULT 'other'
                 CHECK (topic IN ('product_knowledge', 'sales_skills', 'customer_communication', 'other')),
    title        TEXT NOT NULL,
    held_on      TEXT NOT NULL,               -- YYYY-MM-DD
    trainer      TEXT NOT NULL DEFAULT '',
    duration_min INTEGER NOT NULL DEFAULT 0 CHECK (duration_min >= 0),
    notes        TEXT NOT NULL DEFAULT '',
    created_by   INTEGER REFERENCES member (id), -- who organised it (NULL: the administrator)
    hlc          INTEGER NOT NULL,
    device_id    TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX training_session_held ON training_session (held_on);

-- Who was invited to a session, whether they came, and their assessment score (0–100).
CREATE TABLE training_attendance (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    session_id INTEGER NOT NULL REFERENCES training_session (id),
    member_id  INTEGER NOT NULL REFERENCES member (id),
    attended   INTEGER NOT NULL DEFAULT 0 CHECK (attended IN (0, 1)),
    score      INTEGER CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
    hlc        INTEGER NOT NULL,
    device_id  TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX training_attendance_session ON training_attendance (session_id);
CREATE INDEX training_attendance_member ON training_attendance (member_id);

-- A member's personal development plan; positions are the career ladder's keys
-- (rep, senior_rep, team_lead, manager).
CREATE TABLE development_plan (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    member_id        INTEGER NOT NULL REFERENCES member (id),
    current_position TEXT NOT NULL DEFAULT 'rep',
    target_position  TEXT NOT NULL DEFAULT 'senior_rep',
    status           TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'on_hold', 'completed')),
    notes            TEXT NOT NULL DEFAULT '',
    hlc              INTEGER NOT NULL,
    device_id        TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX development_plan_member ON development_plan (member_id);

CREATE TABLE plan_goal (
    id        INTEGER PRIMARY KEY,
    uuid      TEXT NOT NULL UNIQUE,
    plan_id   INTEGER NOT NULL REFERENCES development_plan (id),
    position  INTEGER NOT NULL DEFAULT 0,
    text      TEXT NOT NULL,
    achieved  INTEGER NOT NULL DEFAULT 0 CHECK (achieved IN (0, 1)),
    hlc       INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    deleted   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX plan_goal_plan ON plan_goal (plan_id);

-- Levels 1 (novice) to 5 (expert).
CREATE TABLE plan_skill (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    plan_id       INTEGER NOT NULL REFERENCES development_plan (id),
    name          TEXT NOT NULL,
    current_level INTEGER NOT NULL DEFAULT 1 CHECK (current_level BETWEEN 1 AND 5),
    target_level  INTEGER NOT NULL DEFAULT 3 CHECK (target_level BETWEEN 1 AND 5),
    hlc           INTEGER NOT NULL,
    device_id     TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX plan_skill_plan ON plan_skill (plan_id);

CREATE TABLE plan_milestone (
    id        INTEGER PRIMARY KEY,
    uuid      TEXT NOT NULL UNIQUE,
    plan_id   INTEGER NOT NULL REFERENCES development_plan (id),
    title     TEXT NOT NULL,
    due_date  TEXT NOT NULL,                  -- YYYY-MM-DD
    status    TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'missed')),
    hlc       INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    deleted   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX plan_milestone_plan ON plan_milestone (plan_id, due_date);

-- A manager's review of the plan in an evaluation period (2025-03, 2025-Q1, 2025).
CREATE TABLE plan_review (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    plan_id     INTEGER NOT NULL REFERENCES development_plan (id),
    reviewer_id INTEGER REFERENCES member (id), -- NULL: the administrator
    period      TEXT NOT NULL,
    comment     TEXT NOT NULL,
    reviewed_on TEXT NOT NULL,                -- YYYY-MM-DD
    hlc         INTEGER NOT NULL,
    device_id   TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX plan_review_plan ON plan_review (plan_id);

-- The clock of every field an update changes (see 0009_sync.sql).
CREATE TRIGGER sync_clock_training_session AFTER UPDATE ON training_session
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('training_session', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'training_session', NEW.uuid, 'topic', NEW.hlc, NEW.device_id WHERE NEW.topic IS NOT OLD.topic;
    INSERT OR REPLACE INTO sync_clock SELECT 'training_session', NEW.uuid, 'title', NEW.hlc, NEW.device_id WHERE NEW.title IS NOT OLD.title;
    INSERT OR REPLACE INTO sync_clock SELECT 'training_session', NEW.uuid, 'held_on', NEW.hlc, NEW.device_id WHERE NEW.held_on IS NOT OLD.held_on;
    INSERT OR REPLACE INTO sync_clock SELECT 'training_session', NEW.uuid, 'trainer', NEW.hlc, NEW.device_id WHERE NEW.trainer IS NOT OLD.trainer;
    INSERT OR REPLACE INTO sync_clock SELECT 'training_session', NEW.uuid, 'duration_min', NEW.hlc, NEW.device_id WHERE NEW.duration_min IS NOT OLD.duration_min;
    INSERT OR REPLACE INTO sync_clock SELECT 'training_session', NEW.uuid, 'notes', NEW.hlc, NEW.device_id WHERE NEW.notes IS NOT OLD.notes;
    INSERT OR REPLACE INTO sync_clock SELECT 'training_session', NEW.uuid, 'created_by', NEW.hlc, NEW.device_id WHERE NEW.created_by IS NOT OLD.created_by;
    INSERT OR REPLACE INTO sync_clock SELECT 'training_session', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_training_attendance AFTER UPDATE ON training_attendance
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('training_attendance', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'training_attendance', NEW.uuid, 'session_id', NEW.hlc, NEW.device_id WHERE NEW.session_id IS NOT OLD.session_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'training_attendance', NEW.uuid, 'member_id', NEW.hlc, NEW.device_id WHERE NEW.member_id IS NOT OLD.member_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'training_attendance', NEW.uuid, 'attended', NEW.hlc, NEW.device_id WHERE NEW.attended IS NOT OLD.attended;
    INSERT OR REPLACE INTO sync_clock SELECT 'training_attendance', NEW.uuid, 'score', NEW.hlc, NEW.device_id WHERE NEW.score IS NOT OLD.score;
    INSERT OR REPLACE INTO sync_clock SELECT 'training_attendance', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_development_plan AFTER UPDATE ON development_plan
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('development_plan', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'development_plan', NEW.uuid, 'member_id', NEW.hlc, NEW.device_id WHERE NEW.member_id IS NOT OLD.member_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'development_plan', NEW.uuid, 'current_position', NEW.hlc, NEW.device_id WHERE NEW.current_position IS NOT OLD.current_position;
    INSERT OR REPLACE INTO sync_clock SELECT 'development_plan', NEW.uuid, 'target_position', NEW.hlc, NEW.device_id WHERE NEW.target_position IS NOT OLD.target_position;
    INSERT OR REPLACE INTO sync_clock SELECT 'development_plan', NEW.uuid, 'status', NEW.hlc, NEW.device_id WHERE NEW.status IS NOT OLD.status;
    INSERT OR REPLACE INTO sync_clock SELECT 'development_plan', NEW.uuid, 'notes', NEW.hlc, NEW.device_id WHERE NEW.notes IS NOT OLD.notes;
    INSERT OR REPLACE INTO sync_clock SELECT 'development_plan', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_plan_goal AFTER UPDATE ON plan_goal
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('plan_goal', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_goal', NEW.uuid, 'plan_id', NEW.hlc, NEW.device_id WHERE NEW.plan_id IS NOT OLD.plan_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_goal', NEW.uuid, 'position', NEW.hlc, NEW.device_id WHERE NEW.position IS NOT OLD.position;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_goal', NEW.uuid, 'text', NEW.hlc, NEW.device_id WHERE NEW.text IS NOT OLD.text;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_goal', NEW.uuid, 'achieved', NEW.hlc, NEW.device_id WHERE NEW.achieved IS NOT OLD.achieved;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_goal', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_plan_skill AFTER UPDATE ON plan_skill
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('plan_skill', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_skill', NEW.uuid, 'plan_id', NEW.hlc, NEW.device_id WHERE NEW.plan_id IS NOT OLD.plan_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_skill', NEW.uuid, 'name', NEW.hlc, NEW.device_id WHERE NEW.name IS NOT OLD.name;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_skill', NEW.uuid, 'current_level', NEW.hlc, NEW.device_id WHERE NEW.current_level IS NOT OLD.current_level;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_skill', NEW.uuid, 'target_level', NEW.hlc, NEW.device_id WHERE NEW.target_level IS NOT OLD.target_level;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_skill', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_plan_milestone AFTER UPDATE ON plan_milestone
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('plan_milestone', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_milestone', NEW.uuid, 'plan_id', NEW.hlc, NEW.device_id WHERE NEW.plan_id IS NOT OLD.plan_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_milestone', NEW.uuid, 'title', NEW.hlc, NEW.device_id WHERE NEW.title IS NOT OLD.title;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_milestone', NEW.uuid, 'due_date', NEW.hlc, NEW.device_id WHERE NEW.due_date IS NOT OLD.due_date;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_milestone', NEW.uuid, 'status', NEW.hlc, NEW.device_id WHERE NEW.status IS NOT OLD.status;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_milestone', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_plan_review AFTER UPDATE ON plan_review
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('plan_review', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_review', NEW.uuid, 'plan_id', NEW.hlc, NEW.device_id WHERE NEW.plan_id IS NOT OLD.plan_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_review', NEW.uuid, 'reviewer_id', NEW.hlc, NEW.device_id WHERE NEW.reviewer_id IS NOT OLD.reviewer_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_review', NEW.uuid, 'period', NEW.hlc, NEW.device_id WHERE NEW.period IS NOT OLD.period;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_review', NEW.uuid, 'comment', NEW.hlc, NEW.device_id WHERE NEW.comment IS NOT OLD.comment;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_review', NEW.uuid, 'reviewed_on', NEW.hlc, NEW.device_id WHERE NEW.reviewed_on IS NOT OLD.reviewed_on;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_review', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;
