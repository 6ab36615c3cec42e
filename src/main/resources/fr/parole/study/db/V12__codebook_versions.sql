-- Parole store, version 12: the codebook's versions, edited in the atelier or by parole codebook.
--
-- Every change to a codebook writes a new version: the whole codebook as YAML, who, when, what
-- changed (a French sentence). Number 1 is the codebook as it was before its first change (the
-- shipped one or the study's file), so that it can be restored too.
CREATE TABLE codebook_versions (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  codebook      TEXT NOT NULL,
  number        INTEGER NOT NULL,
  yaml          TEXT NOT NULL,
  person        TEXT NOT NULL,
  at            TEXT NOT NULL,
  action        TEXT NOT NULL,
  summary       TEXT NOT NULL,
  UNIQUE (codebook, number)
);

-- What each version did to codings, so that restoring an earlier version can undo it exactly:
-- a coding moved from code `before` to code `after`, archived (`after` NULL: its row went to
-- archived_codings) or brought back from the archive (`before` NULL). A version's steps are
-- undone last step first.
CREATE TABLE codebook_coding_changes (
  version       INTEGER NOT NULL REFERENCES codebook_versions(id),
  step          INTEGER NOT NULL,
  coding_id     INTEGER NOT NULL,
  before        TEXT,
  after         TEXT,
  PRIMARY KEY (version, step, coding_id)
) WITHOUT ROWID;

-- The codings of deleted codes that people decided on, kept with their id, coder, origin and date
-- so that restoring a version brings them back. The machine's suggestions are not kept: the next
-- coding run makes them again.
CREATE TABLE archived_codings (
  id            INTEGER PRIMARY KEY,
  segment_id    INTEGER NOT NULL,
  codebook      TEXT NOT NULL,
  code          TEXT NOT NULL,
  coder         TEXT NOT NULL,
  origin        TEXT NOT NULL,
  confidence    REAL,
  status        TEXT NOT NULL,
  evidence      TEXT,
  span_start    INTEGER,
  span_end      INTEGER,
  at            TEXT NOT NULL
);
