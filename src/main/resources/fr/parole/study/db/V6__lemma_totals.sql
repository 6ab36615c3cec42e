-- Parole store, version 6: content-lemma counts summed per attribute value, so that a report reads
-- the few rows of one attribute instead of summing lemma_counts (V5) at each report.
-- lemma_counts stays the record a coding run replaces source by source; but a verbatim study has
-- about one attribute set per comment (each carries its date), so lemma_counts of 1,000,000
-- comments has about 10 million rows, and summing them per establishment took seconds per attribute.
-- lemma_totals: occurrences per (attribute, value, lemma) over all counted sources;
-- lemma_corpus: occurrences per lemma over all counted segments, with or without attributes (the
-- segments lacking an attribute are the corpus minus those carrying it).
-- Both are derived from lemma_counts and kept equal to its sums by each coding run, which records
-- in meta 'lemma_totals_generation' the store generation they were made at. An import bumps the
-- generation (it may delete counts with their source or attribute set): until the next coding run
-- rebuilds them, the totals are not read and the counts are summed as before.
-- Occurrences may be 0 for a moment while a run applies its changes, never once it commits.
CREATE TABLE lemma_totals (
  name          TEXT NOT NULL,
  value         TEXT NOT NULL,
  lemma         TEXT NOT NULL,
  occurrences   INTEGER NOT NULL,
  PRIMARY KEY (name, value, lemma)
) WITHOUT ROWID;

CREATE TABLE lemma_corpus (
  lemma         TEXT PRIMARY KEY,
  occurrences   INTEGER NOT NULL
) WITHOUT ROWID;
