package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each codebook change on the shipped codebook, and each one it must refuse. */
class CodebookEditsTest {
  private final Codebook book = new CodebookLibrary().load("partenariat");
  private final CodebookEdits edits = new CodebookEdits();

  private static String refusal(Runnable change) {
    return assertThrows(CodebookException.class, change::run).getMessage();
  }

  @Test
  void mergingACodeIntoItsOwnDescendantIsRefusedNamingBoth() {
    String message = refusal(() -> edits.merge(book, "type/levier", "type/formation"));
    assertTrue(message.contains("« Levier »") && message.contains("« Formation et acculturation »"), message);
    assertTrue(message.contains("sous-code"), message);
  }

  @Test
  void mergingACodeIntoItselfIsRefused() {
    assertTrue(refusal(() -> edits.merge(book, "type/levier", "type/levier")).contains("avec lui-même"));
  }

  @Test
  void movingACodeUnderItsOwnChildOrItselfIsRefused() {
    String message = refusal(() -> edits.move(book, "type/levier", "type", "formation"));
    assertTrue(message.contains("« Formation et acculturation » est l'un de ses sous-codes"), message);
    assertTrue(refusal(() -> edits.move(book, "type/levier", "type", "levier")).contains("son propre parent"));
  }

  @Test
  void anIdAlreadyTakenInTheDimensionIsRefused() {
    String message = refusal(() -> edits.renameId(book, "type/formation", "confiance"));
    assertTrue(message.contains("« confiance » est déjà pris") && message.contains("« Type d'énoncé »"), message);
    assertTrue(refusal(() -> edits.create(book, "type", "levier", "Autre levier", null)).contains("déjà pris"));
    assertTrue(refusal(() -> edits.renameId(book, "type/formation", "Formation Continue")).contains("Identifiant invalide"));
  }

  @Test
  void anEmptyLabelIsRefused() {
    assertTrue(refusal(() -> edits.create(book, "type", null, "  ", null)).contains("libellé est vide"));
    assertTrue(refusal(() -> edits.describe(book, "type/levier", "", null, List.of(), null)).contains("libellé est vide"));
  }

  @Test
  void aColourThatIsNotRrggbbIsRefused() {
    for (String bad : List.of("red", "#12345", "#1234567", "#ggg000", "123456")) {
      String message = refusal(() -> edits.describe(book, "type/levier", "Levier", null, List.of(), bad));
      assertTrue(message.contains("attendu : « #rrggbb »") && message.contains("« Levier »"), message);
    }
  }

  @Test
  void mergeMovesTheSourcesCodingsAndChildrenToTheTarget() {
    CodebookEdit merge = edits.merge(book, "type/obstacle", "type/levier");
    assertEquals("type/levier", merge.moves().get("type/obstacle"));
    assertTrue(merge.after().code("type/obstacle").isEmpty());
    assertEquals("levier", merge.after().code("type/manque_de_temps").orElseThrow().parent());
    assertTrue(merge.after().code("type/levier").orElseThrow().examples().containsAll(
        book.code("type/obstacle").orElseThrow().examples()));
    assertTrue(merge.summary().contains("« Obstacle » fusionné dans « Levier »"), merge.summary());
  }

  @Test
  void movingToAnotherDimensionCarriesTheSubtreeAndItsCodings() {
    CodebookEdit move = edits.move(book, "type/obstacle", "acteur", null);
    assertEquals(Map.of("type/obstacle", "acteur/obstacle", "type/manque_de_temps", "acteur/manque_de_temps"),
        Map.of("type/obstacle", move.moves().get("type/obstacle"), "type/manque_de_temps",
            move.moves().get("type/manque_de_temps")));
    assertEquals("obstacle", move.after().code("acteur/manque_de_temps").orElseThrow().parent());
    assertTrue(move.after().code("type/manque_de_temps").isEmpty());
  }

  @Test
  void newIdsComeFromTheLabelAndRenamingKeepsChildren() {
    CodebookEdit created = edits.create(book, "type", null, "Délai d'attente", "levier");
    assertTrue(created.after().code("type/delai_d_attente").isPresent());
    CodebookEdit renamed = edits.renameId(book, "type/levier", "facteur");
    assertEquals("facteur", renamed.after().code("type/formation").orElseThrow().parent());
    assertEquals(Map.of("type/levier", "type/facteur"), renamed.moves());
  }

  @Test
  void deletingACodeLiftsItsChildrenAndRemovesItsCodings() {
    CodebookEdit deleted = edits.delete(book, "type/levier");
    assertEquals(List.of("type/levier"), deleted.removed());
    assertEquals(null, deleted.after().code("type/formation").orElseThrow().parent());
    CodebookEdit split = edits.split(book, "type/levier", null, "Levier financier");
    assertTrue(split.moves().isEmpty());
    assertEquals(null, split.after().code("type/levier_financier").orElseThrow().parent());
  }

  @Test
  void aColourSurvivesTheYamlFileAndTheQdcExport(@TempDir Path dir) {
    Codebook coloured = edits.describe(book, "type/formation", "Formation", null, List.of("Un exemple."), "#1F77B4")
        .after();
    Path yaml = dir.resolve("livre.yaml");
    new CodebookWriter().write(coloured, yaml);
    assertEquals("#1f77b4", new CodebookLibrary().load(yaml.toString()).code("type/formation").orElseThrow().color());
    assertEquals(coloured, new CodebookLibrary().load(yaml.toString()));
    Path qdc = dir.resolve("livre.qdc");
    new QdcCodebooks().write(coloured, qdc);
    Codebook back = new QdcCodebooks().read(qdc);
    assertEquals("#1f77b4", back.code("type/formation").orElseThrow().color());
    assertFalse(back.code("type/confiance").map(c -> c.color() != null).orElse(true));
  }

  @Test
  void aBadColourInTheFileNamesTheLine() {
    String message = refusal(() -> new CodebookReader().parse("livre.yaml", "id: l\ndimensions:\n  - id: d\n    codes:\n"
        + "      - id: a\n        color: \"bleu\"\n"));
    assertTrue(message.contains("livre.yaml") && message.contains("ligne 6") && message.contains("#rrggbb"), message);
  }
}
