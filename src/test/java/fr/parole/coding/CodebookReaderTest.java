package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodebookReaderTest {
  private final CodebookReader reader = new CodebookReader();

  static final String SMALL = """
      id: essai
      label: Essai
      dimensions:
        - id: type
          label: Type d'énoncé
          codes:
            - id: levier
              label: Levier
              definition: Ce qui favorise le partenariat.
              examples: ["La formation commune a tout changé."]
              rules: ['"comité de pilotage" OR formation*']
            - id: obstacle
              label: Obstacle
              children:
                - id: manque_de_temps
                  label: Manque de temps
                  rules: ['"pas le temps" OR "manque de temps"']
        - id: niveau
          codes:
            - id: institutionnel
      """;

  @Test
  void readsDimensionsCodesAndChildren() {
    Codebook book = reader.parse("essai.yaml", SMALL);
    assertEquals("essai", book.id());
    assertEquals(List.of("type", "niveau"), book.dimensions().stream().map(Dimension::id).toList());
    Code child = book.code("type/manque_de_temps").orElseThrow();
    assertEquals("obstacle", child.parent());
    assertEquals(List.of("\"pas le temps\" OR \"manque de temps\""), child.rules());
    assertEquals(List.of("type/levier", "type/obstacle", "type/manque_de_temps", "niveau/institutionnel"),
        book.codes().stream().map(Code::path).toList());
  }

  @Test
  void dimensionsAreNonExclusiveUnlessTheFileSaysSoAndACodeMayCarryItsThreshold() {
    String marked = SMALL.replace("  - id: niveau\n", "  - id: niveau\n    exclusive: true\n")
        .replace("        label: Levier\n", "        label: Levier\n        threshold: 0.35\n");
    Codebook book = reader.parse("essai.yaml", marked);
    assertEquals(false, book.dimension("type").orElseThrow().exclusive());
    assertEquals(true, book.dimension("niveau").orElseThrow().exclusive());
    assertEquals(0.35, book.code("type/levier").orElseThrow().threshold());
    assertEquals(null, book.code("type/obstacle").orElseThrow().threshold());
    assertEquals(book, reader.parse("copie.yaml", new CodebookWriter().toYaml(book)));
  }

  @Test
  void aThresholdOutsideZeroToOneIsRefusedWithTheCodeAndItsLine() {
    String wrong = SMALL.replace("        label: Levier\n", "        label: Levier\n        threshold: 1.5\n");
    CodebookException e = assertThrows(CodebookException.class, () -> reader.parse("essai.yaml", wrong));
    assertTrue(e.getMessage().contains("essai.yaml, ligne 7") && e.getMessage().contains("type/levier")
        && e.getMessage().contains("entre 0 et 1"), e.getMessage());
  }

  @Test
  void aDuplicateIdIsNamedWithTheLineOfItsSecondDefinition() {
    String twice = SMALL.replace("- id: obstacle", "- id: levier");
    CodebookException e = assertThrows(CodebookException.class, () -> reader.parse("essai.yaml", twice));
    assertTrue(e.getMessage().contains("essai.yaml, ligne 12") && e.getMessage().contains("type/levier"),
        e.getMessage());
  }

  @Test
  void aRuleOnAFieldThatDoesNotExistIsRefused() {
    String misspelt = SMALL.replace("'\"comité de pilotage\" OR formation*'", "'lemme:former OR formation*'");
    CodebookException e = assertThrows(CodebookException.class, () -> reader.parse("essai.yaml", misspelt));
    assertTrue(e.getMessage().contains("ligne 11") && e.getMessage().contains("champ inconnu « lemme: »")
        && e.getMessage().contains("lemma:"), e.getMessage());
    assertEquals(1, reader.parse("essai.yaml", SMALL.replace("'\"comité de pilotage\" OR formation*'",
        "'lemma:former AND NOT pos:PROPN'")).dimensions().stream().filter(d -> d.id().equals("type")).count());
  }

  @Test
  void anInvalidRuleIsNamedWithItsLine() {
    String broken = SMALL.replace("'\"comité de pilotage\" OR formation*'", "'\"comité de pilotage OR (formation'");
    CodebookException e = assertThrows(CodebookException.class, () -> reader.parse("essai.yaml", broken));
    assertTrue(e.getMessage().contains("ligne 11") && e.getMessage().contains("règle invalide"), e.getMessage());
  }

  @Test
  void aFlatCodeInAnUnknownDimensionIsRefused() {
    String flat = SMALL + "codes:\n  - id: rh\n    dimension: themes\n";
    CodebookException e = assertThrows(CodebookException.class, () -> reader.parse("essai.yaml", flat));
    assertTrue(e.getMessage().contains("dimension inconnue « themes »") && e.getMessage().contains("type, niveau"),
        e.getMessage());
  }

  @Test
  void aCycleOfParentsIsRefused() {
    String cycle = SMALL + """
        codes:
          - id: a
            dimension: niveau
            parent: b
          - id: b
            dimension: niveau
            parent: a
        """;
    CodebookException e = assertThrows(CodebookException.class, () -> reader.parse("essai.yaml", cycle));
    assertTrue(e.getMessage().contains("cycle"), e.getMessage());
  }

  @Test
  void anUnknownParentIsRefused() {
    String orphan = SMALL + "codes:\n  - id: x\n    dimension: niveau\n    parent: absent\n";
    CodebookException e = assertThrows(CodebookException.class, () -> reader.parse("essai.yaml", orphan));
    assertTrue(e.getMessage().contains("parent inconnu « absent »"), e.getMessage());
  }

  @Test
  void anUnknownKeyIsRefused() {
    CodebookException e = assertThrows(CodebookException.class,
        () -> reader.parse("essai.yaml", SMALL.replace("examples:", "exemples:")));
    assertTrue(e.getMessage().contains("exemples"), e.getMessage());
  }
}
