-- Frontline schema: comments on tasks (issue #6, tasks).
--
-- Who wrote what on a task, and when. Comments travel between laptops like the task they belong
-- to (uuid, hlc, device_id, deleted as in 0002_crm.sql) and have their field-clock trigger like
-- 0009_sync.sql. A comment is never edited, only tombstoned.

CREATE TABLE task_comment (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    task_id    INTEGER NOT NULL REFERENCES task (id),
    author_id  INTEGER REFERENCES member (id), -- NULL: the administrator
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL,                  -- UTC ISO-8601
    hlc        INTEGER NOT NULL,
    device_id  TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX task_comment_task ON task_comment (task_id, created_at);

CREATE TRIGGER sync_clock_task_comment AFTER UPDATE ON task_comment
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('task_comment', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'task_comment', NEW.uuid, 'task_id', NEW.hlc, NEW.device_id WHERE NEW.task_id IS NOT OLD.task_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'task_comment', NEW.uuid, 'author_id', NEW.hlc, NEW.device_id WHERE NEW.author_id IS NOT OLD.author_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'task_comment', NEW.uuid, 'body', NEW.hlc, NEW.device_id WHERE NEW.body IS NOT OLD.body;
    INSERT OR REPLACE INTO sync_clock SELECT 'task_comment', NEW.uuid, 'created_at', NEW.hlc, NEW.device_id WHERE NEW.created_at IS NOT OLD.created_at;
    INSERT OR REPLACE INTO sync_clock SELECT 'task_comment', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;
