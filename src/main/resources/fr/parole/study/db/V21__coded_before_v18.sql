-- Parole store, version 21: coded_sources (V18) lists what was coded before it.
-- V18 created coded_sources empty. A coding run clears a codebook's pending machine suggestions on
-- the sources it codes, and on those coded_sources lists under it that study.yaml now gives another
-- codebook: a suggestion written before V18 on a source since given another codebook was on neither,
-- and stayed for good (in the review queue, in the report's counts), whether the store was migrated
-- before this version or after. Each (source, codebook) with a pending machine suggestion and no row
-- gets one, with a fingerprint no run gives (runs give 64 hexadecimal digits): the next run codes the
-- source again if it is still the codebook's (as it would with no row), and clears the codebook's
-- suggestions from it if not. Only the machine's pending suggestions make a row; people's codings,
-- and the suggestions they accepted or rejected, are never cleared.
INSERT OR IGNORE INTO coded_sources (source_id, codebook, fingerprint, coded_at)
  SELECT s.source_id, c.codebook, 'avant-v21', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
  FROM codings c JOIN segments s ON s.id = c.segment_id
  WHERE c.origin <> 'human' AND c.status = 'suggested'
  GROUP BY s.source_id, c.codebook;
