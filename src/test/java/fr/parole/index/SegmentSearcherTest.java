package fr.parole.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.ParoleException;
import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.Study;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentSearcherTest {
  static final String YAML = """
      name: recherche
      sources:
        - path: entretiens/
          type: transcript
      attributes: [establishment, role]
      speakers:
        pattern: '^(?<role>\\p{L}+)\\.?\\s*(?<establishment>\\d+)$'
        values:
          establishment: { "1": CHU1, "3": CHU3 }
      """;
  static final String INTERVIEW = """
      Q : Que pensez-vous du savoir des patients ?

      IDE 3 : Le savoir expérientiel des patients est légitime.
      Les patients partenaires nous aident.

      RU 1 : La légitimité du patient n'est pas toujours reconnue par les médecins.

      Q : Et la formation ?

      IDE 1 : La formation commune des soignants et des patients est un levier.
      """;

  @TempDir
  static Path dir;
  static Study study;
  static Pipeline pipeline = new Pipeline(Progress.SILENT);

  @BeforeAll
  static void importStudy() {
    study = Study.open(TestStudies.write(dir.resolve("etude"), YAML, "entretiens/a.md", INTERVIEW));
    pipeline.importStudy(study);
  }

  static SearchResult search(String query, Map<String, String> where) {
    Map<String, List<String>> filters = new java.util.LinkedHashMap<>();
    where.forEach((name, value) -> filters.put(name, List.of(value)));
    return pipeline.search(study, new SearchRequest(query, filters, false, 0, 40));
  }

  static List<String> speakers(SearchResult result) {
    return result.lines().stream().map(KwicLine::speaker).distinct().collect(Collectors.toList());
  }

  @Test
  void booleanQueryWithWildcardAndStemming() {
    SearchResult result = search("légitim* AND patient", Map.of());
    assertEquals(2, result.segments());
    assertEquals(List.of("IDE 3", "RU 1"), speakers(result));
  }

  @Test
  void whereFiltersByAttribute() {
    SearchResult result = search("légitim* AND patient", Map.of("establishment", "CHU3"));
    assertEquals(1, result.segments());
    assertEquals("IDE 3", result.lines().get(0).speaker());
    assertEquals("CHU3", result.lines().get(0).attributes().get("establishment"));
  }

  @Test
  void phraseAndProximity() {
    assertEquals(1, search("\"savoir expérientiel\"", Map.of()).segments());
    // Stop words keep their positions: "savoir … légitime" are 5 positions apart.
    assertEquals(0, search("\"savoir légitime\"", Map.of()).segments());
    assertEquals(1, search("\"savoir légitime\"~5", Map.of()).segments());
    SearchResult phrase = search("\"savoir expérientiel\"", Map.of());
    assertEquals("savoir expérientiel", phrase.lines().get(0).match());
  }

  @Test
  void wildcardsAlsoMatchTheWordsAsWritten() {
    // The stem of "formation" is "form": a prefix longer than the stem still finds the word.
    assertEquals(List.of("IDE 1"), speakers(search("formation*", Map.of())));
    assertEquals(List.of("IDE 3"), speakers(search("partenaire*", Map.of())));
  }

  @Test
  void orAndNot() {
    assertEquals(2, search("formation OR médecins", Map.of()).segments());
    assertEquals(List.of("IDE 3", "RU 1"), speakers(search("patient NOT formation", Map.of())));
  }

  @Test
  void interviewerTurnsAreLeftOutUnlessAsked() {
    assertEquals(1, search("savoir", Map.of()).segments());
    SearchResult all = pipeline.search(study, new SearchRequest("savoir", Map.of(), true, 0, 40));
    assertEquals(2, all.segments());
  }

  @Test
  void exactFieldSearchesWordsAsWritten() {
    assertEquals(3, search("patient", Map.of()).segments());
    // "patient" (singular) in RU 1's turn is not the written form "patients".
    assertEquals(List.of("IDE 3", "IDE 1"), speakers(search("exact:patients", Map.of())));
  }

  @Test
  void kwicLinesPointAtTheMatchedWords() {
    SearchResult result = search("patient", Map.of());
    assertEquals(4, result.matches());
    for (KwicLine line : result.lines()) {
      assertTrue(line.match().toLowerCase().startsWith("patient"), line.match());
      assertEquals(line.end() - line.start(), line.match().length());
      assertEquals("entretiens/a.md", line.source());
    }
    // A turn that runs over two lines is shown on one line, its line break folded.
    KwicLine second = result.lines().get(1);
    assertEquals("IDE 3", second.speaker());
    assertEquals(3, second.line());
    assertTrue(second.left().endsWith("est légitime. Les "), second.left());
    assertFalse(second.left().contains("\n"));
  }

  @Test
  void facetsCountSegmentsPerAttributeValue() {
    SearchResult result = search("patient", Map.of());
    assertEquals(List.of("establishment", "role"), List.copyOf(result.facets().keySet()));
    Map<String, Integer> establishments = result.facets().get("establishment").stream()
        .collect(Collectors.toMap(SearchResult.FacetCount::value, SearchResult.FacetCount::segments));
    assertEquals(Map.of("CHU1", 2, "CHU3", 1), establishments);
  }

  @Test
  void unknownAttributeListsTheKnownOnes() {
    ParoleException e = assertThrows(ParoleException.class, () -> search("patient", Map.of("ville", "Rennes")));
    assertTrue(e.getMessage().contains("ville") && e.getMessage().contains("establishment, role"), e.getMessage());
  }

  @Test
  void anUnknownValueListsTheKnownOnes() {
    ParoleException e = assertThrows(ParoleException.class, () -> search("patient", Map.of("establishment", "CHU9")));
    assertTrue(e.getMessage().contains("Aucun segment n'a establishment=CHU9 (--where). Valeurs de establishment : "
        + "CHU1, CHU3."), e.getMessage());
    ParoleException inAList = assertThrows(ParoleException.class,
        () -> search("patient", Map.of("establishment", "CHU1,CHU9")));
    assertTrue(inAList.getMessage().contains("establishment=CHU9"), inAList.getMessage());
  }

  @Test
  void severalValuesOfAnAttributeAreAnyOfThemAndTwoAttributesBoth() {
    assertEquals(2, search("patient", Map.of("role", "IDE")).segments());
    assertEquals(3, search("patient", Map.of("role", "IDE,RU")).segments());
    SearchResult repeated = pipeline.search(study, new SearchRequest("patient",
        Map.of("role", List.of("IDE", "RU")), false, 0, 40));
    assertEquals(3, repeated.segments());
    assertEquals(1, search("patient", Map.of("role", "IDE,RU", "establishment", "CHU3")).segments());
  }

  @Test
  void attributesAreNamedInFrenchOrInAnyCaseAndValuesWithoutCaseOrAccents() {
    assertEquals(search("patient", Map.of("establishment", "CHU3")).segments(),
        search("patient", Map.of("Établissement", "chu3")).segments());
    assertEquals(2, search("patient", Map.of("rôle", "ide")).segments());
    assertEquals(2, search("patient", Map.of("FONCTION", "IDE")).segments());
  }

  @Test
  void lemmaAndTagFieldsAreForRulesAndSaySo() {
    for (String query : new String[] {"lemma:attendre", "patient AND NOT pos:ADJ"}) {
      ParoleException e = assertThrows(ParoleException.class, () -> search(query, Map.of()));
      assertTrue(e.getMessage().contains("servent aux règles"), e.getMessage());
    }
  }

  @Test
  void invalidQueryIsAUserErrorSayingInFrenchWhereTheFaultIs() {
    assertFault("formation \"savoir expérientiel", "guillemet non fermé à la position 11", 11);
    assertFault("patient AND", "« AND » à la position 9 attend un mot après lui", 9);
    assertFault("(patient OR savoir", "parenthèse ouverte à la position 1 jamais fermée", 1);
    assertFault("patient OR savoir)", "parenthèse fermée à la position 18 sans avoir été ouverte", 18);
    assertFault("OR patient", "« OR » à la position 1 relie deux mots : il manque un mot avant lui", 1);
    assertFault("patient:savoir:x", "« : » inattendu à la position 15", 15);
    ParoleException empty = assertThrows(ParoleException.class, () -> search("  ", Map.of()));
    assertTrue(empty.getMessage().startsWith("Requête invalide : la requête est vide."), empty.getMessage());
  }

  private static void assertFault(String query, String fault, int position) {
    ParoleException e = assertThrows(ParoleException.class, () -> search(query, Map.of()));
    String[] lines = e.getMessage().split("\n");
    assertTrue(lines[0].startsWith("Requête invalide : " + fault), e.getMessage());
    assertEquals("  " + query, lines[1]);
    assertEquals(position + 1, lines[2].indexOf('^'), "the caret under the fault: " + e.getMessage());
    assertFalse(e.getMessage().contains("Encountered") || e.getMessage().contains("Cannot parse"), e.getMessage());
  }

  @Test
  void limitCutsLinesNotCounts() {
    SearchResult result = pipeline.search(study, new SearchRequest("patient", Map.of(), false, 1, 40));
    assertEquals(1, result.lines().size());
    assertEquals(3, result.segments());
  }
}
