-- reinert14: the study's latest Reinert classification (parole classes), replaced whole by the
-- next one. Derived data: it can always be computed again from the segments.
CREATE TABLE lexical_classification (
  id             INTEGER PRIMARY KEY CHECK (id = 1),
  at             TEXT NOT NULL,
  person         TEXT NOT NULL,
  classes_asked  INTEGER NOT NULL,
  segment_words  INTEGER NOT NULL,
  text_segments  INTEGER NOT NULL,
  classified     INTEGER NOT NULL,
  lemmas         INTEGER NOT NULL,
  generation     INTEGER NOT NULL
);

-- The dendrogram: the root has no parent; class_number is 0 for an inner node.
CREATE TABLE lexical_class_nodes (
  node           INTEGER PRIMARY KEY,
  parent         INTEGER,
  chi_square     REAL NOT NULL,
  size           INTEGER NOT NULL,
  class_number   INTEGER NOT NULL
);

CREATE TABLE lexical_class_terms (
  class_number   INTEGER NOT NULL,
  rank           INTEGER NOT NULL,
  lemma          TEXT NOT NULL,
  in_class       INTEGER NOT NULL,
  total          INTEGER NOT NULL,
  chi_square     REAL NOT NULL,
  p              REAL NOT NULL,
  PRIMARY KEY (class_number, rank)
);

CREATE TABLE lexical_class_attributes (
  class_number   INTEGER NOT NULL,
  rank           INTEGER NOT NULL,
  attribute      TEXT NOT NULL,
  value          TEXT NOT NULL,
  in_class       INTEGER NOT NULL,
  total          INTEGER NOT NULL,
  chi_square     REAL NOT NULL,
  p              REAL NOT NULL,
  PRIMARY KEY (class_number, rank)
);

CREATE TABLE lexical_class_tests (
  attribute      TEXT PRIMARY KEY,
  chi_square     REAL,
  degrees        INTEGER NOT NULL,
  p              REAL
);

-- Each classified text segment: a piece [start_offset, end_offset) of a stored segment's text.
CREATE TABLE lexical_class_segments (
  segment_id     INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
  start_offset   INTEGER NOT NULL,
  end_offset     INTEGER NOT NULL,
  class_number   INTEGER NOT NULL,
  typical_rank   INTEGER,
  PRIMARY KEY (segment_id, start_offset)
);

CREATE INDEX lexical_class_segments_by_class ON lexical_class_segments (class_number, typical_rank);
