package fr.parole.coding;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One change to a codebook, computed before anything is written: the codebook after it, what to
 * call it in the version list ({@code action}, a French {@code summary} naming the codes by their
 * labels), the codings to move from one code to another ({@code moves}, by {@code dimension/id}),
 * the codes whose codings leave the codebook ({@code removed}: archived or deleted), and the
 * codings to move on chosen segments only ({@code chosen}: a split).
 */
public record CodebookEdit(Codebook after, String action, String summary, Map<String, String> moves,
    List<String> removed, List<ChosenMove> chosen) {
  public CodebookEdit {
    moves = Map.copyOf(moves);
    removed = List.copyOf(removed);
    chosen = List.copyOf(chosen);
  }

  public CodebookEdit(Codebook after, String action, String summary, Map<String, String> moves, List<String> removed) {
    this(after, action, summary, moves, removed, List.of());
  }

  /**
   * The codings of {@code from} on {@code segments} go to {@code to} (each keeping its coder, origin
   * and date); {@code how} says in French how the segments were chosen (« recherche « … » », « 3
   * segments cochés »).
   */
  public record ChosenMove(String from, String to, Set<Long> segments, String how) {
    public ChosenMove {
      segments = Set.copyOf(segments);
    }
  }
}
