-- Parole store, version 4: questionnaires. A questionnaire definition (its items, their type and
-- allowed answers), the respondents of each imported response file (one per row, with their
-- attributes), and their closed answers as values. Open answers are segments (kind 'answer'),
-- coded like interview turns; the answers table points at them.

-- Segments of kind 'answer'. As V3 did for 'comment', the segments table is rebuilt from V3's
-- definition with one more kind in its CHECK (foreign keys are off during migrations, see
-- StudyStore, so dropping the old table leaves codings in place) and its AUTOINCREMENT counter
-- carried over, so a segment id is still never reused.
CREATE TABLE segments_v4 (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  source_id     INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('turn', 'interviewer', 'preamble', 'whole', 'comment', 'answer')),
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
INSERT INTO sqlite_sequence (name, seq) SELECT 'segments_v4', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'segments_v4');
UPDATE sqlite_sequence SET seq = MAX(seq, COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'segments'), 0))
  WHERE name = 'segments_v4';
DROP TABLE segments;
ALTER TABLE segments_v4 RENAME TO segments;

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
