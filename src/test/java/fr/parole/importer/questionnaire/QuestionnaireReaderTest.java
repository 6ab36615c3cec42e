package fr.parole.importer.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.importer.ImportException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnaireReaderTest {
  private final QuestionnaireReader reader = new QuestionnaireReader();

  /** The ten criteria of the HAS check-list (guide "Partenariat en santé et patients partenaires", annex 2). */
  private static final List<String> HAS_CRITERIA = List.of(
      "Y a-t-il un diagnostic partagé ?",
      "Y a-t-il au moins 2 patients partenaires impliqués ?",
      "Y a-t-il un organe de pilotage incluant au moins un patient partenaire ?",
      "Les patients partenaires ont-ils une voix délibérative ?",
      "Un document d'orientation (fiche action, feuille de route, clarification des rôles et missions des "
          + "partenaires...) est-il établi ?",
      "Les réunions ou actions sont-elles menées par un(e) professionnel(le) et un(e) patient(e) ?",
      "Les relevés de conclusions des réunions font-ils l'objet d'une validation par l'ensemble des partenaires ?",
      "Les objectifs précis et les critères d'évaluation sont-ils discutés et adoptés ensemble au départ ?",
      "La promotion des résultats de l'action est-elle faite en commun ?",
      "Les bénéficiaires de l'action, du projet ou du programme sont-ils informés des résultats ?");

  private Questionnaire parse(String yaml) {
    return reader.parse("def.yaml", yaml);
  }

  @Test
  void theShippedHasChecklistHasTheTenCriteriaWordForWordAndAComment() throws Exception {
    Path file = Path.of("models/questionnaires/checklist-has-partenariat.yaml");
    Questionnaire checklist = reader.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));

    assertEquals("checklist-has-partenariat", checklist.id());
    assertEquals(11, checklist.items().size());
    assertEquals(HAS_CRITERIA, checklist.items().subList(0, 10).stream().map(Item::label).toList());
    assertTrue(checklist.items().subList(0, 10).stream().allMatch(i -> i.type() == ItemType.OUI_NON_EN_COURS));
    assertEquals(ItemType.TEXT, checklist.items().get(10).type());
  }

  @Test
  void readsEveryTypeWithItsLabelsChoicesAndSeparator() {
    Questionnaire q = parse("""
        id: pratiques
        title: Pratiques de partenariat
        items:
          - id: accord
            label: Les patients sont écoutés
            type: likert
            labels: [Pas du tout d'accord, Plutôt pas d'accord, Plutôt d'accord, Tout à fait d'accord]
          - id: formation
            type: yes_no
          - id: canal
            type: single_choice
            choices: [Affiche, Courriel, Réunion]
          - id: freins
            type: multiple_choice
            choices: [Temps, Formation, Reconnaissance]
            separator: "|"
          - id: annees
            type: number
          - id: remarque
            type: text
        """);

    assertEquals(6, q.items().size());
    Item accord = q.items().get(0);
    assertEquals(ItemType.LIKERT, accord.type());
    assertEquals("Tout à fait d'accord", accord.choices().get(3));
    assertEquals(4, accord.line(), "the line of the item's first key");
    assertEquals("formation", q.items().get(1).label(), "an item without a label is named by its id");
    assertEquals("|", q.items().get(3).separator());
    assertEquals(";", parse("id: x\nitems:\n  - id: a\n    type: multiple_choice\n    choices: [b, c]\n")
        .items().get(0).separator());
  }

  @Test
  void aDuplicateItemIdNamesTheFileAndBothLines() {
    ImportException e = assertThrows(ImportException.class, () -> parse("""
        id: x
        items:
          - id: q1
            type: text
          - id: q2
            type: text
          - id: q1
            label: Autre chose
            type: text
        """));
    assertTrue(e.getMessage().startsWith("def.yaml, ligne 7 : l'item « q1 » est déjà défini à la ligne 3"),
        e.getMessage());
  }

  @Test
  void anUnknownTypeNamesTheLineAndTheKnownTypes() {
    ImportException e = assertThrows(ImportException.class, () -> parse("""
        id: x
        items:
          - id: q1
            type: text
          - id: q2
            type: likret
        """));
    assertTrue(e.getMessage().startsWith("def.yaml, ligne 5 : type inconnu « likret »"), e.getMessage());
    assertTrue(e.getMessage().contains("likert, oui_non_en_cours, yes_no"), e.getMessage());
  }

  @Test
  void aLikertItemWithoutLabelsNamesItsLine() {
    ImportException e = assertThrows(ImportException.class, () -> parse("""
        id: x
        items:
          - id: satisfaction
            type: likert
        """));
    assertTrue(e.getMessage().startsWith("def.yaml, ligne 3 : l'item « satisfaction » (likert) doit lister"),
        e.getMessage());
    assertTrue(e.getMessage().contains("labels"), e.getMessage());
  }

  @Test
  void choicesOnALikertItemOrLabelsElsewhereAreRefused() {
    ImportException e = assertThrows(ImportException.class,
        () -> parse("id: x\nitems:\n  - id: a\n    type: likert\n    choices: [b, c]\n"));
    assertTrue(e.getMessage().contains("« labels » sert aux items likert"), e.getMessage());
  }

  @Test
  void anUnknownKeyIsNamed() {
    ImportException e = assertThrows(ImportException.class,
        () -> parse("id: x\nitems:\n  - id: a\n    type: text\n    obligatoire: oui\n"));
    assertTrue(e.getMessage().contains("clé inconnue « obligatoire »"), e.getMessage());
    assertTrue(e.getMessage().startsWith("def.yaml, ligne 5"), e.getMessage());
  }

  @Test
  void twoItemsWithTheSameWordingAreRefusedSinceAColumnCouldNotTellThemApart() {
    ImportException e = assertThrows(ImportException.class, () -> parse(
        "id: x\nitems:\n  - id: a\n    label: Êtes-vous formé ?\n    type: yes_no\n"
            + "  - id: b\n    label: etes vous forme\n    type: yes_no\n"));
    assertTrue(e.getMessage().contains("même libellé que l'item « a »"), e.getMessage());
  }

  @Test
  void structureErrorsAnchorsAndTagsAreSaidInFrenchWithTheLine() {
    for (String[] yamlAndMessage : new String[][] {
        {"id: x\nitems: a, b\n", "def.yaml, ligne 2 : « items » doit être une liste"},
        {"id: &i x\nitems: []\n", "def.yaml, ligne 1 : ancre YAML « &i » refusée"},
        {"id: !!java.lang.Runtime x\n", "def.yaml, ligne 1 : étiquette YAML « !!java.lang.Runtime » refusée"}}) {
      ImportException e = assertThrows(ImportException.class, () -> parse(yamlAndMessage[0]));
      assertTrue(e.getMessage().startsWith(yamlAndMessage[1]), e.getMessage());
      assertFalse(e.getMessage().contains("Cannot deserialize"), e.getMessage());
    }
  }
}
