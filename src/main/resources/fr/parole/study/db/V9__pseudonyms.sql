-- Parole store, version 9: the placeholder of each person named in the study, so that the same
-- person is [NOM-n] with the same n in the report, the exports, the terminal and the atelier.
-- key: the name as the pseudonymiser compares names (no accents, lower case); id: its n.
CREATE TABLE pseudonyms (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  key           TEXT NOT NULL UNIQUE
);
