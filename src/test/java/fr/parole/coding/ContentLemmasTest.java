package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentLemmasTest {
  private final ContentLemmas lemmas = new ContentLemmas();

  @Test
  void keepsContentLemmasInLowerCase() {
    List<String> found = lemmas.of(Tagged.text("Les Infirmières étaient disponibles à l'hôpital."));
    // The dictionary's lemma of a feminine noun is its masculine ("infirmières" → "infirmier"), as
    // in IRaMuTeQ; "étaient" (être) is a stop word; "hôpital" survives its elided article.
    assertEquals(List.of("infirmier", "disponible", "hôpital"), found);
  }

  @Test
  void aNegatedWordStillCountsAsItsLemmaButNotTheNegation() {
    List<String> found = lemmas.of(Tagged.text("Il n'y a pas de problèmes avec les repas."));
    assertTrue(found.contains("problème"), found.toString());
    assertTrue(found.contains("repas"), found.toString());
    assertTrue(found.stream().noneMatch(l -> List.of("ne", "pas", "il", "de", "le", "avec", "y").contains(l)),
        found.toString());
  }

  @Test
  void leavesOutNumbersPunctuationAndSingleLetters() {
    List<String> found = lemmas.of(Tagged.text("Attente de 3 heures, 45 minutes ! Le service B ; merci."));
    assertTrue(found.stream().noneMatch(l -> l.chars().anyMatch(Character::isDigit)), found.toString());
    assertTrue(found.stream().noneMatch(l -> l.length() == 1), found.toString());
    assertTrue(found.containsAll(List.of("attente", "heure", "minute", "service")), found.toString());
  }
}
