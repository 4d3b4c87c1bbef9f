-- Frontline: rollups for the two dashboard trends that 0004 left to the base tables — the open
-- and weighted pipeline at month ends, and the retention rate of months and quarters. Derived
-- data like the other rollup_* tables: local, never synced, rebuilt by Rollups::rebuild and kept
-- current through rollup_dirty by the triggers below and those of 0004.

-- The pipeline at each month end, as changes: the pipeline of an opportunity owner (member_id)
-- for customers of one owner (owner_id, 0: none; the access scope) at the end of month M is the
-- sum of the rows of that member and owner with month <= M. Each opportunity contributes from
-- the month end after its creation to the month end after its last stage change; its stage at a
-- month end is the last change before the next day began (local time), its current stage when
-- it has no history. open_count counts open opportunities, open_fen their amounts, weighted_fen
-- amount × probability / 100, each opportunity rounded half up (the stage's probability when
-- the opportunity has moved on since; its own in its current stage).
CREATE TABLE rollup_pipeline (
    member_id    INTEGER NOT NULL,
    owner_id     INTEGER NOT NULL,
    month        TEXT NOT NULL,             -- YYYY-MM
    open_count   INTEGER NOT NULL,
    open_fen     INTEGER NOT NULL,
    weighted_fen INTEGER NOT NULL,
    PRIMARY KEY (member_id, owner_id, month)
) WITHOUT ROWID;
CREATE INDEX rollup_pipeline_month ON rollup_pipeline (month);

-- Retention of a month (grain 'm') or a calendar quarter (grain 'q') starting with period
-- (YYYY-MM), per customer owner (a customer has one owner, so owners add up): buyers, the
-- customers who bought in the period before, and retained, those of them who bought again in
-- this one. Read from rollup_customer_month; only periods whose previous period had buyers.
CREATE TABLE rollup_retention (
    grain    TEXT NOT NULL CHECK (grain IN ('m', 'q')),
    period   TEXT NOT NULL,
    owner_id INTEGER NOT NULL,
    buyers   INTEGER NOT NULL,
    retained INTEGER NOT NULL,
    PRIMARY KEY (grain, period, owner_id)
) WITHOUT ROWID;

-- Pipeline keys: what 'p', month '', member_id the opportunity's owner (its whole history is
-- derived again). Retention follows the sales keys ('s') of 0004.
CREATE TRIGGER rollup_opportunity_insert AFTER INSERT ON opportunity BEGIN
    INSERT OR IGNORE INTO rollup_dirty VALUES ('p', '', NEW.owner_id);
END;
CREATE TRIGGER rollup_opportunity_update AFTER UPDATE ON opportunity
WHEN OLD.owner_id IS NOT NEW.owner_id OR OLD.customer_id IS NOT NEW.customer_id
     OR OLD.amount_fen IS NOT NEW.amount_fen OR OLD.stage_id IS NOT NEW.stage_id
     OR OLD.probability IS NOT NEW.probability OR OLD.created_at IS NOT NEW.created_at
     OR OLD.deleted IS NOT NEW.deleted
BEGIN
    INSERT OR IGNORE INTO rollup_dirty VALUES ('p', '', OLD.owner_id);
    INSERT OR IGNORE INTO rollup_dirty VALUES ('p', '', NEW.owner_id);
END;
CREATE TRIGGER rollup_opportunity_delete AFTER DELETE ON opportunity BEGIN
    INSERT OR IGNORE INTO rollup_dirty VALUES ('p', '', OLD.owner_id);
END;
CREATE TRIGGER rollup_stage_change_insert AFTER INSERT ON opportunity_stage_change BEGIN
    INSERT OR IGNORE INTO rollup_dirty SELECT 'p', '', owner_id FROM opportunity WHERE id = NEW.opportunity_id;
END;
CREATE TRIGGER rollup_stage_change_update AFTER UPDATE ON opportunity_stage_change BEGIN
    INSERT OR IGNORE INTO rollup_dirty
        SELECT 'p', '', owner_id FROM opportunity WHERE id IN (OLD.opportunity_id, NEW.opportunity_id);
END;
CREATE TRIGGER rollup_stage_change_delete AFTER DELETE ON opportunity_stage_change BEGIN
    INSERT OR IGNORE INTO rollup_dirty SELECT 'p', '', owner_id FROM opportunity WHERE id = OLD.opportunity_id;
END;
-- The customer's owner is the access scope's column; a deleted customer's opportunities leave.
CREATE TRIGGER rollup_customer_pipeline AFTER UPDATE OF owner_id, deleted ON customer
WHEN OLD.owner_id IS NOT NEW.owner_id OR OLD.deleted IS NOT NEW.deleted
BEGIN
    INSERT OR IGNORE INTO rollup_dirty SELECT 'p', '', owner_id FROM opportunity WHERE customer_id = NEW.id;
END;
-- A stage's outcome or probability changes every owner's past (a few hundred keys at most).
CREATE TRIGGER rollup_stage_insert AFTER INSERT ON pipeline_stage BEGIN
    INSERT OR IGNORE INTO rollup_dirty SELECT DISTINCT 'p', '', owner_id FROM opportunity;
END;
CREATE TRIGGER rollup_stage_update AFTER UPDATE OF outcome, probability ON pipeline_stage
WHEN OLD.outcome IS NOT NEW.outcome OR OLD.probability IS NOT NEW.probability
BEGIN
    INSERT OR IGNORE INTO rollup_dirty SELECT DISTINCT 'p', '', owner_id FROM opportunity;
END;
CREATE TRIGGER rollup_stage_delete AFTER DELETE ON pipeline_stage BEGIN
    INSERT OR IGNORE INTO rollup_dirty SELECT DISTINCT 'p', '', owner_id FROM opportunity;
END;

-- A database that already holds data gets both new rollups on the next refresh: a full build
-- (retention is derived from every month of rollup_customer_month then).
INSERT INTO rollup_dirty SELECT '*', '', 0 WHERE EXISTS (SELECT 1 FROM sales_order)
    OR EXISTS (SELECT 1 FROM opportunity);
