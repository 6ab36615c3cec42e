package fr.parole.importer.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.importer.ImportException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerParserTest {
  private final AnswerParser parser = new AnswerParser();

  private static Item item(ItemType type, String... choices) {
    return new Item("q", "Question", type, List.of(choices), type == ItemType.MULTIPLE_CHOICE ? ";" : null, 1);
  }

  private List<AnswerParser.Value> parse(Item item, String cell) {
    return parser.parse(item, cell, "r.csv, ligne 2, colonne « q »");
  }

  @Test
  void ouiNonEnCoursAcceptsCaseAccentsAndSpacingVariants() {
    Item item = item(ItemType.OUI_NON_EN_COURS);
    for (String cell : List.of("En cours", "en cours", "EN COURS", "en_cours", "En-cours", " en  cours ")) {
      assertEquals("En cours", parse(item, cell).get(0).value(), cell);
    }
    assertEquals("Oui", parse(item, "oui").get(0).value());
    assertEquals("Non", parse(item, "NON").get(0).value());
  }

  @Test
  void ouiNonEnCoursRefusesAnythingElseNamingTheCell() {
    ImportException e = assertThrows(ImportException.class, () -> parse(item(ItemType.OUI_NON_EN_COURS), "Peut-être"));
    assertEquals("r.csv, ligne 2, colonne « q » : « Peut-être » n'est pas une réponse prévue (attendu : Oui, Non ou "
        + "En cours ; majuscules et accents indifférents).", e.getMessage());
  }

  @Test
  void aLikertLabelKeepsItsRank() {
    Item item = item(ItemType.LIKERT, "Jamais", "Parfois", "Souvent", "Toujours");
    AnswerParser.Value value = parse(item, "souvent").get(0);
    assertEquals("Souvent", value.value());
    assertEquals(3.0, value.number());
  }

  @Test
  void aLikertAnswerOutsideItsLabelsListsThemInOrder() {
    Item item = item(ItemType.LIKERT, "Jamais", "Parfois", "Souvent", "Toujours");
    ImportException e = assertThrows(ImportException.class, () -> parse(item, "Rarement"));
    assertTrue(e.getMessage().startsWith("r.csv, ligne 2, colonne « q » : « Rarement » n'est pas une réponse de "
        + "l'échelle"), e.getMessage());
    assertTrue(e.getMessage().contains("Jamais ; Parfois ; Souvent ; Toujours"), e.getMessage());
  }

  @Test
  void numbersTakeADecimalCommaOrPointAndSpacesBetweenThousands() {
    Item item = item(ItemType.NUMBER);
    assertEquals(3.5, parse(item, "3,5").get(0).number());
    assertEquals(3.5, parse(item, "3.5").get(0).number());
    assertEquals(1234.5, parse(item, "1 234,5").get(0).number());
    assertEquals(1234.5, parse(item, "1.234,5").get(0).number());
    assertEquals(-2.0, parse(item, "-2").get(0).number());
  }

  @Test
  void aNumberThatIsNotANumberIsRefused() {
    for (String cell : List.of("beaucoup", "3 ans", "NaN", "1e3", "12,5,3")) {
      ImportException e = assertThrows(ImportException.class, () -> parse(item(ItemType.NUMBER), cell), cell);
      assertTrue(e.getMessage().contains("n'est pas un nombre"), e.getMessage());
    }
  }

  @Test
  void aMultipleChoiceGivesOneValuePerChoiceTicked() {
    Item item = item(ItemType.MULTIPLE_CHOICE, "Temps", "Formation", "Reconnaissance");
    assertEquals(List.of("Temps", "Reconnaissance"),
        parse(item, "temps ; Reconnaissance;").stream().map(AnswerParser.Value::value).toList());
    ImportException e = assertThrows(ImportException.class, () -> parse(item, "Temps;Argent"));
    assertTrue(e.getMessage().contains("« Argent » n'est pas un des choix prévus"), e.getMessage());
  }

  @Test
  void yesNoAndSingleChoice() {
    assertEquals("Oui", parse(item(ItemType.YES_NO), "yes").get(0).value());
    assertThrows(ImportException.class, () -> parse(item(ItemType.YES_NO), "En cours"));
    assertEquals("Réunion", parse(item(ItemType.SINGLE_CHOICE, "Affiche", "Réunion"), "reunion").get(0).value());
  }
}
