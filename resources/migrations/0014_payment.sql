-- Frontline schema: collected payments (回款, issue #6).
--
-- Money received from a customer: on a day, an amount in fen (negative for a refund), by a
-- method, credited to a rep (the order's rep, else the customer's owner), optionally against
-- one order. Collected payments are a measure of the metrics engine (targets, rankings,
-- scorecards) and what an order still has outstanding. A payment travels between laptops like
-- the order it belongs to (uuid, hlc, device_id, deleted as in 0002_crm.sql) and has its
-- field-clock trigger like 0009_sync.sql.
--
-- The receipt number is not UNIQUE in SQL: two laptops may each record "R-001" offline, and a
-- sync must never fail on a constraint; the repository refuses a number already in use.

CREATE TABLE payment (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    payment_no  TEXT,                          -- the receipt or bank slip number, if any
    paid_on     TEXT NOT NULL,                 -- YYYY-MM-DD (local)
    customer_id INTEGER NOT NULL REFERENCES customer (id),
    order_id    INTEGER REFERENCES sales_order (id),
    member_id   INTEGER NOT NULL REFERENCES member (id),
    amount_fen  INTEGER NOT NULL CHECK (amount_fen <> 0),
    method      TEXT NOT NULL DEFAULT 'transfer'
                CHECK (method IN ('transfer', 'cash', 'wechat', 'alipay', 'card', 'cheque', 'draft', 'other')),
    notes       TEXT,
    created_at  TEXT NOT NULL,                 -- UTC ISO-8601
    hlc         INTEGER NOT NULL,
    device_id   TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX payment_customer ON payment (customer_id, paid_on);
CREATE INDEX payment_member ON payment (member_id, paid_on);
CREATE INDEX payment_date ON payment (paid_on);
CREATE INDEX payment_order ON payment (order_id);
CREATE INDEX payment_no ON payment (payment_no);

CREATE TRIGGER sync_clock_payment AFTER UPDATE ON payment
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('payment', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'payment', NEW.uuid, 'payment_no', NEW.hlc, NEW.device_id WHERE NEW.payment_no IS NOT OLD.payment_no;
    INSERT OR REPLACE INTO sync_clock SELECT 'payment', NEW.uuid, 'paid_on', NEW.hlc, NEW.device_id WHERE NEW.paid_on IS NOT OLD.paid_on;
    INSERT OR REPLACE INTO sync_clock SELECT 'payment', NEW.uuid, 'customer_id', NEW.hlc, NEW.device_id WHERE NEW.customer_id IS NOT OLD.customer_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'payment', NEW.uuid, 'order_id', NEW.hlc, NEW.device_id WHERE NEW.order_id IS NOT OLD.order_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'payment', NEW.uuid, 'member_id', NEW.hlc, NEW.device_id WHERE NEW.member_id IS NOT OLD.member_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'payment', NEW.uuid, 'amount_fen', NEW.hlc, NEW.device_id WHERE NEW.amount_fen IS NOT OLD.amount_fen;
    INSERT OR REPLACE INTO sync_clock SELECT 'payment', NEW.uuid, 'method', NEW.hlc, NEW.device_id WHERE NEW.method IS NOT OLD.method;
    INSERT OR REPLACE INTO sync_clock SELECT 'payment', NEW.uuid, 'notes', NEW.hlc, NEW.device_id WHERE NEW.notes IS NOT OLD.notes;
    INSERT OR REPLACE INTO sync_clock SELECT 'payment', NEW.uuid, 'created_at', NEW.hlc, NEW.device_id WHERE NEW.created_at IS NOT OLD.created_at;
    INSERT OR REPLACE INTO sync_clock SELECT 'payment', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;
