package fr.parole.cli;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.ReviewDecision;
import fr.parole.study.AttributeNames;
import fr.parole.study.PendingSuggestion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Suggestions reviewed one at a time in the terminal. Each decision is handed to {@code record}
 * at once, so quitting or Ctrl-C keeps what was decided. An answer that is not one of the keys
 * shown (an empty one included) is asked again, never taken for "skip": skipping is its own key.
 * Changing the code lists the codes of the suggestion's dimension with their labels, and an
 * unknown code is asked again.
 */
final class TerminalReview {
  static final String KEYS = "[a] accepter · [r] rejeter · [c] changer de code · [p] passer · [q] quitter";

  private final BufferedReader in;
  private final PrintWriter out;
  private final Codebook codebook;
  private final String coder;
  private final UnaryOperator<String> shown;
  private final Consumer<ReviewDecision> record;

  /** {@code shown} is what a text or a speaker looks like on screen (pseudonymised by default). */
  TerminalReview(BufferedReader in, PrintWriter out, Codebook codebook, String coder, UnaryOperator<String> shown,
      Consumer<ReviewDecision> record) {
    this.in = in;
    this.out = out;
    this.codebook = codebook;
    this.coder = coder;
    this.shown = shown;
    this.record = record;
  }

  /** What a session did. */
  record Outcome(int decided, int skipped, int left) {}

  Outcome review(List<PendingSuggestion> pending) {
    int decided = 0;
    int skipped = 0;
    int seen = 0;
    for (PendingSuggestion s : pending) {
      show(s, seen + 1, pending.size());
      Optional<ReviewDecision> decision = decide(s);
      if (decision == null) {
        break; // quit, or the input ended
      }
      seen++;
      if (decision.isPresent()) {
        record.accept(decision.get());
        decided++;
      } else {
        skipped++;
      }
    }
    Outcome outcome = new Outcome(decided, skipped, pending.size() - seen);
    out.printf("%n%d décision(s) enregistrée(s), %d suggestion(s) passée(s), %d non vue(s).%n", outcome.decided(),
        outcome.skipped(), outcome.left());
    out.flush();
    return outcome;
  }

  private void show(PendingSuggestion s, int index, int total) {
    out.printf("%n[%d/%d] segment %d · %s · %s%n  « %s »%n  suggestion : %s%s (confiance %.2f, %s%s)%n", index,
        total, s.segmentId(), s.source(), s.speaker() == null ? "—" : shown.apply(s.speaker()), shown.apply(s.text()),
        s.code(), label(s.code()), s.confidence(), s.origin(), s.evidence() == null ? "" : " : " + s.evidence());
  }

  /** The decision on {@code s}: empty when skipped, null when the session ends. */
  private Optional<ReviewDecision> decide(PendingSuggestion s) {
    while (true) {
      String answer = ask("  " + KEYS + " ? ");
      if (answer == null) {
        return null;
      }
      switch (answer.isEmpty() ? ' ' : answer.charAt(0)) {
        case 'a':
          return Optional.of(new ReviewDecision(s.segmentId(), s.code(), ReviewDecision.Kind.ACCEPT, null, coder, 0));
        case 'r':
          return Optional.of(new ReviewDecision(s.segmentId(), s.code(), ReviewDecision.Kind.REJECT, null, coder, 0));
        case 'p':
        case 's': // "sauter", as the keys read before
          return Optional.empty();
        case 'q':
          return null;
        case 'c':
          Optional<String> other = otherCode(s);
          if (other.isPresent()) {
            return Optional.of(new ReviewDecision(s.segmentId(), s.code(), ReviewDecision.Kind.RECODE, other.get(),
                coder, 0));
          }
          break; // back to the keys, for the same suggestion
        default:
          out.println(answer.isEmpty() ? "  Aucune réponse : tapez une lettre, p pour passer à la suivante."
              : "  « " + answer + " » n'est pas une réponse possible.");
      }
    }
  }

  /** The code to put instead, asked until it is one of the codebook's; empty to go back. */
  private Optional<String> otherCode(PendingSuggestion s) {
    String dimension = s.code().substring(0, s.code().indexOf('/'));
    List<Code> codes = codebook.codes().stream().filter(c -> c.dimension().equals(dimension)).toList();
    out.printf("  Codes de la dimension « %s » :%n", dimension);
    for (int i = 0; i < codes.size(); i++) {
      out.printf("  %3d  %s%s%n", i + 1, codes.get(i).path(), label(codes.get(i).path()));
    }
    while (true) {
      String answer = ask("  nouveau code (numéro, code ou dimension/code ; vide pour revenir) ? ");
      if (answer == null || answer.isEmpty()) {
        return Optional.empty();
      }
      Optional<String> code = code(answer, codes);
      if (code.isPresent() && !code.get().equals(s.code())) {
        return code;
      }
      out.println(code.isPresent() ? "  C'est le code suggéré : tapez a pour l'accepter, ou un autre code."
          : "  Code inconnu « " + answer + " » : un numéro de la liste (1 à " + codes.size() + "), un code ou "
              + "dimension/code de « " + codebook.id() + " ».");
    }
  }

  /** A number of the list, a code of the dimension ("levier"), or any code of the codebook ("type/levier"). */
  private Optional<String> code(String answer, List<Code> codes) {
    try {
      int number = Integer.parseInt(answer);
      return number >= 1 && number <= codes.size() ? Optional.of(codes.get(number - 1).path()) : Optional.empty();
    } catch (NumberFormatException notANumber) {
      String folded = AttributeNames.fold(answer);
      return codebook.codes().stream()
          .filter(c -> AttributeNames.fold(c.path()).equals(folded)
              || codes.contains(c) && AttributeNames.fold(c.id()).equals(folded))
          .map(Code::path).findFirst();
    }
  }

  private String label(String code) {
    return codebook.code(code).map(Code::label).filter(l -> !l.isBlank()).map(l -> " — " + l).orElse("");
  }

  /** The answer stripped and in lower case; null when the input ended. */
  private String ask(String prompt) {
    out.print(prompt);
    out.flush();
    try {
      String line = in.readLine();
      return line == null ? null : line.strip().toLowerCase(java.util.Locale.ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
