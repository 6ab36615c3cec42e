-- double14: the double classification (parole classes --double): the length in words of the
-- second classification's units; 0 for a simple classification (and for those stored before).
ALTER TABLE lexical_classification ADD COLUMN segment_words2 INTEGER NOT NULL DEFAULT 0;
