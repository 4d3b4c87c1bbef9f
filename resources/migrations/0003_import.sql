-- Frontline schema 3: importing files. What each import batch did, in enough detail to undo it
-- exactly; saved column mappings; fuzzy duplicate candidates waiting for review.
--
-- These tables are local facts of this file (like meta): an import happens on one laptop, and
-- what it inserted travels to the others as ordinary rows. They are not synced, so they carry
-- no uuid/hlc/device_id/deleted columns.
-- Plain SQLite 3.15: no UPSERT, no window functions, no JSON1 (mappings are stored as text).

-- One import (or one reviewed merge of fuzzy duplicates): one transaction.
CREATE TABLE import_batch (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL,               -- customers, orders, opportunities, products, members, activities, merge
    file_name     TEXT NOT NULL DEFAULT '',    -- the file's name as the user knows it
    file_path     TEXT,
    file_size     INTEGER,
    file_sha256   TEXT,                        -- the same file again is recognisable in the history
    format        TEXT,                        -- csv, xlsx
    encoding      TEXT,
    sheet         TEXT,
    header_row    INTEGER,
    mapping       TEXT,                        -- the column mapping used, as JSON text
    member_id     INTEGER REFERENCES member (id), -- who ran it; NULL = the database owner (administrator)
    started_at    TEXT NOT NULL,               -- UTC ISO-8601
    finished_at   TEXT,
    status        TEXT NOT NULL DEFAULT 'done' CHECK (status IN ('done', 'undone')),
    read_rows     INTEGER NOT NULL DEFAULT 0,
    inserted_rows INTEGER NOT NULL DEFAULT 0,
    merged_rows   INTEGER NOT NULL DEFAULT 0,
    updated_rows  INTEGER NOT NULL DEFAULT 0,
    skipped_rows  INTEGER NOT NULL DEFAULT 0,
    rejected_rows INTEGER NOT NULL DEFAULT 0,
    warnings      INTEGER NOT NULL DEFAULT 0,
    created       TEXT NOT NULL DEFAULT '',    -- referenced records created: 'customer=3,member=1'
    rejects_file  TEXT,
    undone_at     TEXT,
    undone_by     INTEGER REFERENCES member (id)
);
CREATE INDEX import_batch_started ON import_batch (started_at);

-- Rows a batch inserted, as runs of consecutive ids per table (a million order lines are one
-- run, not a million rows). Undo tombstones exactly these rows.
CREATE TABLE import_insert (
    id         INTEGER PRIMARY KEY,
    batch_id   INTEGER NOT NULL REFERENCES import_batch (id),
    table_name TEXT NOT NULL,
    first_id   INTEGER NOT NULL,
    last_id    INTEGER NOT NULL,
    CHECK (first_id <= last_id)
);
CREATE INDEX import_insert_batch ON import_insert (batch_id);

-- Fields a batch changed on rows it did not insert: empty fields a merge filled, values an
-- update replaced, references a reviewed merge moved. Undo puts old_value back where the field
-- still holds new_value (a later edit by a person wins and is reported).
CREATE TABLE import_change (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER NOT NULL REFERENCES import_batch (id),
    table_name  TEXT NOT NULL,
    row_id      INTEGER NOT NULL,
    column_name TEXT NOT NULL,
    old_value,                                 -- any type, NULL included
    new_value
);
CREATE INDEX import_change_batch ON import_change (batch_id);

-- What happened to individual rows of the file beyond a plain insert: merges, updates, skips,
-- warnings and rejects, with the row number and column the user sees.
CREATE TABLE import_row (
    id         INTEGER PRIMARY KEY,
    batch_id   INTEGER NOT NULL REFERENCES import_batch (id),
    row_number INTEGER NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('merged', 'updated', 'skipped', 'rejected', 'warning')),
    column_name TEXT,
    table_name TEXT,
    row_id     INTEGER,
    message    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX import_row_batch ON import_row (batch_id, row_number);

-- Saved column mappings, reusable by name (the GUI wizard, frontline-cli import --mapping,
-- folder watching). mapping: JSON text {"columns": {"header": "field", …}, …}.
CREATE TABLE import_profile (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    name       TEXT NOT NULL,
    mapping    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (kind, name)
);

-- Customers that may be the same (legal suffixes and city prefixes stripped, pinyin, edit
-- distance) but were not merged automatically: listed for review, merged only on request.
CREATE TABLE import_candidate (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER REFERENCES import_batch (id),
    customer_a  INTEGER NOT NULL REFERENCES customer (id),
    customer_b  INTEGER NOT NULL REFERENCES customer (id),
    score       REAL NOT NULL,                 -- 0..1, higher is more alike
    reason      TEXT NOT NULL,                 -- core, pinyin, edit
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'merged', 'dismissed')),
    merge_batch INTEGER REFERENCES import_batch (id),
    created_at  TEXT NOT NULL,
    CHECK (customer_a < customer_b),
    UNIQUE (customer_a, customer_b)
);
CREATE INDEX import_candidate_status ON import_candidate (status);
