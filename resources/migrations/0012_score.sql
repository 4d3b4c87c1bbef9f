-- Frontline schema: a scorecard per role or career position (issue #6 review).
--
-- A member's KPI set is their role's card; a card may also be written for a position on the
-- career ladder of the development plans (senior_rep, team_lead), which then applies to the
-- members whose plan puts them there. NULL: the card of the role itself. Scorecards do not
-- travel between laptops (they are not in the sync tables), so no clock is needed here.

ALTER TABLE scorecard ADD COLUMN position TEXT;
