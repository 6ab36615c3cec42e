package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFeaturesTest {
  private static List<String> features(TextFeatures set, String text) {
    return List.of(set.of(Tagged.text(text)));
  }

  @Test
  void aNegatedWordGivesItsLemmaAndAMarkedLemma() {
    List<String> negated = features(TextFeatures.standard(), "Les professionnels ne sont pas reconnus");
    assertTrue(negated.contains("reconnaitre") && negated.contains("non:reconnaitre"), negated.toString());
    assertTrue(negated.contains("professionnel") && !negated.contains("non:professionnel"), negated.toString());
    assertFalse(negated.contains("pas") || negated.contains("ne"), "negation words are carried by the mark");
    List<String> plain = features(TextFeatures.standard(), "Les professionnels sont reconnus");
    assertTrue(plain.contains("reconnaitre") && !plain.contains("non:reconnaitre"), plain.toString());
  }

  @Test
  void stemsAndLemmasEachCountOnce() {
    List<String> found = features(TextFeatures.standard(), "Les patients, les patients et encore les patients");
    assertEquals(1, found.stream().filter("patient"::equals).count());
    assertEquals(1, found.stream().filter("s:patient"::equals).count());
    assertTrue(found.contains("s:encor_s:patient"), found.toString());
    assertTrue(!found.contains("s:patient_s:patient"), "a pair of stems does not span a comma: " + found);
  }

  @Test
  void aTextIsReadWholeAndClauseByClause() {
    TextFeatures standard = TextFeatures.standard();
    List<String[]> pieces = standard.pieces(TextFeatures.terms(Tagged.text("Repas froids, chambre sale. Personnel adorable")));
    assertEquals(4, pieces.size(), "the whole text, then its three clauses");
    assertTrue(List.of(pieces.get(1)).contains("repas") && !List.of(pieces.get(1)).contains("chambre"));
    assertTrue(List.of(pieces.get(2)).contains("chambre") && !List.of(pieces.get(2)).contains("repas"));
    java.util.Set<String> union = new java.util.LinkedHashSet<>();
    pieces.subList(1, 4).forEach(p -> union.addAll(List.of(p)));
    assertEquals(union, new java.util.LinkedHashSet<>(List.of(pieces.get(0))), "the whole is its clauses together");
    assertEquals(1, standard.pieces(TextFeatures.terms(Tagged.text("Repas froids et chambre sale"))).size());
  }

  @Test
  void characterGramsMatchAWordWhateverItsCaseAccentsOrSpelling() {
    TextFeatures grams = TextFeatures.named("CHAR_NGRAMS");
    List<String> found = features(grams, "Les REPAS étaient très froids.");
    assertTrue(found.containsAll(List.of("c:<re", "c:rep", "c:<rep", "c:repas", "c:pas>", "c:as>", "c:tres>", "c:ids>")),
        found.toString());
    assertTrue(found.stream().allMatch(f -> f.startsWith("c:")), "only grams in this set: " + found);
    assertFalse(found.contains("c:<le") || found.contains("c:<eta"), "a determiner or auxiliary says nothing: " + found);
    assertFalse(found.stream().anyMatch(f -> f.contains(".")), "punctuation gives none: " + found);
    List<String> misspelt = features(grams, "les repat etaient tres froid");
    long shared = misspelt.stream().filter(found::contains).count();
    assertTrue(shared >= 10, "a misspelt, unaccented text shares most grams: " + misspelt);
    assertEquals(grams, TextFeatures.named(grams.name()));
  }

  @Test
  void theReplacingNegationHidesThePlainLemma() {
    TextFeatures replacing = new TextFeatures(EnumSet.of(TextFeatures.Kind.LEMMAS, TextFeatures.Kind.NEGATION));
    List<String> found = features(replacing, "Les professionnels ne sont pas reconnus");
    assertTrue(found.contains("non:reconnaitre") && !found.contains("reconnaitre"), found.toString());
  }

  @Test
  void aSetIsReadBackFromItsName() {
    assertEquals(TextFeatures.standard(), TextFeatures.named(TextFeatures.standard().name()));
    assertEquals("LEMMAS+NEGATION_ADDED+STEMS".length(), TextFeatures.standard().name().length());
    CodebookException e = assertThrows(CodebookException.class, () -> TextFeatures.named("STEMS+BIGRAMMES"));
    assertTrue(e.getMessage().contains("BIGRAMMES") && e.getMessage().contains("parole train"), e.getMessage());
  }
}
