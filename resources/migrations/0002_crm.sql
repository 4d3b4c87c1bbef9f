-- Frontline schema 2: the CRM core — organisation, customers, activities, opportunities,
-- products, orders, tasks. Every table here is sync-ready (see 0001): uuid, hlc, device_id,
-- deleted. References between rows use local ids; sync translates them through uuids.

-- Organisation: company → region → team, as a tree.
CREATE TABLE team (
    id        INTEGER PRIMARY KEY,
    uuid      TEXT NOT NULL UNIQUE,
    parent_id INTEGER REFERENCES team (id),
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL DEFAULT 'team' CHECK (kind IN ('company', 'region', 'team')),
    hlc       INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    deleted   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX team_parent ON team (parent_id);

CREATE TABLE member (
    id        INTEGER PRIMARY KEY,
    uuid      TEXT NOT NULL UNIQUE,
    code      TEXT NOT NULL UNIQUE,          -- short and unique: R0012
    name      TEXT NOT NULL,
    role      TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'rep', 'support')),
    team_id   INTEGER REFERENCES team (id),
    phone     TEXT,                          -- E.164 when valid, else as typed
    email     TEXT,
    hire_date TEXT,                          -- YYYY-MM-DD
    active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    hlc       INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    deleted   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX member_team ON member (team_id);

-- The written responsibilities of each role, in order.
CREATE TABLE role_duty (
    id        INTEGER PRIMARY KEY,
    uuid      TEXT NOT NULL UNIQUE,
    role      TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'rep', 'support')),
    position  INTEGER NOT NULL DEFAULT 0,
    text      TEXT NOT NULL,
    hlc       INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    deleted   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE customer (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    code           TEXT UNIQUE,
    kind           TEXT NOT NULL DEFAULT 'company' CHECK (kind IN ('company', 'individual')),
    name           TEXT NOT NULL,
    short_name     TEXT,
    name_key       TEXT NOT NULL,              -- normalised name for duplicate checks
    sort_key       BLOB,                       -- ICU collation key (pinyin order)
    industry       TEXT,
    region         TEXT,
    city           TEXT,
    address        TEXT,
    wechat         TEXT,
    source         TEXT,                       -- phone, email, wechat, visit, referral, trade_show, website, import, other
    owner_id       INTEGER REFERENCES member (id),
    status         TEXT NOT NULL DEFAULT 'lead' CHECK (status IN ('lead', 'prospect', 'active', 'dormant', 'lost')),
    grade          TEXT CHECK (grade IS NULL OR grade IN ('A', 'B', 'C', 'D')),
    tags           TEXT NOT NULL DEFAULT '',   -- ',tag1,tag2,' so a tag matches LIKE '%,tag,%'
    notes          TEXT,
    consent        INTEGER CHECK (consent IS NULL OR consent IN (0, 1)),
    consent_date   TEXT,
    consent_method TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    hlc            INTEGER NOT NULL,
    device_id      TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX customer_owner ON customer (owner_id, deleted);
CREATE INDEX customer_name_key ON customer (name_key);
CREATE INDEX customer_sort ON customer (deleted, sort_key);

-- People at a company customer.
CREATE TABLE contact (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customer (id),
    name        TEXT NOT NULL,
    title       TEXT,
    wechat      TEXT,
    notes       TEXT,
    hlc         INTEGER NOT NULL,
    device_id   TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX contact_customer ON contact (customer_id);

-- Phones and e-mails of customers and contacts, as typed and normalised.
CREATE TABLE contact_point (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customer (id),
    contact_id  INTEGER REFERENCES contact (id),
    kind        TEXT NOT NULL CHECK (kind IN ('phone', 'email')),
    raw         TEXT NOT NULL,
    normalized  TEXT NOT NULL,               -- E.164 / lower-case e-mail; the raw text when invalid
    valid       INTEGER NOT NULL DEFAULT 1 CHECK (valid IN (0, 1)),
    hlc         INTEGER NOT NULL,
    device_id   TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX contact_point_customer ON contact_point (customer_id);
CREATE INDEX contact_point_normalized ON contact_point (normalized);

-- Search text per customer: names split into characters, pinyin, initials, phone digits.
-- prefix="1,2,3": search-as-you-type asks for short prefixes ("b*", "bj*", "138*") on every
-- keystroke; indexing them keeps each keystroke fast at 100,000 customers.
CREATE VIRTUAL TABLE customer_search USING fts4 (body, tokenize=simple, prefix="1,2,3");

-- Visits, calls, WeChat, e-mail, meetings.
CREATE TABLE activity (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    customer_id    INTEGER NOT NULL REFERENCES customer (id),
    contact_id     INTEGER REFERENCES contact (id),
    member_id      INTEGER NOT NULL REFERENCES member (id),
    kind           TEXT NOT NULL CHECK (kind IN ('visit', 'call', 'wechat', 'email', 'meeting')),
    occurred_at    TEXT NOT NULL,            -- UTC ISO-8601
    duration_min   INTEGER,
    location       TEXT,
    summary        TEXT NOT NULL DEFAULT '',
    outcome        TEXT,
    next_step      TEXT,
    next_follow_up TEXT,                     -- YYYY-MM-DD
    satisfaction   INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
    hlc            INTEGER NOT NULL,
    device_id      TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX activity_customer ON activity (customer_id, occurred_at);
CREATE INDEX activity_member ON activity (member_id, occurred_at);

-- The sales pipeline, configurable; default stages below.
CREATE TABLE pipeline_stage (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
    outcome     TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'won', 'lost')),
    hlc         INTEGER NOT NULL,
    device_id   TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
INSERT INTO pipeline_stage (uuid, key, name, position, probability, outcome, hlc, device_id) VALUES
    ('6c1f5a3e-0001-4000-8000-000000000001', 'lead',        'Lead',        1,  10, 'open', 0, 'schema'),
    ('6c1f5a3e-0001-4000-8000-000000000002', 'qualified',   'Qualified',   2,  25, 'open', 0, 'schema'),
    ('6c1f5a3e-0001-4000-8000-000000000003', 'proposal',    'Proposal',    3,  50, 'open', 0, 'schema'),
    ('6c1f5a3e-0001-4000-8000-000000000004', 'negotiation', 'Negotiation', 4,  75, 'open', 0, 'schema'),
    ('6c1f5a3e-0001-4000-8000-000000000005', 'won',         'Won',         5, 100, 'won',  0, 'schema'),
    ('6c1f5a3e-0001-4000-8000-000000000006', 'lost',        'Lost',        6,   0, 'lost', 0, 'schema');

CREATE TABLE opportunity (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    external_id    TEXT,
    customer_id    INTEGER NOT NULL REFERENCES customer (id),
    owner_id       INTEGER NOT NULL REFERENCES member (id),
    title          TEXT NOT NULL,
    amount_fen     INTEGER NOT NULL DEFAULT 0,
    stage_id       INTEGER NOT NULL REFERENCES pipeline_stage (id),
    probability    INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
    expected_close TEXT,
    closed_on      TEXT,
    close_reason   TEXT,
    created_at     TEXT NOT NULL,
    hlc            INTEGER NOT NULL,
    device_id      TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX opportunity_customer ON opportunity (customer_id);
CREATE INDEX opportunity_owner ON opportunity (owner_id, stage_id);
CREATE UNIQUE INDEX opportunity_external ON opportunity (external_id) WHERE external_id IS NOT NULL;

CREATE TABLE opportunity_stage_change (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    opportunity_id INTEGER NOT NULL REFERENCES opportunity (id),
    from_stage_id  INTEGER REFERENCES pipeline_stage (id),
    to_stage_id    INTEGER NOT NULL REFERENCES pipeline_stage (id),
    changed_at     TEXT NOT NULL,            -- UTC ISO-8601
    member_id      INTEGER REFERENCES member (id),
    hlc            INTEGER NOT NULL,
    device_id      TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX opportunity_stage_change_opp ON opportunity_stage_change (opportunity_id, changed_at);

CREATE TABLE product (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    sku            TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    category       TEXT NOT NULL DEFAULT '',
    unit_price_fen INTEGER NOT NULL DEFAULT 0,
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    hlc            INTEGER NOT NULL,
    device_id      TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- "order" is an SQL keyword: sales_order.
CREATE TABLE sales_order (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    order_no    TEXT NOT NULL UNIQUE,
    order_date  TEXT NOT NULL,               -- YYYY-MM-DD
    customer_id INTEGER NOT NULL REFERENCES customer (id),
    member_id   INTEGER NOT NULL REFERENCES member (id),
    channel     TEXT NOT NULL DEFAULT 'direct',
    status      TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('draft', 'confirmed', 'shipped', 'paid', 'cancelled')),
    total_fen   INTEGER NOT NULL DEFAULT 0,  -- sum of its lines, kept by the repository
    hlc         INTEGER NOT NULL,
    device_id   TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX sales_order_customer ON sales_order (customer_id, order_date);
CREATE INDEX sales_order_member ON sales_order (member_id, order_date);
CREATE INDEX sales_order_date ON sales_order (order_date);

CREATE TABLE order_line (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    order_id       INTEGER NOT NULL REFERENCES sales_order (id),
    product_id     INTEGER NOT NULL REFERENCES product (id),
    quantity       INTEGER NOT NULL,
    unit_price_fen INTEGER NOT NULL,
    amount_fen     INTEGER NOT NULL,
    hlc            INTEGER NOT NULL,
    device_id      TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX order_line_order ON order_line (order_id);
CREATE INDEX order_line_product ON order_line (product_id);

CREATE TABLE task (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    title          TEXT NOT NULL,
    assignee_id    INTEGER NOT NULL REFERENCES member (id),
    creator_id     INTEGER REFERENCES member (id),
    customer_id    INTEGER REFERENCES customer (id),
    opportunity_id INTEGER REFERENCES opportunity (id),
    due_date       TEXT,
    priority       TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
    completed_at   TEXT,
    notes          TEXT,
    created_at     TEXT NOT NULL,
    hlc            INTEGER NOT NULL,
    device_id      TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX task_assignee ON task (assignee_id, status, due_date);
CREATE INDEX task_customer ON task (customer_id);
