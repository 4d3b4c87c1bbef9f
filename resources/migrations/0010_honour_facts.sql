-- Frontline schema: the facts the honour rules read, frozen with each evaluation line (issue #6).
--
-- Honours are awarded when an evaluation is published, which may be days after it was run: the
-- rules must read the numbers the evaluation froze, not the orders and visits as they are at
-- publishing. Running an evaluation now also freezes, per member, what the rules need beyond
-- the scorecard's indicators. NULL: a line frozen before these columns existed.

ALTER TABLE evaluation_line ADD COLUMN visits INTEGER;              -- visits in the period
ALTER TABLE evaluation_line ADD COLUMN new_customers INTEGER;       -- new customers in the period
ALTER TABLE evaluation_line ADD COLUMN revenue_target INTEGER;      -- fen; NULL: no revenue target
ALTER TABLE evaluation_line ADD COLUMN target_reached_on TEXT;      -- the day running revenue met it
ALTER TABLE evaluation_line ADD COLUMN target_streak INTEGER;       -- months on revenue target up to this one
