package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The activity page says what people did in words, never an action's id (« classes », « affectation »). */
class ActivityVerbsTest {
  @Test
  void everyAuditedActionReadsAsAVerb() {
    // Every action the pipeline and the atelier audit (grep « audit(» in src/main/java).
    for (String action : List.of("document.coder", "document.retirer", "document.autocoder", "codage.annuler",
        "codage.retablir", "memo.ajouter", "memo.modifier", "memo.supprimer", "revue.accept", "revue.reject",
        "revue.recode", "commentaire", "proposition", "réponse", "proposition-acceptée", "proposition-refusée",
        "compte-ajouté", "compte-supprimé", "connexion-refusée", "classes", "classes:code", "import-project",
        "fusion", "affectation", "affectation-close", "résolution", "codage-aveugle", "codage-aveugle-retiré")) {
      String verb = Activity.verb(action);
      assertNotEquals(action, verb, action);
      assertTrue(verb.startsWith("a ") || verb.startsWith("connexion"), verb);
    }
    assertEquals("a changé un livre de codes (renommage)", Activity.verb("livre-de-codes:renommage"));
  }
}
