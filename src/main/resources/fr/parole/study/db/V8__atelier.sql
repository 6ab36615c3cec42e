-- Parole store, version 8: the atelier (the study in the browser). People who may open it when
-- it is shared on a network (a password hash, never the password), what each person did (audit),
-- memos, and the discussion of co-researchers and researchers (comments and proposed codes).
CREATE TABLE people (
  name          TEXT PRIMARY KEY,
  role          TEXT NOT NULL CHECK (role IN ('chercheur', 'co-chercheur', 'lecteur')),
  password_hash TEXT NOT NULL,
  may_review    INTEGER NOT NULL DEFAULT 0 CHECK (may_review IN (0, 1)),
  created_at    TEXT NOT NULL
) WITHOUT ROWID;

-- Every change made through the atelier: who, what, on what, when. Never updated or deleted.
CREATE TABLE audit_log (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  at            TEXT NOT NULL,
  person        TEXT NOT NULL,
  action        TEXT NOT NULL,
  target        TEXT,
  detail        TEXT
);

-- A memo on a segment, a source (document), a code or the study ('study', target ''), written by
-- a person. target: the segment or source id as text, or 'codebook/code'.
CREATE TABLE memos (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  target_kind   TEXT NOT NULL CHECK (target_kind IN ('segment', 'source', 'code', 'study')),
  target        TEXT NOT NULL,
  author        TEXT NOT NULL,
  at            TEXT NOT NULL,
  text          TEXT NOT NULL
);
CREATE INDEX memos_by_target ON memos (target_kind, target);

-- The discussion: a comment on a segment (a quote) or a code (a theme), or a code proposed for a
-- segment. A researcher answers it, or turns a proposal into a coding (status 'accepted').
CREATE TABLE discussion (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  target_kind   TEXT NOT NULL CHECK (target_kind IN ('segment', 'code')),
  target        TEXT NOT NULL,
  author        TEXT NOT NULL,
  at            TEXT NOT NULL,
  text          TEXT NOT NULL,
  codebook      TEXT,
  proposed_code TEXT,
  status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'accepted', 'declined')),
  answer        TEXT,
  answered_by   TEXT,
  answered_at   TEXT
);
CREATE INDEX discussion_by_target ON discussion (target_kind, target);
