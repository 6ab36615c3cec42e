-- Parole store, version 10: blinded parallel coding. A researcher assigns segments to two or more
-- coders; while the assignment is open, each coder codes them without seeing the others' codings
-- nor the machine's suggestions on them. Then agreement, the disagreements side by side, and a
-- resolution per disagreement: a decision recorded with who made it and when, which becomes the
-- reference coding (a human coding by the decider); the coders' own codings are kept.
CREATE TABLE assignments (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  codebook      TEXT NOT NULL,
  selection     TEXT NOT NULL,
  created_by    TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  closed_by     TEXT,
  closed_at     TEXT
);

CREATE TABLE assignment_segments (
  assignment_id INTEGER NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
  segment_id    INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
  PRIMARY KEY (assignment_id, segment_id)
) WITHOUT ROWID;
CREATE INDEX assignment_segments_by_segment ON assignment_segments (segment_id);

CREATE TABLE assignment_coders (
  assignment_id INTEGER NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
  person        TEXT NOT NULL,
  PRIMARY KEY (assignment_id, person)
) WITHOUT ROWID;

-- One decision per disagreement (segment and dimension): the codes retained (comma-separated
-- dimension/code, empty for none), who decided and when.
CREATE TABLE resolutions (
  assignment_id INTEGER NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
  segment_id    INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
  dimension     TEXT NOT NULL,
  codes         TEXT NOT NULL,
  decided_by    TEXT NOT NULL,
  decided_at    TEXT NOT NULL,
  PRIMARY KEY (assignment_id, segment_id, dimension)
) WITHOUT ROWID;
