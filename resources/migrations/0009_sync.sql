-- Frontline schema: offline sync through package files (issue #7).
--
-- Merging is per field with the hybrid logical clocks of 0001: every field of a synced row has
-- a clock, (hlc, device_id), and the later clock wins on every laptop alike. Storing a clock
-- for every field of every row would double the database, so only the exceptions are stored:
-- a field's clock is its sync_clock row, else the row's '*' entry (the clock the row had before
-- its first stamped update), else the row's own hlc/device_id. Fresh rows cost nothing; an
-- update records the fields it changed (the triggers below, one per synced table).
-- The 'deleted' column is a field like the others (a tombstone is a write of deleted = 1).
-- Plain SQLite 3.15: no UPSERT, no window functions.

CREATE TABLE sync_clock (
    tbl       TEXT NOT NULL,
    uuid      TEXT NOT NULL,
    field     TEXT NOT NULL,                -- a column name, or '*' for the row's base clock
    hlc       INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    PRIMARY KEY (tbl, uuid, field)
) WITHOUT ROWID;

-- Field conflicts found by imports: the same field changed on both sides since they last
-- exchanged packages. The later clock is applied on every replica (so replicas agree); the
-- other value is kept here until a person picks one. Values are portable: references are
-- the uuid of the row referred to. Local facts, not synced.
CREATE TABLE sync_conflict (
    id            INTEGER PRIMARY KEY,
    tbl           TEXT NOT NULL,
    uuid          TEXT NOT NULL,
    field         TEXT NOT NULL,
    mine_value,                             -- this database's value before the import
    mine_hlc      INTEGER NOT NULL,
    mine_device   TEXT NOT NULL,
    theirs_value,                           -- the package's value
    theirs_hlc    INTEGER NOT NULL,
    theirs_device TEXT NOT NULL,
    applied       TEXT NOT NULL CHECK (applied IN ('mine', 'theirs')), -- what the row holds now
    history_id    INTEGER REFERENCES sync_history (id),
    created_at    TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolution    TEXT CHECK (resolution IS NULL OR resolution IN ('mine', 'theirs')),
    resolved_at   TEXT,
    UNIQUE (tbl, uuid, field, theirs_hlc, theirs_device)
);
CREATE INDEX sync_conflict_status ON sync_conflict (status);

-- Every package exported or imported here, for the Sync page history. A refused package
-- changes nothing, this table included (the audit hook hears of it).
CREATE TABLE sync_history (
    id           INTEGER PRIMARY KEY,
    direction    TEXT NOT NULL CHECK (direction IN ('export', 'import')),
    at           TEXT NOT NULL,             -- UTC ISO-8601
    file_name    TEXT NOT NULL DEFAULT '',
    package_id   TEXT,                      -- the manifest's id (uuid)
    peer_device  TEXT,                      -- the other side's device
    member_code  TEXT,                      -- whose scope the package carries
    clock_from   INTEGER,
    clock_to     INTEGER,
    records      INTEGER NOT NULL DEFAULT 0,
    inserted     INTEGER NOT NULL DEFAULT 0,
    updated      INTEGER NOT NULL DEFAULT 0,
    conflicts    INTEGER NOT NULL DEFAULT 0,
    ignored      INTEGER NOT NULL DEFAULT 0,
    matches      INTEGER NOT NULL DEFAULT 0  -- customers offered for merge (import_candidate)
);
CREATE INDEX sync_history_at ON sync_history (at);

-- The clock of every field an update changes (see the top of this file).
CREATE TRIGGER sync_clock_shared_setting AFTER UPDATE ON shared_setting
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('shared_setting', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'shared_setting', NEW.uuid, 'key', NEW.hlc, NEW.device_id WHERE NEW.key IS NOT OLD.key;
    INSERT OR REPLACE INTO sync_clock SELECT 'shared_setting', NEW.uuid, 'value', NEW.hlc, NEW.device_id WHERE NEW.value IS NOT OLD.value;
    INSERT OR REPLACE INTO sync_clock SELECT 'shared_setting', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_role_duty AFTER UPDATE ON role_duty
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('role_duty', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'role_duty', NEW.uuid, 'role', NEW.hlc, NEW.device_id WHERE NEW.role IS NOT OLD.role;
    INSERT OR REPLACE INTO sync_clock SELECT 'role_duty', NEW.uuid, 'position', NEW.hlc, NEW.device_id WHERE NEW.position IS NOT OLD.position;
    INSERT OR REPLACE INTO sync_clock SELECT 'role_duty', NEW.uuid, 'text', NEW.hlc, NEW.device_id WHERE NEW.text IS NOT OLD.text;
    INSERT OR REPLACE INTO sync_clock SELECT 'role_duty', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_team AFTER UPDATE ON team
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('team', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'team', NEW.uuid, 'parent_id', NEW.hlc, NEW.device_id WHERE NEW.parent_id IS NOT OLD.parent_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'team', NEW.uuid, 'name', NEW.hlc, NEW.device_id WHERE NEW.name IS NOT OLD.name;
    INSERT OR REPLACE INTO sync_clock SELECT 'team', NEW.uuid, 'kind', NEW.hlc, NEW.device_id WHERE NEW.kind IS NOT OLD.kind;
    INSERT OR REPLACE INTO sync_clock SELECT 'team', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_member AFTER UPDATE ON member
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('member', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'member', NEW.uuid, 'code', NEW.hlc, NEW.device_id WHERE NEW.code IS NOT OLD.code;
    INSERT OR REPLACE INTO sync_clock SELECT 'member', NEW.uuid, 'name', NEW.hlc, NEW.device_id WHERE NEW.name IS NOT OLD.name;
    INSERT OR REPLACE INTO sync_clock SELECT 'member', NEW.uuid, 'role', NEW.hlc, NEW.device_id WHERE NEW.role IS NOT OLD.role;
    INSERT OR REPLACE INTO sync_clock SELECT 'member', NEW.uuid, 'team_id', NEW.hlc, NEW.device_id WHERE NEW.team_id IS NOT OLD.team_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'member', NEW.uuid, 'phone', NEW.hlc, NEW.device_id WHERE NEW.phone IS NOT OLD.phone;
    INSERT OR REPLACE INTO sync_clock SELECT 'member', NEW.uuid, 'email', NEW.hlc, NEW.device_id WHERE NEW.email IS NOT OLD.email;
    INSERT OR REPLACE INTO sync_clock SELECT 'member', NEW.uuid, 'hire_date', NEW.hlc, NEW.device_id WHERE NEW.hire_date IS NOT OLD.hire_date;
    INSERT OR REPLACE INTO sync_clock SELECT 'member', NEW.uuid, 'active', NEW.hlc, NEW.device_id WHERE NEW.active IS NOT OLD.active;
    INSERT OR REPLACE INTO sync_clock SELECT 'member', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_pipeline_stage AFTER UPDATE ON pipeline_stage
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('pipeline_stage', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'pipeline_stage', NEW.uuid, 'key', NEW.hlc, NEW.device_id WHERE NEW.key IS NOT OLD.key;
    INSERT OR REPLACE INTO sync_clock SELECT 'pipeline_stage', NEW.uuid, 'name', NEW.hlc, NEW.device_id WHERE NEW.name IS NOT OLD.name;
    INSERT OR REPLACE INTO sync_clock SELECT 'pipeline_stage', NEW.uuid, 'position', NEW.hlc, NEW.device_id WHERE NEW.position IS NOT OLD.position;
    INSERT OR REPLACE INTO sync_clock SELECT 'pipeline_stage', NEW.uuid, 'probability', NEW.hlc, NEW.device_id WHERE NEW.probability IS NOT OLD.probability;
    INSERT OR REPLACE INTO sync_clock SELECT 'pipeline_stage', NEW.uuid, 'outcome', NEW.hlc, NEW.device_id WHERE NEW.outcome IS NOT OLD.outcome;
    INSERT OR REPLACE INTO sync_clock SELECT 'pipeline_stage', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_product AFTER UPDATE ON product
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('product', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'product', NEW.uuid, 'sku', NEW.hlc, NEW.device_id WHERE NEW.sku IS NOT OLD.sku;
    INSERT OR REPLACE INTO sync_clock SELECT 'product', NEW.uuid, 'name', NEW.hlc, NEW.device_id WHERE NEW.name IS NOT OLD.name;
    INSERT OR REPLACE INTO sync_clock SELECT 'product', NEW.uuid, 'category', NEW.hlc, NEW.device_id WHERE NEW.category IS NOT OLD.category;
    INSERT OR REPLACE INTO sync_clock SELECT 'product', NEW.uuid, 'unit_price_fen', NEW.hlc, NEW.device_id WHERE NEW.unit_price_fen IS NOT OLD.unit_price_fen;
    INSERT OR REPLACE INTO sync_clock SELECT 'product', NEW.uuid, 'active', NEW.hlc, NEW.device_id WHERE NEW.active IS NOT OLD.active;
    INSERT OR REPLACE INTO sync_clock SELECT 'product', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_customer AFTER UPDATE ON customer
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('customer', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'code', NEW.hlc, NEW.device_id WHERE NEW.code IS NOT OLD.code;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'kind', NEW.hlc, NEW.device_id WHERE NEW.kind IS NOT OLD.kind;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'name', NEW.hlc, NEW.device_id WHERE NEW.name IS NOT OLD.name;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'short_name', NEW.hlc, NEW.device_id WHERE NEW.short_name IS NOT OLD.short_name;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'name_key', NEW.hlc, NEW.device_id WHERE NEW.name_key IS NOT OLD.name_key;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'sort_key', NEW.hlc, NEW.device_id WHERE NEW.sort_key IS NOT OLD.sort_key;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'industry', NEW.hlc, NEW.device_id WHERE NEW.industry IS NOT OLD.industry;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'region', NEW.hlc, NEW.device_id WHERE NEW.region IS NOT OLD.region;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'city', NEW.hlc, NEW.device_id WHERE NEW.city IS NOT OLD.city;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'address', NEW.hlc, NEW.device_id WHERE NEW.address IS NOT OLD.address;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'wechat', NEW.hlc, NEW.device_id WHERE NEW.wechat IS NOT OLD.wechat;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'source', NEW.hlc, NEW.device_id WHERE NEW.source IS NOT OLD.source;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'owner_id', NEW.hlc, NEW.device_id WHERE NEW.owner_id IS NOT OLD.owner_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'status', NEW.hlc, NEW.device_id WHERE NEW.status IS NOT OLD.status;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'grade', NEW.hlc, NEW.device_id WHERE NEW.grade IS NOT OLD.grade;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'tags', NEW.hlc, NEW.device_id WHERE NEW.tags IS NOT OLD.tags;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'notes', NEW.hlc, NEW.device_id WHERE NEW.notes IS NOT OLD.notes;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'consent', NEW.hlc, NEW.device_id WHERE NEW.consent IS NOT OLD.consent;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'consent_date', NEW.hlc, NEW.device_id WHERE NEW.consent_date IS NOT OLD.consent_date;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'consent_method', NEW.hlc, NEW.device_id WHERE NEW.consent_method IS NOT OLD.consent_method;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'created_at', NEW.hlc, NEW.device_id WHERE NEW.created_at IS NOT OLD.created_at;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'updated_at', NEW.hlc, NEW.device_id WHERE NEW.updated_at IS NOT OLD.updated_at;
    INSERT OR REPLACE INTO sync_clock SELECT 'customer', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_contact AFTER UPDATE ON contact
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('contact', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'contact', NEW.uuid, 'customer_id', NEW.hlc, NEW.device_id WHERE NEW.customer_id IS NOT OLD.customer_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'contact', NEW.uuid, 'name', NEW.hlc, NEW.device_id WHERE NEW.name IS NOT OLD.name;
    INSERT OR REPLACE INTO sync_clock SELECT 'contact', NEW.uuid, 'title', NEW.hlc, NEW.device_id WHERE NEW.title IS NOT OLD.title;
    INSERT OR REPLACE INTO sync_clock SELECT 'contact', NEW.uuid, 'wechat', NEW.hlc, NEW.device_id WHERE NEW.wechat IS NOT OLD.wechat;
    INSERT OR REPLACE INTO sync_clock SELECT 'contact', NEW.uuid, 'notes', NEW.hlc, NEW.device_id WHERE NEW.notes IS NOT OLD.notes;
    INSERT OR REPLACE INTO sync_clock SELECT 'contact', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_contact_point AFTER UPDATE ON contact_point
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('contact_point', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'contact_point', NEW.uuid, 'customer_id', NEW.hlc, NEW.device_id WHERE NEW.customer_id IS NOT OLD.customer_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'contact_point', NEW.uuid, 'contact_id', NEW.hlc, NEW.device_id WHERE NEW.contact_id IS NOT OLD.contact_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'contact_point', NEW.uuid, 'kind', NEW.hlc, NEW.device_id WHERE NEW.kind IS NOT OLD.kind;
    INSERT OR REPLACE INTO sync_clock SELECT 'contact_point', NEW.uuid, 'raw', NEW.hlc, NEW.device_id WHERE NEW.raw IS NOT OLD.raw;
    INSERT OR REPLACE INTO sync_clock SELECT 'contact_point', NEW.uuid, 'normalized', NEW.hlc, NEW.device_id WHERE NEW.normalized IS NOT OLD.normalized;
    INSERT OR REPLACE INTO sync_clock SELECT 'contact_point', NEW.uuid, 'valid', NEW.hlc, NEW.device_id WHERE NEW.valid IS NOT OLD.valid;
    INSERT OR REPLACE INTO sync_clock SELECT 'contact_point', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_opportunity AFTER UPDATE ON opportunity
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('opportunity', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'opportunity', NEW.uuid, 'external_id', NEW.hlc, NEW.device_id WHERE NEW.external_id IS NOT OLD.external_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'opportunity', NEW.uuid, 'customer_id', NEW.hlc, NEW.device_id WHERE NEW.customer_id IS NOT OLD.customer_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'opportunity', NEW.uuid, 'owner_id', NEW.hlc, NEW.device_id WHERE NEW.owner_id IS NOT OLD.owner_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'opportunity', NEW.uuid, 'title', NEW.hlc, NEW.device_id WHERE NEW.title IS NOT OLD.title;
    INSERT OR REPLACE INTO sync_clock SELECT 'opportunity', NEW.uuid, 'amount_fen', NEW.hlc, NEW.device_id WHERE NEW.amount_fen IS NOT OLD.amount_fen;
    INSERT OR REPLACE INTO sync_clock SELECT 'opportunity', NEW.uuid, 'stage_id', NEW.hlc, NEW.device_id WHERE NEW.stage_id IS NOT OLD.stage_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'opportunity', NEW.uuid, 'probability', NEW.hlc, NEW.device_id WHERE NEW.probability IS NOT OLD.probability;
    INSERT OR REPLACE INTO sync_clock SELECT 'opportunity', NEW.uuid, 'expected_close', NEW.hlc, NEW.device_id WHERE NEW.expected_close IS NOT OLD.expected_close;
    INSERT OR REPLACE INTO sync_clock SELECT 'opportunity', NEW.uuid, 'closed_on', NEW.hlc, NEW.device_id WHERE NEW.closed_on IS NOT OLD.closed_on;
    INSERT OR REPLACE INTO sync_clock SELECT 'opportunity', NEW.uuid, 'close_reason', NEW.hlc, NEW.device_id WHERE NEW.close_reason IS NOT OLD.close_reason;
    INSERT OR REPLACE INTO sync_clock SELECT 'opportunity', NEW.uuid, 'created_at', NEW.hlc, NEW.device_id WHERE NEW.created_at IS NOT OLD.created_at;
    INSERT OR REPLACE INTO sync_clock SELECT 'opportunity', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_opportunity_stage_change AFTER UPDATE ON opportunity_stage_change
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('opportunity_stage_change', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'opportunity_stage_change', NEW.uuid, 'opportunity_id', NEW.hlc, NEW.device_id WHERE NEW.opportunity_id IS NOT OLD.opportunity_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'opportunity_stage_change', NEW.uuid, 'from_stage_id', NEW.hlc, NEW.device_id WHERE NEW.from_stage_id IS NOT OLD.from_stage_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'opportunity_stage_change', NEW.uuid, 'to_stage_id', NEW.hlc, NEW.device_id WHERE NEW.to_stage_id IS NOT OLD.to_stage_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'opportunity_stage_change', NEW.uuid, 'changed_at', NEW.hlc, NEW.device_id WHERE NEW.changed_at IS NOT OLD.changed_at;
    INSERT OR REPLACE INTO sync_clock SELECT 'opportunity_stage_change', NEW.uuid, 'member_id', NEW.hlc, NEW.device_id WHERE NEW.member_id IS NOT OLD.member_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'opportunity_stage_change', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_sales_order AFTER UPDATE ON sales_order
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('sales_order', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'sales_order', NEW.uuid, 'order_no', NEW.hlc, NEW.device_id WHERE NEW.order_no IS NOT OLD.order_no;
    INSERT OR REPLACE INTO sync_clock SELECT 'sales_order', NEW.uuid, 'order_date', NEW.hlc, NEW.device_id WHERE NEW.order_date IS NOT OLD.order_date;
    INSERT OR REPLACE INTO sync_clock SELECT 'sales_order', NEW.uuid, 'customer_id', NEW.hlc, NEW.device_id WHERE NEW.customer_id IS NOT OLD.customer_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'sales_order', NEW.uuid, 'member_id', NEW.hlc, NEW.device_id WHERE NEW.member_id IS NOT OLD.member_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'sales_order', NEW.uuid, 'channel', NEW.hlc, NEW.device_id WHERE NEW.channel IS NOT OLD.channel;
    INSERT OR REPLACE INTO sync_clock SELECT 'sales_order', NEW.uuid, 'status', NEW.hlc, NEW.device_id WHERE NEW.status IS NOT OLD.status;
    INSERT OR REPLACE INTO sync_clock SELECT 'sales_order', NEW.uuid, 'total_fen', NEW.hlc, NEW.device_id WHERE NEW.total_fen IS NOT OLD.total_fen;
    INSERT OR REPLACE INTO sync_clock SELECT 'sales_order', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_order_line AFTER UPDATE ON order_line
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('order_line', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'order_line', NEW.uuid, 'order_id', NEW.hlc, NEW.device_id WHERE NEW.order_id IS NOT OLD.order_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'order_line', NEW.uuid, 'product_id', NEW.hlc, NEW.device_id WHERE NEW.product_id IS NOT OLD.product_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'order_line', NEW.uuid, 'quantity', NEW.hlc, NEW.device_id WHERE NEW.quantity IS NOT OLD.quantity;
    INSERT OR REPLACE INTO sync_clock SELECT 'order_line', NEW.uuid, 'unit_price_fen', NEW.hlc, NEW.device_id WHERE NEW.unit_price_fen IS NOT OLD.unit_price_fen;
    INSERT OR REPLACE INTO sync_clock SELECT 'order_line', NEW.uuid, 'amount_fen', NEW.hlc, NEW.device_id WHERE NEW.amount_fen IS NOT OLD.amount_fen;
    INSERT OR REPLACE INTO sync_clock SELECT 'order_line', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_activity AFTER UPDATE ON activity
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('activity', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'activity', NEW.uuid, 'customer_id', NEW.hlc, NEW.device_id WHERE NEW.customer_id IS NOT OLD.customer_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'activity', NEW.uuid, 'contact_id', NEW.hlc, NEW.device_id WHERE NEW.contact_id IS NOT OLD.contact_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'activity', NEW.uuid, 'member_id', NEW.hlc, NEW.device_id WHERE NEW.member_id IS NOT OLD.member_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'activity', NEW.uuid, 'kind', NEW.hlc, NEW.device_id WHERE NEW.kind IS NOT OLD.kind;
    INSERT OR REPLACE INTO sync_clock SELECT 'activity', NEW.uuid, 'occurred_at', NEW.hlc, NEW.device_id WHERE NEW.occurred_at IS NOT OLD.occurred_at;
    INSERT OR REPLACE INTO sync_clock SELECT 'activity', NEW.uuid, 'duration_min', NEW.hlc, NEW.device_id WHERE NEW.duration_min IS NOT OLD.duration_min;
    INSERT OR REPLACE INTO sync_clock SELECT 'activity', NEW.uuid, 'location', NEW.hlc, NEW.device_id WHERE NEW.location IS NOT OLD.location;
    INSERT OR REPLACE INTO sync_clock SELECT 'activity', NEW.uuid, 'summary', NEW.hlc, NEW.device_id WHERE NEW.summary IS NOT OLD.summary;
    INSERT OR REPLACE INTO sync_clock SELECT 'activity', NEW.uuid, 'outcome', NEW.hlc, NEW.device_id WHERE NEW.outcome IS NOT OLD.outcome;
    INSERT OR REPLACE INTO sync_clock SELECT 'activity', NEW.uuid, 'next_step', NEW.hlc, NEW.device_id WHERE NEW.next_step IS NOT OLD.next_step;
    INSERT OR REPLACE INTO sync_clock SELECT 'activity', NEW.uuid, 'next_follow_up', NEW.hlc, NEW.device_id WHERE NEW.next_follow_up IS NOT OLD.next_follow_up;
    INSERT OR REPLACE INTO sync_clock SELECT 'activity', NEW.uuid, 'satisfaction', NEW.hlc, NEW.device_id WHERE NEW.satisfaction IS NOT OLD.satisfaction;
    INSERT OR REPLACE INTO sync_clock SELECT 'activity', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_task AFTER UPDATE ON task
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('task', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'task', NEW.uuid, 'title', NEW.hlc, NEW.device_id WHERE NEW.title IS NOT OLD.title;
    INSERT OR REPLACE INTO sync_clock SELECT 'task', NEW.uuid, 'assignee_id', NEW.hlc, NEW.device_id WHERE NEW.assignee_id IS NOT OLD.assignee_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'task', NEW.uuid, 'creator_id', NEW.hlc, NEW.device_id WHERE NEW.creator_id IS NOT OLD.creator_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'task', NEW.uuid, 'customer_id', NEW.hlc, NEW.device_id WHERE NEW.customer_id IS NOT OLD.customer_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'task', NEW.uuid, 'opportunity_id', NEW.hlc, NEW.device_id WHERE NEW.opportunity_id IS NOT OLD.opportunity_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'task', NEW.uuid, 'due_date', NEW.hlc, NEW.device_id WHERE NEW.due_date IS NOT OLD.due_date;
    INSERT OR REPLACE INTO sync_clock SELECT 'task', NEW.uuid, 'priority', NEW.hlc, NEW.device_id WHERE NEW.priority IS NOT OLD.priority;
    INSERT OR REPLACE INTO sync_clock SELECT 'task', NEW.uuid, 'status', NEW.hlc, NEW.device_id WHERE NEW.status IS NOT OLD.status;
    INSERT OR REPLACE INTO sync_clock SELECT 'task', NEW.uuid, 'completed_at', NEW.hlc, NEW.device_id WHERE NEW.completed_at IS NOT OLD.completed_at;
    INSERT OR REPLACE INTO sync_clock SELECT 'task', NEW.uuid, 'notes', NEW.hlc, NEW.device_id WHERE NEW.notes IS NOT OLD.notes;
    INSERT OR REPLACE INTO sync_clock SELECT 'task', NEW.uuid, 'created_at', NEW.hlc, NEW.device_id WHERE NEW.created_at IS NOT OLD.created_at;
    INSERT OR REPLACE INTO sync_clock SELECT 'task', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;

CREATE TRIGGER sync_clock_target AFTER UPDATE ON target
WHEN NEW.hlc IS NOT OLD.hlc OR NEW.device_id IS NOT OLD.device_id BEGIN
    INSERT OR IGNORE INTO sync_clock VALUES ('target', OLD.uuid, '*', OLD.hlc, OLD.device_id);
    INSERT OR REPLACE INTO sync_clock SELECT 'target', NEW.uuid, 'member_id', NEW.hlc, NEW.device_id WHERE NEW.member_id IS NOT OLD.member_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'target', NEW.uuid, 'team_id', NEW.hlc, NEW.device_id WHERE NEW.team_id IS NOT OLD.team_id;
    INSERT OR REPLACE INTO sync_clock SELECT 'target', NEW.uuid, 'metric', NEW.hlc, NEW.device_id WHERE NEW.metric IS NOT OLD.metric;
    INSERT OR REPLACE INTO sync_clock SELECT 'target', NEW.uuid, 'period_kind', NEW.hlc, NEW.device_id WHERE NEW.period_kind IS NOT OLD.period_kind;
    INSERT OR REPLACE INTO sync_clock SELECT 'target', NEW.uuid, 'period_start', NEW.hlc, NEW.device_id WHERE NEW.period_start IS NOT OLD.period_start;
    INSERT OR REPLACE INTO sync_clock SELECT 'target', NEW.uuid, 'value', NEW.hlc, NEW.device_id WHERE NEW.value IS NOT OLD.value;
    INSERT OR REPLACE INTO sync_clock SELECT 'target', NEW.uuid, 'deleted', NEW.hlc, NEW.device_id WHERE NEW.deleted IS NOT OLD.deleted;
END;
