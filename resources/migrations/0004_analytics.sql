-- Frontline schema 4: analytics. Rollups that keep the dashboard's cost independent of the
-- number of order lines, the queue that keeps them current, and targets.
--
-- The rollup_* tables are derived data, local to this file like meta: they are never synced and
-- can be rebuilt from the CRM tables at any time (Rollups::rebuild, frontline-cli report
-- rebuild). Triggers below queue every change that affects them — whoever writes (repositories,
-- the importer and its undo, the demo generator, sync) — as (month, member) keys in
-- rollup_dirty; Rollups::refresh() recomputes exactly those keys from the base tables. No
-- UPSERT, window functions or JSON1: plain SQLite 3.15.
--
-- What counts (the same rule as OrderRepository::totalFen): orders that are not deleted, not
-- cancelled, of a customer that is not deleted; an order's revenue is the sum of its live lines.
-- Customer attributes (owner, region, grade, status) are their current values.

-- Sales per period × rep × customer owner, once in total (dim '') and once per value of one
-- dimension (dim = channel, region, grade, status, product, category; key = its value, the
-- product's id as text). grain 'd': period YYYY-MM-DD, totals only; grain 'm': period YYYY-MM,
-- every dimension. orders with a product or category: the orders that contain it.
CREATE TABLE rollup_sales (
    grain       TEXT NOT NULL CHECK (grain IN ('d', 'm')),
    dim         TEXT NOT NULL,
    period      TEXT NOT NULL,
    key         TEXT NOT NULL,
    member_id   INTEGER NOT NULL,           -- the order's rep
    owner_id    INTEGER NOT NULL,           -- the customer's owner (0: none); the access scope
    revenue_fen INTEGER NOT NULL,
    orders      INTEGER NOT NULL,
    quantity    INTEGER NOT NULL,
    PRIMARY KEY (grain, dim, period, key, member_id, owner_id)
) WITHOUT ROWID;
CREATE INDEX rollup_sales_member ON rollup_sales (member_id, period);

-- Which customers bought in which month from which rep: active customers, retention and repeat
-- purchases without reading the orders.
CREATE TABLE rollup_customer_month (
    month       TEXT NOT NULL,              -- YYYY-MM
    customer_id INTEGER NOT NULL,
    member_id   INTEGER NOT NULL,
    owner_id    INTEGER NOT NULL,
    first_day   TEXT NOT NULL,              -- the first order day in that month
    orders      INTEGER NOT NULL,
    revenue_fen INTEGER NOT NULL,
    PRIMARY KEY (month, customer_id, member_id)
) WITHOUT ROWID;
CREATE INDEX rollup_customer_month_customer ON rollup_customer_month (customer_id, month);
CREATE INDEX rollup_customer_month_member ON rollup_customer_month (member_id, month);

-- Each buying customer's first order: new customers per period.
CREATE TABLE rollup_customer (
    customer_id     INTEGER PRIMARY KEY,
    owner_id        INTEGER NOT NULL,
    first_day       TEXT NOT NULL,
    first_member_id INTEGER NOT NULL        -- the rep of that first order
);
CREATE INDEX rollup_customer_first ON rollup_customer (first_day);

-- Activities per period × rep × customer owner × kind, with satisfaction sums and counts
-- (only activities that have a satisfaction score count in satisfaction_count). The day is
-- the local date of occurred_at.
CREATE TABLE rollup_activity (
    grain              TEXT NOT NULL CHECK (grain IN ('d', 'm')),
    period             TEXT NOT NULL,
    kind               TEXT NOT NULL,
    member_id          INTEGER NOT NULL,
    owner_id           INTEGER NOT NULL,
    activities         INTEGER NOT NULL,
    satisfaction_sum   INTEGER NOT NULL,
    satisfaction_count INTEGER NOT NULL,
    PRIMARY KEY (grain, period, kind, member_id, owner_id)
) WITHOUT ROWID;
CREATE INDEX rollup_activity_member ON rollup_activity (member_id, period);

-- Keys whose rollups are out of date: what 's' (sales) or 'a' (activities) for a month and a
-- rep; what '*' means "rebuild everything" (a product changed category).
CREATE TABLE rollup_dirty (
    what      TEXT NOT NULL,
    month     TEXT NOT NULL,
    member_id INTEGER NOT NULL,
    PRIMARY KEY (what, month, member_id)
) WITHOUT ROWID;

CREATE TRIGGER rollup_order_insert AFTER INSERT ON sales_order BEGIN
    INSERT OR IGNORE INTO rollup_dirty VALUES ('s', substr(NEW.order_date, 1, 7), NEW.member_id);
END;
CREATE TRIGGER rollup_order_update AFTER UPDATE ON sales_order BEGIN
    INSERT OR IGNORE INTO rollup_dirty VALUES ('s', substr(OLD.order_date, 1, 7), OLD.member_id);
    INSERT OR IGNORE INTO rollup_dirty VALUES ('s', substr(NEW.order_date, 1, 7), NEW.member_id);
END;
CREATE TRIGGER rollup_order_delete AFTER DELETE ON sales_order BEGIN
    INSERT OR IGNORE INTO rollup_dirty VALUES ('s', substr(OLD.order_date, 1, 7), OLD.member_id);
END;
CREATE TRIGGER rollup_line_insert AFTER INSERT ON order_line BEGIN
    INSERT OR IGNORE INTO rollup_dirty
        SELECT 's', substr(order_date, 1, 7), member_id FROM sales_order WHERE id = NEW.order_id;
END;
CREATE TRIGGER rollup_line_update AFTER UPDATE ON order_line BEGIN
    INSERT OR IGNORE INTO rollup_dirty
        SELECT 's', substr(order_date, 1, 7), member_id FROM sales_order WHERE id IN (OLD.order_id, NEW.order_id);
END;
CREATE TRIGGER rollup_line_delete AFTER DELETE ON order_line BEGIN
    INSERT OR IGNORE INTO rollup_dirty
        SELECT 's', substr(order_date, 1, 7), member_id FROM sales_order WHERE id = OLD.order_id;
END;

CREATE TRIGGER rollup_activity_insert AFTER INSERT ON activity BEGIN
    INSERT OR IGNORE INTO rollup_dirty
        VALUES ('a', strftime('%Y-%m', NEW.occurred_at, 'localtime'), NEW.member_id);
END;
CREATE TRIGGER rollup_activity_update AFTER UPDATE ON activity BEGIN
    INSERT OR IGNORE INTO rollup_dirty
        VALUES ('a', strftime('%Y-%m', OLD.occurred_at, 'localtime'), OLD.member_id);
    INSERT OR IGNORE INTO rollup_dirty
        VALUES ('a', strftime('%Y-%m', NEW.occurred_at, 'localtime'), NEW.member_id);
END;
CREATE TRIGGER rollup_activity_delete AFTER DELETE ON activity BEGIN
    INSERT OR IGNORE INTO rollup_dirty
        VALUES ('a', strftime('%Y-%m', OLD.occurred_at, 'localtime'), OLD.member_id);
END;

-- A customer's owner, region, grade, status or tombstone moves its orders and activities to
-- other rollup rows. The WHEN keeps edits of names and phones (and bulk merges) cheap.
CREATE TRIGGER rollup_customer_update AFTER UPDATE OF owner_id, region, grade, status, deleted ON customer
WHEN OLD.owner_id IS NOT NEW.owner_id OR OLD.region IS NOT NEW.region OR OLD.grade IS NOT NEW.grade
     OR OLD.status IS NOT NEW.status OR OLD.deleted IS NOT NEW.deleted
BEGIN
    INSERT OR IGNORE INTO rollup_dirty
        SELECT 's', substr(order_date, 1, 7), member_id FROM sales_order WHERE customer_id = NEW.id;
    INSERT OR IGNORE INTO rollup_dirty
        SELECT 'a', strftime('%Y-%m', occurred_at, 'localtime'), member_id FROM activity WHERE customer_id = NEW.id;
END;

CREATE TRIGGER rollup_product_update AFTER UPDATE OF category ON product
WHEN OLD.category IS NOT NEW.category
BEGIN
    INSERT OR IGNORE INTO rollup_dirty VALUES ('*', '', 0);
END;

-- Targets per member or team, per month, quarter or year, for a metric of the engine (revenue
-- in fen; counts otherwise). The performance issue owns editing and splitting them; analytics
-- reads them. Synced like every team record.
CREATE TABLE target (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    member_id    INTEGER REFERENCES member (id),
    team_id      INTEGER REFERENCES team (id),
    metric       TEXT NOT NULL,               -- revenue, orders, new_customers, visits, …
    period_kind  TEXT NOT NULL CHECK (period_kind IN ('month', 'quarter', 'year')),
    period_start TEXT NOT NULL,               -- YYYY-MM-DD, the first day of the period
    value        INTEGER NOT NULL,
    hlc          INTEGER NOT NULL,
    device_id    TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK ((member_id IS NULL) <> (team_id IS NULL))
);
CREATE INDEX target_period ON target (metric, period_kind, period_start);
CREATE INDEX target_member ON target (member_id);
CREATE INDEX target_team ON target (team_id);

-- A database that already holds orders and activities gets its rollups on the first refresh.
INSERT INTO rollup_dirty VALUES ('*', '', 0);
