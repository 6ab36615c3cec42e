-- Parole store, version 7: the confidence from which each code's machine suggestions count.
-- A coding run stores every suggestion its coder makes (the review shows the doubtful ones too),
-- and records here, for each code of the codebook it ran, the threshold it used: taken from the
-- codebook file ('codebook'), calibrated on the model's training texts ('calibrated', with the
-- cross-validated F1 at that threshold), or Parole's default ('default'). The report counts a
-- machine suggestion nobody rejected when its confidence reaches its code's threshold here, so
-- the report follows the run that made the suggestions, not a model retrained since.
CREATE TABLE code_thresholds (
  codebook      TEXT NOT NULL,
  code          TEXT NOT NULL,
  threshold     REAL NOT NULL CHECK (threshold > 0 AND threshold <= 1),
  origin        TEXT NOT NULL CHECK (origin IN ('calibrated', 'codebook', 'default')),
  f1            REAL,
  PRIMARY KEY (codebook, code)
) WITHOUT ROWID;
