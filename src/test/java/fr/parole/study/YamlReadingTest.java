package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.sql.SQLException;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/** What the YAML libraries do with hostile input, and what Parole says of it and of store failures. */
class YamlReadingTest {
  private static String billionLaughs() {
    StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      yaml.append(c).append(": &").append(c).append(" [")
          .append(String.join(", ", Collections.nCopies(9, "*" + (char) (c - 1)))).append("]\n");
    }
    return yaml.toString();
  }

  @Test
  void snakeYamlsLoaderLimitsAliasesAndRefusesGlobalTags() {
    YAMLException aliases = assertThrows(YAMLException.class, () -> new Yaml().load(billionLaughs()));
    assertTrue(aliases.getMessage().contains("aliases"), aliases.getMessage());
    YAMLException tag = assertThrows(YAMLException.class,
        () -> new Yaml().load("!!java.lang.ProcessBuilder [[touch, /tmp/x]]"));
    assertTrue(tag.getMessage().contains("Global tag is not allowed"), tag.getMessage());
  }

  /** Jackson neither expands an alias nor builds a tagged class: it gives the anchor's name, silently. */
  @Test
  void jacksonReadsAnAliasAsTheAnchorsNameWhichIsWhyParoleRefusesThem() throws Exception {
    JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(billionLaughs());
    assertEquals("a", tree.get("b").get(0).asText());
    JsonNode tagged = new ObjectMapper(new YAMLFactory()).readTree("name: !!java.lang.ProcessBuilder [[touch, x]]");
    assertTrue(tagged.get("name").isArray());
  }

  @Test
  void everyAnchorAliasAndTagIsRefusedWithItsLine() {
    for (String[] yamlAndLine : new String[][] {{"a: 1\nb: &x 2\n", "ligne 2 : ancre"}, {"a: *x\n", "ligne 1 : alias"},
        {"a: 1\nb:\n  - !custom 3\n", "ligne 3 : étiquette YAML « !custom »"}, {"a: !!str 3\n", "« !!str »"}}) {
      StudyException e = assertThrows(StudyException.class,
          () -> YamlReading.checkPlain("f.yaml", yamlAndLine[0], StudyException::new));
      assertTrue(e.getMessage().startsWith("f.yaml, ") && e.getMessage().contains(yamlAndLine[1]), e.getMessage());
    }
    YamlReading.checkPlain("f.yaml", "a: 1\nb: [x, 'y']\nc: {d: \"e\"}\n", StudyException::new);
  }

  @Test
  void aReadOnlyOrFullStoreSaysWhatToDo() {
    String readOnly = StudyStore.storeProblem(".parole/study.db", new SQLException("attempt to write", null, 8));
    assertTrue(readOnly.contains("(.parole/study.db) est en lecture seule : donnez le droit d'écrire"), readOnly);
    // Extended result codes (SQLITE_READONLY_DBMOVED = 1032) keep their primary code in the low byte.
    assertTrue(StudyStore.storeProblem("s.db", new SQLException("moved", null, 1032)).contains("lecture seule"));
    assertTrue(StudyStore.storeProblem("s.db", new SQLException("full", null, 13)).contains("disque est plein"));
  }

  @Test
  void anUnknownStoreErrorNeverEchoesALongQuery() {
    String query = "[SQLITE_ERROR] SQL error (near \"x\": syntax error) INSERT INTO segments VALUES ("
        + "?, ".repeat(30_000) + "?)\nsecond line";
    String shown = StudyStore.storeError(new SQLException(query, null, 1)).getMessage();
    assertTrue(shown.startsWith("erreur du stockage de l'étude (.parole/study.db) : [SQLITE_ERROR]"), shown);
    assertTrue(shown.length() < 260 && !shown.contains("second line"), shown);
  }
}
