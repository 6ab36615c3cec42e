-- Parole store, version 3: e-Satis results (open data) and free-text comments (verbatims).
--
-- A results file is a source like any other (path, content hash: a re-import of the same file is
-- a no-op, a changed file replaces its rows) but gives no segments: one row per establishment
-- (esatis_results) and its scores per dimension (esatis_scores). A missing score is NULL, never 0.

-- Establishments by their geographic FINESS (the one e-Satis scores); name and region as the most
-- recent file imported says them. Rows no result points at are removed at the end of an import.
CREATE TABLE esatis_establishments (
  finess_geo    TEXT PRIMARY KEY,
  finess        TEXT,
  name          TEXT,
  legal_name    TEXT,
  region        TEXT,
  seen_year     INTEGER NOT NULL
);

-- One establishment in one results file: survey, year and class of its global score.
CREATE TABLE esatis_results (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  source_id     INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  finess_geo    TEXT NOT NULL REFERENCES esatis_establishments(finess_geo),
  survey        TEXT NOT NULL CHECK (survey IN ('48h_mco', 'ca_mco')),
  year          INTEGER NOT NULL,
  class         TEXT CHECK (class IN ('A', 'B', 'C', 'D', 'DI', 'NR', 'NV', 'NA')),
  evolution     TEXT,
  participation TEXT,
  deposit       TEXT,
  line          INTEGER NOT NULL,
  UNIQUE (source_id, finess_geo)
);
CREATE INDEX esatis_results_by_establishment ON esatis_results (finess_geo, survey, year);

-- Scores 0-100 per dimension (global, accueil, repas…) and the number of answers behind each.
CREATE TABLE esatis_scores (
  result_id     INTEGER NOT NULL REFERENCES esatis_results(id) ON DELETE CASCADE,
  dimension     TEXT NOT NULL,
  score         REAL CHECK (score BETWEEN 0 AND 100),
  answers       INTEGER CHECK (answers >= 0),
  PRIMARY KEY (result_id, dimension)
) WITHOUT ROWID;

-- Verbatims are segments of kind 'comment'. SQLite cannot change a CHECK constraint in place:
-- the segments table is rebuilt (foreign keys are off during migrations, see StudyStore) and
-- its AUTOINCREMENT counter carried over, so a segment id is still never reused.
CREATE TABLE segments_v3 (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  source_id     INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('turn', 'interviewer', 'preamble', 'whole', 'comment')),
  speaker       TEXT,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  line          INTEGER NOT NULL,
  text          TEXT NOT NULL,
  word_count    INTEGER NOT NULL,
  attribute_set_id INTEGER REFERENCES attribute_sets(id),
  UNIQUE (source_id, ordinal)
);
INSERT INTO segments_v3 (id, source_id, ordinal, kind, speaker, start_offset, end_offset, line, text, word_count,
    attribute_set_id)
  SELECT id, source_id, ordinal, kind, speaker, start_offset, end_offset, line, text, word_count, attribute_set_id
  FROM segments;
INSERT INTO sqlite_sequence (name, seq) SELECT 'segments_v3', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'segments_v3');
UPDATE sqlite_sequence SET seq = MAX(seq, COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'segments'), 0))
  WHERE name = 'segments_v3';
DROP TABLE segments;
ALTER TABLE segments_v3 RENAME TO segments;
