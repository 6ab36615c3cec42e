-- Parole store, version 1: sources, their segments, their attributes, and an event log.
-- AUTOINCREMENT: an id is never reused, so the index and later codings can never confuse a
-- replaced segment with its successor.
-- Counts are queries, never stored; the Lucene index is derived from these tables.
CREATE TABLE sources (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  path          TEXT NOT NULL UNIQUE,
  format        TEXT NOT NULL,
  content_hash  TEXT NOT NULL UNIQUE,
  encoding      TEXT,
  content       TEXT,
  imported_at   TEXT NOT NULL
);

-- Attributes come in few distinct combinations (one per speaker and section, say): each
-- combination is stored once and segments point at it, instead of one row per segment and name.
CREATE TABLE attribute_sets (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  key           TEXT NOT NULL UNIQUE
);

CREATE TABLE attribute_values (
  set_id        INTEGER NOT NULL REFERENCES attribute_sets(id) ON DELETE CASCADE,
  name          TEXT NOT NULL,
  value         TEXT NOT NULL,
  PRIMARY KEY (set_id, name)
) WITHOUT ROWID;

CREATE TABLE segments (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  source_id     INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('turn', 'interviewer', 'preamble', 'whole')),
  speaker       TEXT,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  line          INTEGER NOT NULL,
  text          TEXT NOT NULL,
  word_count    INTEGER NOT NULL,
  attribute_set_id INTEGER REFERENCES attribute_sets(id),
  UNIQUE (source_id, ordinal)
);

-- Append-only log of what changed the study (imports, reindexing), as readable JSON.
CREATE TABLE events (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  at            TEXT NOT NULL,
  kind          TEXT NOT NULL,
  detail        TEXT NOT NULL
);

-- Key-value facts about the store; 'generation' counts the changes the index must follow.
CREATE TABLE meta (
  key           TEXT PRIMARY KEY,
  value         TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('generation', '0');
