-- Frontline schema: performance. KPI scorecards per role, evaluations with frozen snapshots,
-- adjustments and honours. Targets live in the target table of the analytics schema.
-- Every table travels between laptops (uuid, hlc, device_id, deleted), like 0002_crm.sql.
-- Plain SQLite 3.15: no UPSERT, window functions or JSON1 (ranks are computed in C++).
--
-- Exact numbers: achievements are basis points (10000 = 100%), scores hundredths of a point
-- (10000 = 100.00), weights whole percent, fixed targets thousandths of the metric's unit
-- (a ratio as a fraction: 800 = 80%; satisfaction 4500 = 4.5).

-- A scorecard: the KPI set of a role.
CREATE TABLE scorecard (
    id        INTEGER PRIMARY KEY,
    uuid      TEXT NOT NULL UNIQUE,
    role      TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'rep', 'support')),
    name      TEXT NOT NULL,
    hlc       INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    deleted   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX scorecard_role ON scorecard (role);

-- One weighted indicator of a scorecard. target_source 'target': the member's target for the
-- metric (target table); 'fixed': fixed_target. rule 'linear': achievement capped at cap_bp;
-- 'steps': the points of the highest step reached, steps = "8000:60,10000:100,12000:120"
-- (achievement bp : points).
CREATE TABLE scorecard_indicator (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    scorecard_id  INTEGER NOT NULL REFERENCES scorecard (id),
    position      INTEGER NOT NULL,
    metric        TEXT NOT NULL,
    target_source TEXT NOT NULL CHECK (target_source IN ('target', 'fixed')),
    fixed_target  INTEGER,
    direction     TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
    rule          TEXT NOT NULL CHECK (rule IN ('linear', 'steps')),
    cap_bp        INTEGER NOT NULL DEFAULT 12000,
    steps         TEXT NOT NULL DEFAULT '',
    weight        INTEGER NOT NULL CHECK (weight >= 0),
    hlc           INTEGER NOT NULL,
    device_id     TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX scorecard_indicator_card ON scorecard_indicator (scorecard_id, position);

-- The default scorecard of a rep: revenue attainment 40%, new customers 20%, visits 10%,
-- customer satisfaction 15% (against 4.5), retention 15% (against 80%); linear, capped at 120%.
INSERT INTO scorecard (uuid, role, name, hlc, device_id, deleted) VALUES
    ('7d2e6b4f-0005-4000-8000-000000000001', 'rep', 'Sales rep', 0, 'schema', 0);
INSERT INTO scorecard_indicator (uuid, scorecard_id, position, metric, target_source, fixed_target,
                                 direction, rule, cap_bp, steps, weight, hlc, device_id) VALUES
    ('7d2e6b4f-0005-4000-8000-000000000011', 1, 1, 'revenue', 'target', NULL, 'higher', 'linear', 12000, '', 40, 0, 'schema'),
    ('7d2e6b4f-0005-4000-8000-000000000012', 1, 2, 'new_customers', 'target', NULL, 'higher', 'linear', 12000, '', 20, 0, 'schema'),
    ('7d2e6b4f-0005-4000-8000-000000000013', 1, 3, 'visits', 'target', NULL, 'higher', 'linear', 12000, '', 10, 0, 'schema'),
    ('7d2e6b4f-0005-4000-8000-000000000014', 1, 4, 'satisfaction', 'fixed', 4500, 'higher', 'linear', 12000, '', 15, 0, 'schema'),
    ('7d2e6b4f-0005-4000-8000-000000000015', 1, 5, 'retention_rate', 'fixed', 800, 'higher', 'linear', 12000, '', 15, 0, 'schema');

-- An evaluation run: one version of a period's evaluation for a team (NULL: the company).
-- Never changed after publishing except to be superseded by a new version.
CREATE TABLE evaluation (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    period       TEXT NOT NULL,               -- the period's key: 2025-03, 2025-Q1
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    team_id      INTEGER REFERENCES team (id),
    version      INTEGER NOT NULL,
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    data_version TEXT NOT NULL,               -- the state of the data it was computed from
    computed_at  TEXT NOT NULL,               -- UTC ISO-8601
    computed_by  INTEGER REFERENCES member (id),
    published_at TEXT,
    published_by INTEGER REFERENCES member (id),
    hlc          INTEGER NOT NULL,
    device_id    TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX evaluation_period ON evaluation (period, team_id, version);

-- A member's line of an evaluation; names are copied so that the snapshot reads as it was.
CREATE TABLE evaluation_line (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    evaluation_id  INTEGER NOT NULL REFERENCES evaluation (id),
    member_id      INTEGER NOT NULL REFERENCES member (id),
    member_code    TEXT NOT NULL,
    member_name    TEXT NOT NULL,
    team_id        INTEGER,
    team_name      TEXT NOT NULL DEFAULT '',
    role           TEXT NOT NULL,
    scorecard_name TEXT NOT NULL,
    computed_score INTEGER NOT NULL,          -- hundredths, before adjustments
    hlc            INTEGER NOT NULL,
    device_id      TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX evaluation_line_evaluation ON evaluation_line (evaluation_id);
CREATE INDEX evaluation_line_member ON evaluation_line (member_id);

-- One indicator of a line, with the value, the target and the rule as they were.
CREATE TABLE evaluation_indicator (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    line_id         INTEGER NOT NULL REFERENCES evaluation_line (id),
    position        INTEGER NOT NULL,
    metric          TEXT NOT NULL,
    value_type      TEXT NOT NULL,            -- fen, count, ratio, average
    value_num       INTEGER NOT NULL,
    value_den       INTEGER NOT NULL,
    target_source   TEXT NOT NULL,
    target          INTEGER,                  -- thousandths of the unit; NULL: none
    direction       TEXT NOT NULL,
    rule            TEXT NOT NULL,
    cap_bp          INTEGER NOT NULL,
    steps           TEXT NOT NULL,
    weight          INTEGER NOT NULL,
    achievement_bp  INTEGER,                  -- NULL: not scored
    score           INTEGER,                  -- hundredths; NULL: not scored
    hlc             INTEGER NOT NULL,
    device_id       TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX evaluation_indicator_line ON evaluation_indicator (line_id, position);

-- A manager's adjustment (points in hundredths, may be 0 for a comment) with the reason.
CREATE TABLE evaluation_adjustment (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    evaluation_id INTEGER NOT NULL REFERENCES evaluation (id),
    member_id     INTEGER NOT NULL REFERENCES member (id),
    points        INTEGER NOT NULL,
    reason        TEXT NOT NULL,
    author_id     INTEGER REFERENCES member (id),
    created_at    TEXT NOT NULL,
    hlc           INTEGER NOT NULL,
    device_id     TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX evaluation_adjustment_evaluation ON evaluation_adjustment (evaluation_id, member_id);

-- Honours and badges (荣誉榜): by a rule when an evaluation is published, or by hand.
CREATE TABLE honour (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    member_id     INTEGER NOT NULL REFERENCES member (id),
    kind          TEXT NOT NULL,              -- first_to_target, most_visits, new_customer_champion,
                                              -- most_improved, target_streak, manual
    period        TEXT NOT NULL,              -- the period's key
    awarded_on    TEXT NOT NULL,              -- YYYY-MM-DD
    reason        TEXT NOT NULL,
    evaluation_id INTEGER REFERENCES evaluation (id),
    awarded_by    INTEGER REFERENCES member (id),
    hlc           INTEGER NOT NULL,
    device_id     TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX honour_member ON honour (member_id, period);
CREATE INDEX honour_period ON honour (period, kind);
