package fr.parole.importer;

import java.util.List;

/**
 * What an import did, file by file: files imported (or re-imported when changed), unchanged,
 * renamed ("old → new"), given new attributes in place (cases file or rules changed), removed (no longer in the study folder), failed. It failed if any file
 * failed. {@code replacedSourceIds} are the sources whose segments are gone from the store.
 */
public record ImportReport(
    List<Imported> imported, List<String> unchanged, List<String> renamed, List<String> reattributed,
    List<String> removed,
    List<Failed> failed, List<Long> replacedSourceIds) {
  public ImportReport {
    imported = List.copyOf(imported);
    unchanged = List.copyOf(unchanged);
    renamed = List.copyOf(renamed);
    reattributed = List.copyOf(reattributed);
    removed = List.copyOf(removed);
    failed = List.copyOf(failed);
    replacedSourceIds = List.copyOf(replacedSourceIds);
  }

  /**
   * A file stored by this import: how many segments it gave in all, how many of them are
   * participants' words (the rest: interviewer turns, preamble), how many respondents (a
   * questionnaire response file; 0 otherwise), and what to warn about. An e-Satis results file
   * gives no segments but {@code establishments} rows, and says which survey and year in
   * {@code results} ("e-Satis +48h MCO 2019"; null for other files).
   */
  public record Imported(String name, int segments, int participantSegments, int respondents, boolean replaced,
      List<String> warnings, int establishments, String results) {
    public Imported {
      warnings = List.copyOf(warnings);
    }
  }

  /** A file left out whole, and why. */
  public record Failed(String name, String reason) {}

  /** True when segments were added, removed or moved: the index must follow. */
  public boolean changed() {
    return !imported.isEmpty() || !renamed.isEmpty() || !reattributed.isEmpty() || !removed.isEmpty();
  }

  public boolean hasFailures() {
    return !failed.isEmpty();
  }

  /** Every segment stored, interviewer turns and preambles included. */
  public int segments() {
    return imported.stream().mapToInt(Imported::segments).sum();
  }

  /** The participants' segments stored: those that are counted and coded. */
  public int participantSegments() {
    return imported.stream().mapToInt(Imported::participantSegments).sum();
  }
}
