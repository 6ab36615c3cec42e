-- Parole store, version 4: questionnaires. A questionnaire definition (its items, their type and
-- allowed answers), the respondents of each imported response file (one per row, with their
-- attributes), and their closed answers as values. Open answers are segments (kind 'answer'),
-- coded like interview turns; the answers table points at them.

-- Segments of kind 'answer'. The kind is checked by fr.parole.study.SegmentKind; a CHECK list here
-- meant rebuilding this table for every new kind of source. SQLite cannot drop a CHECK in place:
-- the table is copied, and the codings (which a DROP TABLE would cascade away) and the id sequence
-- (ids are never reused) are kept aside and put back.
CREATE TABLE segments_v4 (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  source_id     INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,
  kind          TEXT NOT NULL,
  speaker       TEXT,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  line          INTEGER NOT NULL,
  text          TEXT NOT NULL,
  word_count    INTEGER NOT NULL,
  attribute_set_id INTEGER REFERENCES attribute_sets(id),
  UNIQUE (source_id, ordinal)
);
INSERT INTO segments_v4 (id, source_id, ordinal, kind, speaker, start_offset, end_offset, line, text, word_count,
  attribute_set_id)
  SELECT id, source_id, ordinal, kind, speaker, start_offset, end_offset, line, text, word_count, attribute_set_id
  FROM segments;
CREATE TEMP TABLE codings_v4 AS SELECT * FROM codings;
CREATE TEMP TABLE sequence_v4 AS SELECT seq FROM sqlite_sequence WHERE name = 'segments';
DROP TABLE segments;
ALTER TABLE segments_v4 RENAME TO segments;
INSERT INTO codings SELECT * FROM temp.codings_v4;
DELETE FROM sqlite_sequence WHERE name IN ('segments', 'segments_v4');
INSERT INTO sqlite_sequence (name, seq)
  SELECT 'segments', top FROM (SELECT MAX(seq) AS top FROM
    (SELECT seq FROM temp.sequence_v4 UNION ALL SELECT MAX(id) FROM segments)) WHERE top IS NOT NULL;
DROP TABLE temp.codings_v4;
DROP TABLE temp.sequence_v4;

-- One row per questionnaire definition (its `id:`), with the items as they were when its response
-- files were last imported.
CREATE TABLE questionnaires (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  name          TEXT NOT NULL UNIQUE,
  title         TEXT NOT NULL,
  definition    TEXT NOT NULL,
  definition_hash TEXT NOT NULL
);

-- choices: the Likert labels in their order, or the choices, as a JSON array (NULL for other types).
CREATE TABLE questionnaire_items (
  questionnaire_id INTEGER NOT NULL REFERENCES questionnaires(id) ON DELETE CASCADE,
  item          TEXT NOT NULL,
  ordinal       INTEGER NOT NULL,
  label         TEXT NOT NULL,
  type          TEXT NOT NULL CHECK (type IN ('likert', 'oui_non_en_cours', 'yes_no', 'single_choice',
                  'multiple_choice', 'number', 'text')),
  choices       TEXT,
  PRIMARY KEY (questionnaire_id, item)
) WITHOUT ROWID;

-- One row per respondent (a row of a response file); its attributes are shared with segments.
CREATE TABLE respondents (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  source_id     INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  questionnaire_id INTEGER NOT NULL REFERENCES questionnaires(id),
  line          INTEGER NOT NULL,
  attribute_set_id INTEGER REFERENCES attribute_sets(id),
  UNIQUE (source_id, line)
);

-- One row per answer given; a multiple choice gives one row per choice ticked. value is the
-- answer as the definition spells it ("En cours", a Likert label, a choice) or the text of an open
-- answer; number is a number item's value or a Likert label's rank (1 = first label); segment_id
-- is the open answer's segment. An unanswered item has no row: missing stays missing.
CREATE TABLE answers (
  respondent_id INTEGER NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
  item          TEXT NOT NULL,
  value         TEXT NOT NULL,
  number        REAL,
  segment_id    INTEGER REFERENCES segments(id) ON DELETE CASCADE,
  PRIMARY KEY (respondent_id, item, value)
) WITHOUT ROWID;

CREATE INDEX respondents_by_questionnaire ON respondents (questionnaire_id);
CREATE INDEX answers_by_item ON answers (item, value);
