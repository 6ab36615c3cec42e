-- Parole store, version 2: codings. A coding ties a segment (or a span of it) to a code of a
-- codebook, with who coded it (a person's name, or the machine coder), how (rule, model, human),
-- how sure the machine is, and where the decision stands. Machine suggestions are replaced on
-- each coding run; human decisions (origin 'human', or status accepted/rejected) never are.
CREATE TABLE codings (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  segment_id    INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
  codebook      TEXT NOT NULL,
  code          TEXT NOT NULL,
  coder         TEXT NOT NULL,
  origin        TEXT NOT NULL CHECK (origin IN ('rule', 'model', 'rule+model', 'human')),
  confidence    REAL,
  status        TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected')),
  evidence      TEXT,
  span_start    INTEGER,
  span_end      INTEGER,
  at            TEXT NOT NULL
);

CREATE INDEX codings_by_segment ON codings (segment_id, codebook, code);
CREATE INDEX codings_by_code ON codings (codebook, code, status);
