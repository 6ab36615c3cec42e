-- Parole store, version 5: content-lemma counts for word specificities, written by each coding
-- run from the tagging it does anyway, so a report never re-tags nor loads every segment.
-- Derived data, like the index: counts are aggregated per source and attribute set (segments
-- share attribute sets), so a 1,000,000-segment study gives a table of the size of its
-- vocabulary times its attribute combinations, not of its text.
-- lemma_sources: which sources are counted, from which store generation (counts older than the
-- last import are reported as such), with how many segments and content-lemma occurrences.
CREATE TABLE lemma_sources (
  source_id     INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
  generation    INTEGER NOT NULL,
  segments      INTEGER NOT NULL,
  occurrences   INTEGER NOT NULL,
  counted_at    TEXT NOT NULL
);

-- A NULL attribute_set_id counts the segments without attributes. Removing a source removes its
-- counts; an attribute set dropped after a re-attribution takes its counts with it (the counts
-- are then older than the store's generation, and said to be).
CREATE TABLE lemma_counts (
  source_id        INTEGER NOT NULL REFERENCES lemma_sources(source_id) ON DELETE CASCADE,
  attribute_set_id INTEGER REFERENCES attribute_sets(id) ON DELETE CASCADE,
  lemma            TEXT NOT NULL,
  occurrences      INTEGER NOT NULL CHECK (occurrences > 0)
);

CREATE INDEX lemma_counts_by_source ON lemma_counts (source_id);
-- Covering index: a query by attribute reads it set by set, without touching the table.
CREATE INDEX lemma_counts_by_set ON lemma_counts (attribute_set_id, lemma, occurrences);
