-- Parole store, version 18: content-lemma counts sized by the vocabulary, and which sources were
-- coded with what (incremental coding).
-- lemma_counts (V5) held one row per (source, attribute set, lemma): a verbatim study has about one
-- attribute set per comment (each carries its date), so 1,000,000 comments wrote about 10 million
-- rows inside the coding transaction. lemma_values holds the same occurrences summed per (source,
-- attribute, value, lemma), for the attributes the report's specificities use (counted while coding,
-- written once), and lemma_corpus the occurrences per (source, lemma) whatever the attributes (the
-- segments lacking an attribute are the corpus minus those carrying it). lemma_attributes says which
-- attributes each counted source has: an attribute with too many values in a source (free text) is
-- not counted, and a query by it is refused with a message rather than answered wrongly.
-- Every row is per source and goes with it (or with its lemma_sources row) when it is removed.
CREATE TABLE lemma_attributes (
  source_id     INTEGER NOT NULL REFERENCES lemma_sources(source_id) ON DELETE CASCADE,
  name          TEXT NOT NULL,
  PRIMARY KEY (source_id, name)
) WITHOUT ROWID;

CREATE TABLE lemma_values (
  source_id     INTEGER NOT NULL REFERENCES lemma_sources(source_id) ON DELETE CASCADE,
  name          TEXT NOT NULL,
  value         TEXT NOT NULL,
  lemma         TEXT NOT NULL,
  occurrences   INTEGER NOT NULL CHECK (occurrences > 0),
  PRIMARY KEY (source_id, name, value, lemma)
) WITHOUT ROWID;

-- Covering index: a query by attribute reads its rows only.
CREATE INDEX lemma_values_by_name ON lemma_values (name, value, lemma, occurrences);

CREATE TABLE lemma_source_corpus (
  source_id     INTEGER NOT NULL REFERENCES lemma_sources(source_id) ON DELETE CASCADE,
  lemma         TEXT NOT NULL,
  occurrences   INTEGER NOT NULL CHECK (occurrences > 0),
  PRIMARY KEY (source_id, lemma)
) WITHOUT ROWID;

-- The old counts, summed into the new tables: every attribute with at most 5,000 values in a source.
INSERT INTO lemma_source_corpus (source_id, lemma, occurrences)
  SELECT source_id, lemma, SUM(occurrences) FROM lemma_counts GROUP BY source_id, lemma;

INSERT INTO lemma_attributes (source_id, name)
  SELECT s.source_id, n.name FROM lemma_sources s, (SELECT DISTINCT name FROM attribute_values) n
  WHERE (SELECT COUNT(DISTINCT v.value) FROM lemma_counts c JOIN attribute_values v ON v.set_id = c.attribute_set_id
         WHERE c.source_id = s.source_id AND v.name = n.name) <= 5000;

INSERT INTO lemma_values (source_id, name, value, lemma, occurrences)
  SELECT c.source_id, v.name, v.value, c.lemma, SUM(c.occurrences)
  FROM lemma_counts c JOIN attribute_values v ON v.set_id = c.attribute_set_id
  JOIN lemma_attributes a ON a.source_id = c.source_id AND a.name = v.name
  GROUP BY c.source_id, v.name, v.value, c.lemma;

DROP TABLE lemma_counts;
DROP TABLE lemma_totals;
DROP TABLE lemma_corpus;
DELETE FROM meta WHERE key = 'lemma_totals_generation';

-- Which sources a codebook coded, with the fingerprint of what coded them (codebook, model files,
-- counted attributes, attribute rules): a run with the same fingerprint codes only the sources not
-- yet listed. A changed source is imported as a new one (its row goes with the old one).
CREATE TABLE coded_sources (
  source_id     INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  codebook      TEXT NOT NULL,
  fingerprint   TEXT NOT NULL,
  coded_at      TEXT NOT NULL,
  PRIMARY KEY (source_id, codebook)
) WITHOUT ROWID;
