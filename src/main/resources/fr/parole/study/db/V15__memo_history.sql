-- Parole store, version 13 (issue 13, ux13): memos edited and deleted with nothing lost.
--
-- The memo row keeps the current text, its version number (the atelier's form sends the one it
-- showed, so that an edit made on a text someone changed since is refused) and who changed it
-- last and when; each text it replaced goes to memo_versions. A deleted memo stays in its table
-- with who deleted it and when: every reader leaves it out, the audit log and its versions still
-- point at it, and a mistaken delete can be undone by hand.
ALTER TABLE memos ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE memos ADD COLUMN edited_by TEXT;
ALTER TABLE memos ADD COLUMN edited_at TEXT;
ALTER TABLE memos ADD COLUMN deleted_by TEXT;
ALTER TABLE memos ADD COLUMN deleted_at TEXT;

-- A text a memo had before an edit: version `version` of memo `memo_id`, written by `written_by`
-- at `written_at` (the author and date of the memo for version 1, the editor and edit date after).
CREATE TABLE memo_versions (
  memo_id       INTEGER NOT NULL REFERENCES memos(id),
  version       INTEGER NOT NULL,
  text          TEXT NOT NULL,
  written_by    TEXT NOT NULL,
  written_at    TEXT NOT NULL,
  PRIMARY KEY (memo_id, version)
);
