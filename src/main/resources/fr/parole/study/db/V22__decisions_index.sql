-- Parole store, version 22: an index of people's decisions alone.
-- Every coding run reads the (segment, code) pairs a person decided on in its codebook, so as never
-- to overwrite them (Codings.humanDecisions). Through codings_by_code that read went over every
-- coding of the codebook, machine suggestions included: 2.1 s at 3,364,576 codings, in a run that
-- adds a month of 100,000 comments to a million, for a handful of decisions. This partial index
-- holds only what a person coded, accepted or rejected: the machine's pending suggestions, nearly
-- all the rows, are not in it, and writing them costs the test of its condition. Its condition is
-- Codings.humanDecision's: SQLite uses a partial index only for a query whose condition implies it.
-- The readers name it (INDEXED BY): SQLite would otherwise weigh it the same as codings_by_code.
CREATE INDEX IF NOT EXISTS codings_decided ON codings (codebook, segment_id, code)
  WHERE (origin = 'human' OR status <> 'suggested');
