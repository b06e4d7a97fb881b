-- atalaya event store, version 1. One schema for SQLite and PostgreSQL:
-- only types and statements both understand (TEXT, BIGINT, INTEGER,
-- DOUBLE PRECISION, ON CONFLICT). Ids are derived from content hashes, so
-- they do not depend on the order of ingestion.

-- articles: every article stored once, keyed by its content hash.
CREATE TABLE articles (
    id          BIGINT PRIMARY KEY,          -- from the content hash
    hash        TEXT NOT NULL UNIQUE,        -- sha256 of date, lang, url, title and text
    name        TEXT NOT NULL,               -- the article's id as read (file base name or JSONL id)
    url         TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '',    -- URL host without www., '' when unknown
    date        TEXT,                        -- publication date YYYY-MM-DD, NULL when unknown
    lang        TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,               -- the body as read; every offset points into it
    chars       INTEGER NOT NULL DEFAULT 0,  -- length of text in characters
    ingested_at TEXT NOT NULL                -- RFC 3339, UTC
);

-- events: one row per distinct event, merged across articles (see README).
CREATE TABLE events (
    id              BIGINT PRIMARY KEY,      -- GlobalEventID, from the merge key
    merge_key       TEXT NOT NULL UNIQUE,
    day             TEXT,                    -- YYYY-MM-DD: the event date, or the first article date when the event date is less precise or unknown
    date            TEXT,                    -- TIMEX3 event date as extracted (YYYY-MM-DD, YYYY-MM, YYYY...), NULL when undated
    actor1_code     TEXT NOT NULL DEFAULT '',
    actor1_name     TEXT NOT NULL DEFAULT '',
    actor1_country  TEXT NOT NULL DEFAULT '',
    actor1_roles    TEXT NOT NULL DEFAULT '', -- role codes joined with ';'
    actor2_code     TEXT NOT NULL DEFAULT '',
    actor2_name     TEXT NOT NULL DEFAULT '',
    actor2_country  TEXT NOT NULL DEFAULT '',
    actor2_roles    TEXT NOT NULL DEFAULT '',
    cameo           TEXT NOT NULL,
    root            TEXT NOT NULL,
    quad_class      INTEGER NOT NULL DEFAULT 0,
    goldstein       DOUBLE PRECISION NOT NULL DEFAULT 0,
    plover          TEXT NOT NULL DEFAULT '',
    is_symmetric    INTEGER NOT NULL DEFAULT 0,
    modality        TEXT NOT NULL DEFAULT 'asserted',
    is_root         INTEGER NOT NULL DEFAULT 0, -- 1 when some article states it in its first sentence
    loc_name        TEXT NOT NULL DEFAULT '',
    loc_country     TEXT NOT NULL DEFAULT '',
    loc_adm1        TEXT NOT NULL DEFAULT '',
    loc_feature     TEXT NOT NULL DEFAULT '',
    loc_lat         DOUBLE PRECISION,
    loc_lon         DOUBLE PRECISION,
    loc_geonames_id BIGINT NOT NULL DEFAULT 0,
    confidence      DOUBLE PRECISION NOT NULL DEFAULT 0, -- highest mention confidence
    num_mentions    INTEGER NOT NULL DEFAULT 0,
    num_sources     INTEGER NOT NULL DEFAULT 0,
    num_articles    INTEGER NOT NULL DEFAULT 0,
    first_seen      TEXT,                    -- earliest article date
    last_seen       TEXT,                    -- latest article date
    source_url      TEXT NOT NULL DEFAULT '' -- URL of the earliest article
);
CREATE INDEX events_day ON events (day);
CREATE INDEX events_actor1 ON events (actor1_code);
CREATE INDEX events_actor2 ON events (actor2_code);
CREATE INDEX events_country1 ON events (actor1_country);
CREATE INDEX events_country2 ON events (actor2_country);
CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX events_root ON events (root, quad_class);
CREATE INDEX events_loc ON events (loc_country, loc_adm1);

-- mentions: one row per event found in an article, with its evidence.
CREATE TABLE mentions (
    id              BIGINT PRIMARY KEY,      -- from the article hash and the event's place in it
    event_id        BIGINT NOT NULL,
    merge_key       TEXT NOT NULL,           -- the event's merge key (event_id is its hash)
    article_id      BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    record_id       TEXT NOT NULL DEFAULT '', -- the event id in the extraction record
    date            TEXT,
    actor1_code     TEXT NOT NULL DEFAULT '',
    actor1_name     TEXT NOT NULL DEFAULT '',
    actor1_country  TEXT NOT NULL DEFAULT '',
    actor1_roles    TEXT NOT NULL DEFAULT '',
    actor1_text     TEXT NOT NULL DEFAULT '',
    actor1_start    INTEGER NOT NULL DEFAULT -1, -- byte offsets into articles.text, -1 when absent
    actor1_end      INTEGER NOT NULL DEFAULT -1,
    actor1_char     INTEGER NOT NULL DEFAULT -1, -- character offset of actor1_start
    actor2_code     TEXT NOT NULL DEFAULT '',
    actor2_name     TEXT NOT NULL DEFAULT '',
    actor2_country  TEXT NOT NULL DEFAULT '',
    actor2_roles    TEXT NOT NULL DEFAULT '',
    actor2_text     TEXT NOT NULL DEFAULT '',
    actor2_start    INTEGER NOT NULL DEFAULT -1,
    actor2_end      INTEGER NOT NULL DEFAULT -1,
    actor2_char     INTEGER NOT NULL DEFAULT -1,
    cameo           TEXT NOT NULL,
    quad_class      INTEGER NOT NULL DEFAULT 0,
    goldstein       DOUBLE PRECISION NOT NULL DEFAULT 0,
    plover          TEXT NOT NULL DEFAULT '',
    is_symmetric    INTEGER NOT NULL DEFAULT 0,
    modality        TEXT NOT NULL DEFAULT 'asserted',
    loc_name        TEXT NOT NULL DEFAULT '',
    loc_country     TEXT NOT NULL DEFAULT '',
    loc_adm1        TEXT NOT NULL DEFAULT '',
    loc_feature     TEXT NOT NULL DEFAULT '',
    loc_lat         DOUBLE PRECISION,
    loc_lon         DOUBLE PRECISION,
    loc_geonames_id BIGINT NOT NULL DEFAULT 0,
    loc_text        TEXT NOT NULL DEFAULT '',
    loc_start       INTEGER NOT NULL DEFAULT -1,
    loc_end         INTEGER NOT NULL DEFAULT -1,
    sentence        INTEGER NOT NULL DEFAULT 0, -- 0-based sentence of the evidence
    evidence        TEXT NOT NULL DEFAULT '',
    evidence_start  INTEGER NOT NULL DEFAULT 0,
    evidence_end    INTEGER NOT NULL DEFAULT 0,
    trigger_text    TEXT NOT NULL DEFAULT '',
    trigger_start   INTEGER NOT NULL DEFAULT 0,
    trigger_end     INTEGER NOT NULL DEFAULT 0,
    action_char     INTEGER NOT NULL DEFAULT 0, -- character offset of the trigger (or the evidence)
    pattern         TEXT NOT NULL DEFAULT '',
    reported_by     TEXT NOT NULL DEFAULT '', -- reporter codes joined with ';'
    extra           TEXT NOT NULL DEFAULT '', -- JSON: reporters with offsets, quantities, further evidence
    confidence      DOUBLE PRECISION NOT NULL DEFAULT 0
);
CREATE INDEX mentions_event ON mentions (event_id);
CREATE INDEX mentions_article ON mentions (article_id);
