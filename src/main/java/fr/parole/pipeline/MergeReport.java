package fr.parole.pipeline;

import java.util.List;

/**
 * What {@code parole merge} brought from one copy of a study into another: counts of what was added
 * and of what was already there (assignments of blinded coding: added, or given segments, coders or
 * their closing), the conflicts (French lines: two decisions on the same segment
 * and code, codebooks that differ) and what stayed behind and why (French lines, naming the
 * source, the line and the person). {@code written} is false for a trial run.
 */
public record MergeReport(int codingsAdded, int codingsPresent, int memosAdded, int memosPresent,
    int discussionAdded, int discussionUpdated, int discussionPresent, int assignmentsAdded, int assignmentsUpdated,
    int resolutionsAdded, List<String> conflicts,
    List<String> codebookConflicts, List<String> leftBehind, boolean written) {
  public MergeReport {
    conflicts = List.copyOf(conflicts);
    codebookConflicts = List.copyOf(codebookConflicts);
    leftBehind = List.copyOf(leftBehind);
  }

  /** Whether the merge added or changed anything. */
  public boolean changedAnything() {
    return codingsAdded + memosAdded + discussionAdded + discussionUpdated + assignmentsAdded + assignmentsUpdated
        + resolutionsAdded > 0;
  }
}
