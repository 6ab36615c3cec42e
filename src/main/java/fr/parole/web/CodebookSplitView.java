package fr.parole.web;

import java.util.List;

/**
 * What the split page and the merge preview show (templates {@code codebook-split.jte} and
 * {@code codebook-merge.jte}): codes by their labels, participants' words pseudonymised.
 */
public final class CodebookSplitView {
  private CodebookSplitView() {}

  /** A segment of the old code, with its box ticked when the person chose it. */
  public record Item(long id, String where, String text, boolean checked) {}

  /**
   * The split form: the old code, what the person typed, a page of the code's segments (and the
   * chosen ones of other pages, carried hidden), then the preview once asked for.
   */
  public record Split(String name, String fingerprint, String path, String label, String newLabel, String newId,
      String query, List<Item> items, List<Long> elsewhere, List<Long> chosen, int total, int page, int pages,
      String preview, boolean ready, String error) {
    public boolean previous() {
      return page > 1;
    }

    public boolean next() {
      return page < pages;
    }
  }

  /** The merge before it is made: what follows, and the refusal when a segment would carry two exclusive codes. */
  public record Merge(String name, String fingerprint, String path, String label, String target, String targetLabel,
      String moved, String refusal) {}
}
