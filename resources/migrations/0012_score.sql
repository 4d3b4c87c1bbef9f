-- Frontline schema: a scorecard per role or career position, and plan reviews written on an
-- evaluation (issue #6 review).
--
-- A member's KPI set is their role's card; a card may also be written for a position on the
-- career ladder of the development plans (senior_rep, team_lead), which then applies to the
-- members whose plan puts them there. NULL: the card of the role itself. Scorecards do not
-- travel between laptops (they are not in the sync tables), so no clock is needed here.

ALTER TABLE scorecard ADD COLUMN position TEXT;

-- Development plans are reviewed in evaluations: a review may be written on one evaluation
-- version, named by its uuid and version number (NULL: a review of the period not tied to one).
-- Evaluations stay on the laptop that ran them; the uuid still names the version wherever the
-- review travels, and the version number reads without it.
ALTER TABLE plan_review ADD COLUMN evaluation_uuid TEXT;
ALTER TABLE plan_review ADD COLUMN evaluation_version INTEGER;

DROP TRIGGER sync_clock_plan_review;
CREATE TRIGGER sync_clock_plan_review AFTER UPDATE ON plan_review
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('plan_review', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_review', NEW.uuid, 'plan_id', NEW.hlc, NEW.device_id WHERE NEW.plan_id IS NOT OLD.plan_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_review', NEW.uuid, 'reviewer_id', NEW.hlc, NEW.device_id WHERE NEW.reviewer_id IS NOT OLD.reviewer_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_review', NEW.uuid, 'period', NEW.hlc, NEW.device_id WHERE NEW.period IS NOT OLD.period;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_review', NEW.uuid, 'comment', NEW.hlc, NEW.device_id WHERE NEW.comment IS NOT OLD.comment;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_review', NEW.uuid, 'reviewed_on', NEW.hlc, NEW.device_id WHERE NEW.reviewed_on IS NOT OLD.reviewed_on;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_review', NEW.uuid, 'evaluation_uuid', NEW.hlc, NEW.device_id WHERE NEW.evaluation_uuid IS NOT OLD.evaluation_uuid;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_review', NEW.uuid, 'evaluation_version', NEW.hlc, NEW.device_id WHERE NEW.evaluation_version IS NOT OLD.evaluation_version;
    INSERT OR REPLACE INTO sync_clock SELECT 'plan_review', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;
