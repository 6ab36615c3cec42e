-- Parole store, version 19: a comment's date is kept on its segment, not in its attribute set.
-- A verbatim study's comments each carry their answer date, so nearly every comment made its own
-- attribute set (184,000 sets and 1.1 million value rows per 200,000 comments): most of what an
-- import wrote, and of what a report read. Without the date, a comment's set is shared by every
-- comment of its establishment, service, polarity and year (a few thousand in a national study).
-- Respondents (questionnaires) keep their date in their set: one row per respondent, few of them.
ALTER TABLE segments ADD COLUMN date TEXT;

UPDATE segments SET date = (SELECT v.value FROM attribute_values v
    WHERE v.set_id = segments.attribute_set_id AND v.name = 'date')
  WHERE attribute_set_id IN (SELECT set_id FROM attribute_values WHERE name = 'date');

-- Each dated set's key without its date (keys list name, U+001F, value, U+001E, in name order).
CREATE TEMP TABLE undated AS
  SELECT s.id AS old_id, replace(s.key, 'date' || char(31) || v.value || char(30), '') AS key
  FROM attribute_sets s JOIN attribute_values v ON v.set_id = s.id AND v.name = 'date'
  WHERE s.id IN (SELECT attribute_set_id FROM segments);

INSERT OR IGNORE INTO attribute_sets (key) SELECT DISTINCT key FROM undated WHERE key <> '';

-- Each dated set's undated one (NULL when it only held a date), by a key the updates below look up.
CREATE TEMP TABLE moved (old_id INTEGER PRIMARY KEY, new_id INTEGER);
INSERT INTO moved (old_id, new_id)
  SELECT u.old_id, n.id FROM undated u LEFT JOIN attribute_sets n ON n.key = u.key;

-- The values of the undated sets just created (an existing one has its values already).
INSERT INTO attribute_values (set_id, name, value)
  SELECT DISTINCT m.new_id, v.name, v.value FROM moved m
  JOIN attribute_values v ON v.set_id = m.old_id AND v.name <> 'date'
  WHERE m.new_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM attribute_values x WHERE x.set_id = m.new_id);

UPDATE segments SET attribute_set_id = (SELECT new_id FROM moved WHERE old_id = segments.attribute_set_id)
  WHERE attribute_set_id IN (SELECT old_id FROM moved);

-- The dated sets no segment or respondent points at any more (foreign keys are off while migrating).
DELETE FROM attribute_values WHERE set_id IN (SELECT old_id FROM moved)
  AND set_id NOT IN (SELECT attribute_set_id FROM segments WHERE attribute_set_id IS NOT NULL)
  AND set_id NOT IN (SELECT attribute_set_id FROM respondents WHERE attribute_set_id IS NOT NULL);
DELETE FROM attribute_sets WHERE id IN (SELECT old_id FROM moved)
  AND id NOT IN (SELECT attribute_set_id FROM segments WHERE attribute_set_id IS NOT NULL)
  AND id NOT IN (SELECT attribute_set_id FROM respondents WHERE attribute_set_id IS NOT NULL);

DROP TABLE moved;
DROP TABLE undated;
