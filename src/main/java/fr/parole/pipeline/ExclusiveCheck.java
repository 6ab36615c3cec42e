package fr.parole.pipeline;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookEdit;
import fr.parole.coding.Dimension;
import fr.parole.study.CodebookHistory;
import fr.parole.study.CodebookHistory.Carried;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Whether moving codings (a merge) would leave a segment with two codes of an exclusive dimension
 * for one person: in such a dimension a segment carries one code, so « Accueil » merged into
 * « Satisfait » where the same person also coded « Insatisfait » makes a coding that contradicts
 * itself. Per person, because two coders disagreeing on a segment is what blinded coding is for;
 * only accepted codings count (a pending suggestion is the machine's guess, a rejected one no code).
 */
public final class ExclusiveCheck {
  /**
   * How many segments would carry two codes, and the first few (document, line, person, codes);
   * {@code dimension} is the label of the first exclusive dimension where it happens.
   */
  public record Doubled(int count, List<Example> examples, String dimension) {
    /** A French refusal of a merge of {@code source} into {@code target}. */
    String mergeRefusal(Codebook book, String source, String target) {
      return refusal(book, "Impossible de fusionner « " + label(book, source) + " » dans « " + label(book, target) + " »",
          "fusionnez");
    }

    /** A French refusal of {@code opening} (what the person asked), ending on what to do before {@code retry}. */
    String refusal(Codebook book, String opening, String retry) {
      return opening + " : la dimension « " + dimension + " » est exclusive (un code par segment) et " + count
          + (count < 2 ? " segment porterait" : " segments porteraient")
          + " alors deux de ses codes pour une même personne : " + examples.stream()
          .map(e -> e.sourcePath() + " ligne " + e.line() + " (" + e.coder() + " : " + e.codes().stream().map(c -> "« "
          + label(book, c) + " »").collect(Collectors.joining(" et ")) + ")").collect(Collectors.joining(" ; "))
          + (count > examples.size() ? "…" : "") + ". Retirez d'abord l'un des deux codages de ces segments (page du "
          + "document), puis " + retry + ". Rien n'a été modifié.";
    }
  }

  /** A segment that would carry two codes: where it is, whose codings, which codes (as they are before the merge). */
  public record Example(String sourcePath, int line, String coder, Set<String> codes) {}

  static final int LISTED = 5;

  private ExclusiveCheck() {}

  /**
   * The segments {@code change} would leave with two codes of one of its exclusive dimensions. Only
   * doubles the change makes count: a person who already holds two codes of the dimension (imported,
   * say) is not a reason to refuse renaming one of them.
   */
  static Doubled of(Codebook before, CodebookEdit change, CodebookHistory history) {
    Map<String, String> moves = change.moves();
    int count = 0;
    String dimension = null;
    List<Example> examples = new ArrayList<>();
    for (Dimension d : change.after().dimensions()) {
      String prefix = d.id() + "/";
      if (!d.exclusive() || moves.values().stream().noneMatch(to -> to.startsWith(prefix))) {
        continue;
      }
      Map<String, Set<String>> after = new LinkedHashMap<>();
      Map<String, Set<String>> original = new LinkedHashMap<>();
      Map<String, Set<String>> already = new LinkedHashMap<>();
      Map<String, Carried> where = new LinkedHashMap<>();
      for (Carried c : history.carried(before.id(), d.id(), moves.keySet())) {
        String mapped = moves.getOrDefault(c.code(), c.code());
        if (mapped.startsWith(prefix)) {
          String key = c.segmentId() + "\u0000" + c.coder();
          after.computeIfAbsent(key, k -> new TreeSet<>()).add(mapped);
          original.computeIfAbsent(key, k -> new TreeSet<>()).add(c.code());
          Set<String> held = already.computeIfAbsent(key, k -> new TreeSet<>());
          if (c.code().startsWith(prefix)) {
            held.add(c.code());
          }
          where.putIfAbsent(key, c);
        }
      }
      Set<Long> segments = new TreeSet<>();
      for (Map.Entry<String, Set<String>> e : after.entrySet()) {
        Carried c = where.get(e.getKey());
        boolean made = e.getValue().size() > 1 && e.getValue().size() > already.get(e.getKey()).size();
        if (made && segments.add(c.segmentId()) && examples.size() < LISTED) {
          examples.add(new Example(c.sourcePath(), c.line(), c.coder(), original.get(e.getKey())));
        }
      }
      if (!segments.isEmpty() && dimension == null) {
        dimension = d.label();
      }
      count += segments.size();
    }
    return new Doubled(count, examples, dimension);
  }

  private static String label(Codebook book, String path) {
    return book.code(path).map(Code::label).orElse(path);
  }
}
