package fr.parole.coding;

import java.util.List;
import java.util.Map;

/**
 * One change to a codebook, computed before anything is written: the codebook after it, what to
 * call it in the version list ({@code action}, a French {@code summary} naming the codes by their
 * labels), the codings to move from one code to another ({@code moves}, by {@code dimension/id}),
 * and the codes whose codings leave the codebook ({@code removed}: archived or deleted).
 */
public record CodebookEdit(Codebook after, String action, String summary, Map<String, String> moves,
    List<String> removed) {
  public CodebookEdit {
    moves = Map.copyOf(moves);
    removed = List.copyOf(removed);
  }
}
