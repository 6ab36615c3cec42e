package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookReader;
import fr.parole.coding.ReviewDecision;
import fr.parole.study.PendingSuggestion;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Files;
import java.nio.file.Path;

/** The terminal review as a first-time user types into it: mistakes are asked again, never taken as an answer. */
class TerminalReviewTest {
  static final String YAML = """
      id: livre
      dimensions:
        - id: type
          codes:
            - id: levier
              label: Levier du partenariat
            - id: obstacle
              label: Obstacle au partenariat
        - id: niveau
          codes:
            - id: institutionnel
              label: Niveau institutionnel
      """;

  @TempDir
  Path dir;

  private final List<ReviewDecision> recorded = new ArrayList<>();
  private final StringWriter screen = new StringWriter();

  private TerminalReview.Outcome review(String typed, int suggestions) {
    List<PendingSuggestion> pending = new ArrayList<>();
    for (int i = 1; i <= suggestions; i++) {
      pending.add(new PendingSuggestion(i, 10 + i, "entretiens/a.md", "Dr Martin", "Le texte " + i + ".", "type/levier",
          0.8, "rule", "levier"));
    }
    UnaryOperator<String> masked = text -> text.replace("Martin", "[NOM-1]");
    Codebook book;
    try {
      book = new CodebookReader().read(Files.writeString(dir.resolve("livre.yaml"), YAML));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new TerminalReview(new BufferedReader(new StringReader(typed)), new PrintWriter(screen, true), book, "alice",
        masked, recorded::add).review(pending);
  }

  @Test
  void theSuggestionShowsItsCodesLabelAndTheKeysIncludingSkip() {
    review("q\n", 1);
    assertTrue(screen.toString().contains("suggestion : type/levier — Levier du partenariat (confiance 0,80, rule : "
        + "levier)") || screen.toString().contains("suggestion : type/levier — Levier du partenariat (confiance 0.80, "
        + "rule : levier)"), screen.toString());
    assertTrue(screen.toString().contains("[p] passer"), screen.toString());
    assertTrue(screen.toString().contains("Dr [NOM-1]") && !screen.toString().contains("Martin"), screen.toString());
  }

  @Test
  void anEmptyOrUnknownAnswerIsAskedAgainNotSkipped() {
    TerminalReview.Outcome outcome = review("\nx\na\n", 1);
    assertEquals(new TerminalReview.Outcome(1, 0, 0), outcome);
    assertEquals(ReviewDecision.Kind.ACCEPT, recorded.get(0).kind());
    assertTrue(screen.toString().contains("Aucune réponse : tapez une lettre, p pour passer à la suivante."),
        screen.toString());
    assertTrue(screen.toString().contains("« x » n'est pas une réponse possible."), screen.toString());
  }

  @Test
  void skippingIsAnExplicitKey() {
    assertEquals(new TerminalReview.Outcome(1, 1, 0), review("p\nr\n", 2));
    assertEquals(List.of(ReviewDecision.Kind.REJECT), recorded.stream().map(ReviewDecision::kind).toList());
    assertEquals(12, recorded.get(0).segmentId());
  }

  @Test
  void anUnknownCodeListsTheCodesWithLabelsAndAsksAgainInsteadOfEndingTheSession() {
    TerminalReview.Outcome outcome = review("c\ntype/obstacel\nlevier\n2\na\n", 2);
    assertEquals(new TerminalReview.Outcome(2, 0, 0), outcome);
    assertTrue(screen.toString().contains("    2  type/obstacle — Obstacle au partenariat"), screen.toString());
    assertTrue(screen.toString().contains("Code inconnu « type/obstacel »"), screen.toString());
    assertTrue(screen.toString().contains("C'est le code suggéré"), screen.toString());
    assertEquals(ReviewDecision.Kind.RECODE, recorded.get(0).kind());
    assertEquals("type/obstacle", recorded.get(0).newCode());
    assertEquals(ReviewDecision.Kind.ACCEPT, recorded.get(1).kind());
  }

  @Test
  void aCodeIsAlsoTypedByNameOrDimensionAndAnEmptyOneGoesBack() {
    review("c\n\nc\nniveau/institutionnel\nc\nObstacle\n", 2);
    assertEquals(List.of("niveau/institutionnel", "type/obstacle"),
        recorded.stream().map(ReviewDecision::newCode).toList());
  }

  @Test
  void quittingOrTheEndOfInputKeepsWhatWasDecided() {
    assertEquals(new TerminalReview.Outcome(1, 0, 2), review("a\nq\n", 3));
    assertEquals(new TerminalReview.Outcome(1, 0, 2), review("a\n", 3));
    assertTrue(screen.toString().contains("1 décision(s) enregistrée(s), 0 suggestion(s) passée(s), 2 non vue(s)."),
        screen.toString());
  }
}
