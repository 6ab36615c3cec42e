package fr.parole.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuotesViewTest {
  @Test
  void aTextAlreadyQuotedOrHeldInAnotherIsARepeat() {
    QuotesView.ShownTexts shown = new QuotesView.ShownTexts();
    assertTrue(shown.add("Trop de changements d'équipe, on ne sait plus à qui s'adresser."));
    assertFalse(shown.add("TROP de changements d’equipe : on ne sait plus a qui s’adresser"), "case, accents, punctuation");
    assertFalse(shown.add("Deuxième hospitalisation ici : trop de changements d'équipe, on ne sait plus à qui s'adresser."),
        "the same sentence after an opener");
    assertTrue(shown.add("Repas froids et sans goût, personnel débordé."));
    assertFalse(shown.add("Repas froids et sans goût"), "held by a quote already shown");
    assertTrue(shown.add("Rien"));
    assertTrue(shown.add("Rien à redire sur l'accueil, chambre très propre."), "a short text hides no longer one");
  }
}
