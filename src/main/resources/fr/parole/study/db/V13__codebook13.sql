-- Parole store, version 13 (codebook13): what a codebook version did to the other places that name
-- a code, so that restoring an earlier version puts them back exactly. When a code's id changes
-- (renamed, merged into another, moved to another dimension), the memos and the discussion about
-- it, the codes proposed in the discussion, the rows of the people's undo journal and the code's
-- threshold follow it. kind: 'memo', 'discussion', 'proposition', 'annulation' (row_id: the row's
-- id or rowid) or 'seuil' (row_id 0: a threshold is found by its codebook and code). A version's
-- steps are undone last step first, as in codebook_coding_changes.
CREATE TABLE codebook_reference_changes (
  version       INTEGER NOT NULL REFERENCES codebook_versions(id),
  step          INTEGER NOT NULL,
  kind          TEXT NOT NULL,
  row_id        INTEGER NOT NULL,
  before        TEXT NOT NULL,
  after         TEXT NOT NULL,
  PRIMARY KEY (version, step, kind, row_id, before)
) WITHOUT ROWID;

-- A code's new id is followed in the undo journal by codebook and code: without this index each
-- change of id would read the whole journal (every coding any action added or removed).
CREATE INDEX coding_action_rows_by_code ON coding_action_rows (codebook, code);
