-- Parole store, version 13: a transcript turn's times in its recording (WebVTT, SRT, noScribe),
-- in milliseconds from the start. NULL for every other segment: a segment without times shows none.
ALTER TABLE segments ADD COLUMN start_ms INTEGER;
ALTER TABLE segments ADD COLUMN end_ms INTEGER;
