package fr.parole.pipeline;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which code of this study's codebooks a code of another copy's is: the same id, else the one code
 * with the same label (a code renamed on one laptop); what matches by neither, or differs in label,
 * is a codebook conflict, said once per code in French. Each copy's codebooks are those its
 * study.yaml names.
 */
final class CodeMatching {
  private final Map<String, Codebook> here;
  private final Map<String, Codebook> there;
  private final String hereName;
  private final String thereName;
  private final Map<String, Optional<String>> matched = new LinkedHashMap<>();
  private final List<String> conflicts = new ArrayList<>();
  private final Map<String, Integer> lost = new LinkedHashMap<>();

  CodeMatching(Map<String, Codebook> here, String hereName, Map<String, Codebook> there, String thereName) {
    this.here = here;
    this.there = there;
    this.hereName = hereName;
    this.thereName = thereName;
  }

  /** This study's code ({@code dimension/code}) for the other copy's, if any. */
  Optional<String> code(String codebook, String code) {
    return matched.computeIfAbsent(codebook + "\t" + code, k -> match(codebook, code));
  }

  /** Counts an item that stays behind because its code has no match here (said with the conflict). */
  void leftBehind(String codebook, String code) {
    lost.merge(codebook + "\t" + code, 1, Integer::sum);
  }

  /** The codebook conflicts, each with how many items stayed behind for it. */
  List<String> conflicts() {
    List<String> lines = new ArrayList<>(conflicts);
    lost.forEach((key, n) -> {
      String[] parts = key.split("\t", 2);
      lines.add(described(parts[0], parts[1]) + " : absent du livre de codes de « " + hereName + " » (ni par"
          + " identifiant ni par libellé) ; " + n + " élément(s) non reporté(s). Ajoutez ce code à « " + hereName
          + " » puis relancez la fusion.");
    });
    return lines;
  }

  /** The label of a code, here or there, for messages. */
  String label(String codebook, String code) {
    return find(here, codebook, code).or(() -> find(there, codebook, code)).map(Code::label)
        .filter(l -> l != null && !l.isBlank()).orElse(code);
  }

  private Optional<String> match(String codebook, String code) {
    Codebook mine = here.get(codebook);
    Optional<Code> theirs = find(there, codebook, code);
    if (mine == null) {
      return Optional.empty();
    }
    Optional<Code> same = mine.code(code);
    if (same.isPresent()) {
      String label = theirs.map(Code::label).orElse(null);
      if (label != null && !normal(label).equals(normal(same.get().label()))) {
        conflicts.add("Code " + code + " du livre « " + codebook + " » : libellé « " + same.get().label() + " » dans « "
            + hereName + " », « " + label + " » dans « " + thereName + " » ; apparié par identifiant.");
      }
      return Optional.of(code);
    }
    if (theirs.isEmpty() || theirs.get().label() == null) {
      return Optional.empty();
    }
    List<Code> byLabel = mine.codes().stream().filter(c -> normal(theirs.get().label()).equals(normal(c.label())))
        .toList();
    if (byLabel.size() != 1) {
      return Optional.empty();
    }
    conflicts.add("Code " + code + " (« " + theirs.get().label() + " ») de « " + thereName + " » : absent de « "
        + hereName + " » sous cet identifiant, apparié par libellé à " + byLabel.get(0).path() + ".");
    return Optional.of(byLabel.get(0).path());
  }

  private String described(String codebook, String code) {
    Optional<Code> theirs = find(there, codebook, code);
    return "Code " + code + theirs.map(c -> " (« " + c.label() + " »)").orElse("") + " du livre « " + codebook + " »"
        + (here.containsKey(codebook) ? "" : " (livre absent de study.yaml de « " + hereName + " »)");
  }

  private static Optional<Code> find(Map<String, Codebook> books, String codebook, String code) {
    Codebook book = books.get(codebook);
    return book == null ? Optional.empty() : book.code(code);
  }

  private static String normal(String label) {
    return label == null ? "" : label.strip().toLowerCase(Locale.FRENCH);
  }
}
