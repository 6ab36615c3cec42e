-- Parole store, version 11: each person's coding actions in the atelier and the command line
-- (apply a code, remove a coding, an autocode batch, a review decision), so that « Annuler » reverses exactly one
-- action and « Rétablir » replays it. The codings an action added or removed are kept row by
-- row, as they were: undoing a removal puts the very same coding back (same id, coder, date).
CREATE TABLE coding_actions (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  person        TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('appliquer', 'retirer', 'autocoder', 'revue')),
  label         TEXT NOT NULL,
  at            TEXT NOT NULL,
  -- done: in effect; undone: reversed, may be redone; dropped: reversed, then the person did
  -- something else (redo no longer offered, as in every editor).
  state         TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'dropped'))
);
CREATE INDEX coding_actions_by_person ON coding_actions (person, state, id);

CREATE TABLE coding_action_rows (
  action_id     INTEGER NOT NULL REFERENCES coding_actions(id),
  change        TEXT NOT NULL CHECK (change IN ('added', 'removed')),
  coding_id     INTEGER NOT NULL,
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
CREATE INDEX coding_action_rows_by_action ON coding_action_rows (action_id);
CREATE INDEX coding_action_rows_by_coding ON coding_action_rows (coding_id);
