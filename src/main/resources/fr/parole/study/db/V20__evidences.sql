-- Parole store, version 20: each distinct evidence text stored once. A machine suggestion's
-- evidence is the whole query of the rule that fired (about 110 characters) or « modèle appris »:
-- over 200,000 comments, 48 distinct texts made 74 of the 148 MB of 672,867 codings, and writing
-- and reading them cost as much. A coding now points at its text by id (NULL: no evidence).
-- The texts of archived codings (V12) and of coding action rows (V11) stay inline: they hold
-- people's codings only, few of them, and are put back through the evidences table.
-- Texts no coding points at any more are kept: a coding run writes the same few queries again,
-- and finding the unused ones would read every coding.
CREATE TABLE evidences (
  id            INTEGER PRIMARY KEY,
  text          TEXT NOT NULL UNIQUE
);

INSERT INTO evidences (text) SELECT evidence FROM codings WHERE evidence IS NOT NULL GROUP BY evidence;

-- SQLite's recipe for changing a table (foreign keys are off while migrating, see StudyStore):
-- V2's definition with evidence_id for evidence, the same ids, and the AUTOINCREMENT counter
-- carried over (as V4 did for segments), so that the undo journal (V11) and the codebook history
-- (V12), which name codings by id, still find them and no id is ever given twice.
CREATE TABLE codings_v20 (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  segment_id    INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
  codebook      TEXT NOT NULL,
  code          TEXT NOT NULL,
  coder         TEXT NOT NULL,
  origin        TEXT NOT NULL CHECK (origin IN ('rule', 'model', 'rule+model', 'human')),
  confidence    REAL,
  status        TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected')),
  evidence_id   INTEGER REFERENCES evidences(id),
  span_start    INTEGER,
  span_end      INTEGER,
  at            TEXT NOT NULL
);
INSERT INTO codings_v20 (id, segment_id, codebook, code, coder, origin, confidence, status, evidence_id, span_start,
    span_end, at)
  SELECT c.id, c.segment_id, c.codebook, c.code, c.coder, c.origin, c.confidence, c.status, e.id, c.span_start,
    c.span_end, c.at
  FROM codings c LEFT JOIN evidences e ON e.text = c.evidence ORDER BY c.id;
INSERT INTO sqlite_sequence (name, seq) SELECT 'codings_v20', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'codings_v20');
UPDATE sqlite_sequence SET seq = MAX(seq, COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'codings'), 0))
  WHERE name = 'codings_v20';
DROP TABLE codings;
ALTER TABLE codings_v20 RENAME TO codings;

-- V2's indexes, the only ones on codings (no later migration added an index or a trigger to it).
CREATE INDEX codings_by_segment ON codings (segment_id, codebook, code);
CREATE INDEX codings_by_code ON codings (codebook, code, status);
