package fr.parole.pipeline;

import fr.parole.ParoleException;
import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookEdit;
import fr.parole.coding.CodebookEdits;
import fr.parole.coding.CodebookException;
import fr.parole.index.KwicLine;
import fr.parole.index.SearchRequest;
import fr.parole.study.CodebookHistory;
import fr.parole.study.CodebookHistory.CodedSegment;
import fr.parole.study.CodebookHistory.Version;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splitting a code and moving chosen codings to the new one: « Accueil » split into « Accueil
 * administratif » takes the codings of « Accueil » on the segments a search finds (the index
 * search of {@code parole search} and of autocoding) and those the person ticked. First
 * {@link #plan} (how many codings would move), then {@link #split}: one version, one transaction,
 * each coding keeping its coder, origin and date, journalled so that restoring the version before
 * puts every one back.
 */
public final class CodebookSplit {
  private final Pipeline pipeline;
  private final CodebookEditing editing;
  private final CodebookEdits edits = new CodebookEdits();

  public CodebookSplit(Pipeline pipeline, CodebookEditing editing) {
    this.pipeline = pipeline;
    this.editing = editing;
  }

  /** Which segments' codings go to the new code: those a search finds, and those chosen by id (either may be empty). */
  public record Choice(String query, Set<Long> segments) {
    public Choice {
      query = query == null || query.isBlank() ? null : query.strip();
      segments = Set.copyOf(segments == null ? Set.of() : segments);
    }

    public boolean none() {
      return query == null && segments.isEmpty();
    }
  }

  /** What a split would move: the segments of the old code chosen, its codings there, how they were chosen. */
  public record Plan(Code code, Set<Long> segments, int codings, String how) {}

  /** A page of the segments a code is on, and how many there are in all. */
  public record Segments(List<CodedSegment> shown, int total, int offset) {}

  /** The segments {@code path} is on, {@code limit} from {@code offset}, in document order. */
  public Segments coded(Study study, String name, String path, int offset, int limit) {
    Codebook book = editing.codebook(study, name);
    Code code = CodebookEdits.code(book, path);
    try (StudyStore store = study.openStore()) {
      CodebookHistory history = store.codebookHistory();
      int total = history.codedSegmentCount(book.id(), code.path());
      int from = Math.max(0, Math.min(offset, Math.max(0, total - 1)));
      return new Segments(history.codedSegments(book.id(), code.path(), limit, from), total, from);
    }
  }

  /**
   * The codings {@code choice} would move off {@code path}. Refused in French: a query Lucene cannot
   * read, a query that finds none of the code's segments, a chosen segment the code is not on.
   */
  public Plan plan(Study study, String name, String path, Choice choice) {
    Codebook book = editing.codebook(study, name);
    Code code = CodebookEdits.code(book, path);
    Set<Long> chosen = new TreeSet<>();
    List<String> how = new ArrayList<>();
    try (StudyStore store = study.openStore()) {
      CodebookHistory history = store.codebookHistory();
      if (choice.query() != null) {
        Set<Long> found = found(study, code, choice.query());
        Set<Long> on = history.onCode(book.id(), code.path(), found);
        if (on.isEmpty()) {
          throw new CodebookException("Scission de « " + code.label() + " » : la recherche « " + choice.query() + " » "
              + (found.isEmpty() ? "ne trouve aucun segment" : "trouve " + found.size() + " segment(s), mais aucun n'est "
              + "codé « " + code.label() + " »") + ". Essayez d'autres mots, ou cochez les segments. Rien n'a été modifié.");
        }
        chosen.addAll(on);
        how.add("recherche « " + choice.query() + " » : " + on.size() + " segment(s)");
      }
      if (!choice.segments().isEmpty()) {
        Set<Long> on = history.onCode(book.id(), code.path(), choice.segments());
        Set<Long> off = new TreeSet<>(choice.segments());
        off.removeAll(on);
        if (!off.isEmpty()) {
          throw new CodebookException("Scission de « " + code.label() + " » : " + (off.size() < 2 ? "le segment n° "
              : "les segments n° ") + off.stream().limit(5).map(String::valueOf).collect(java.util.stream.Collectors
              .joining(", ")) + (off.size() > 5 ? "…" : "") + (off.size() < 2 ? " n'est" : " ne sont") + " pas codé(s) « "
              + code.label() + " » (attendu : des segments de ce code, listés sur la page de scission). Rien n'a été "
              + "modifié.");
        }
        chosen.addAll(on);
        how.add(on.size() + " segment(s) choisi(s)");
      }
      return new Plan(code, chosen, history.codingsOn(book.id(), code.path(), chosen), String.join(", ", how));
    }
  }

  /**
   * Splits {@code path}: a new code beside it ({@code newId} blank: made from {@code label}), and the
   * codings {@code choice} names moved to it, as {@code person}, checked against {@code expected}
   * (a fingerprint, null to skip).
   */
  public Version split(Study study, String name, String expected, String person, String path, String newId,
      String label, Choice choice) {
    Plan plan = choice.none() ? null : plan(study, name, path, choice);
    return editing.change(study, name, expected, person, book -> {
      CodebookEdit created = edits.split(book, path, newId, label);
      if (plan == null) {
        return created;
      }
      Code code = CodebookEdits.code(book, path);
      Code added = created.after().codes().stream().filter(c -> book.code(c.path()).isEmpty()).findFirst()
          .orElseThrow();
      return new CodebookEdit(created.after(), created.action(), "Code « " + code.label() + " » scindé : nouveau code « "
          + added.label() + " » à côté.", Map.of(), List.of(), List.of(new CodebookEdit.ChosenMove(code.path(),
          added.path(), plan.segments(), plan.how())));
    });
  }

  /** The segments a search finds (participants' words), or a French message when Lucene cannot read the query. */
  private Set<Long> found(Study study, Code code, String query) {
    Set<Long> found = new TreeSet<>();
    try {
      for (KwicLine line : pipeline.search(study, new SearchRequest(query, Map.of(), false, 0, 0)).lines()) {
        found.add(line.segmentId());
      }
    } catch (CodebookException e) {
      throw e;
    } catch (ParoleException e) {
      throw new CodebookException("Scission de « " + code.label() + " » : " + e.getMessage());
    }
    return found;
  }
}
