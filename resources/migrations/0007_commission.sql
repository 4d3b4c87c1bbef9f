-- Frontline schema: commissions. Commission plans with their rate tables and category rates,
-- and one-off bonuses and deductions. Every table is sync-ready (uuid, hlc, device_id, deleted);
-- references use local ids, translated through uuids by sync. Plain SQLite 3.15.
--
-- Rates and attainment levels are integer basis points (1 bp = 0.01%: 300 = 3%, 10000 = 100%
-- of the target); money is integer fen. A plan is never edited in place: a change is a new plan
-- valid from a later period, so an old statement is computed again with the plan it had.

-- A plan is for a role (every member with that role) or for one member (which wins over the
-- role's plan), valid from valid_from to valid_to (open-ended when NULL), in force for the
-- statement periods whose first day falls in that range.
CREATE TABLE commission_plan (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    role       TEXT CHECK (role IS NULL OR role IN ('admin', 'manager', 'rep', 'support')),
    member_id  INTEGER REFERENCES member (id),
    valid_from TEXT NOT NULL,                 -- YYYY-MM-DD
    valid_to   TEXT,                          -- YYYY-MM-DD, inclusive; NULL: open-ended
    mode       TEXT NOT NULL CHECK (mode IN ('tier', 'marginal')),
    cap_fen    INTEGER CHECK (cap_fen IS NULL OR cap_fen >= 0), -- the most commission paid; NULL: no cap
    floor_bp   INTEGER NOT NULL DEFAULT 0 CHECK (floor_bp >= 0), -- below this attainment nothing is paid
    notes      TEXT,
    created_at TEXT NOT NULL,                 -- UTC ISO-8601
    hlc        INTEGER NOT NULL,
    device_id  TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK ((role IS NULL) <> (member_id IS NULL))
);
CREATE INDEX commission_plan_member ON commission_plan (member_id, valid_from);
CREATE INDEX commission_plan_role ON commission_plan (role, valid_from);

-- The rate table: from this attainment level up (to the next level), this rate. Levels at or
-- above 10000 (100%) are the accelerators.
CREATE TABLE commission_tier (
    id        INTEGER PRIMARY KEY,
    uuid      TEXT NOT NULL UNIQUE,
    plan_id   INTEGER NOT NULL REFERENCES commission_plan (id),
    from_bp   INTEGER NOT NULL CHECK (from_bp >= 0),
    rate_bp   INTEGER NOT NULL CHECK (rate_bp >= 0),
    hlc       INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    deleted   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX commission_tier_plan ON commission_tier (plan_id, from_bp);

-- Revenue in a product category with its own rate is paid at that flat rate instead of the
-- rate table (it still counts towards attainment).
CREATE TABLE commission_category_rate (
    id        INTEGER PRIMARY KEY,
    uuid      TEXT NOT NULL UNIQUE,
    plan_id   INTEGER NOT NULL REFERENCES commission_plan (id),
    category  TEXT NOT NULL,
    rate_bp   INTEGER NOT NULL CHECK (rate_bp >= 0),
    hlc       INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    deleted   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX commission_category_rate_plan ON commission_category_rate (plan_id);

-- One-off bonuses (positive) and deductions (negative) for a member's statement of a period,
-- with the reason, who made it and when. Not edited: a mistake is undone by a reversing entry.
CREATE TABLE commission_adjustment (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    member_id    INTEGER NOT NULL REFERENCES member (id),
    period_kind  TEXT NOT NULL CHECK (period_kind IN ('month', 'quarter', 'year')),
    period_start TEXT NOT NULL,               -- YYYY-MM-DD, the first day of the period
    amount_fen   INTEGER NOT NULL CHECK (amount_fen <> 0),
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    created_by   INTEGER REFERENCES member (id), -- NULL: the database owner (administrator)
    created_at   TEXT NOT NULL,               -- UTC ISO-8601
    hlc          INTEGER NOT NULL,
    device_id    TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX commission_adjustment_member ON commission_adjustment (member_id, period_start);
