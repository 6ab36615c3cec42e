package fr.parole.pipeline;

import fr.parole.coding.Codebook;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.util.Optional;
import java.util.function.Function;

/**
 * The segments a {@link StudyExplorer.Selection} names (a theme's quotes, a matrix cell, a
 * co-occurrence, the segments behind a dashboard number): the selection turned into a scan of the
 * counted codings ({@link CodingScans}), then the page asked for read from the store. Apart from
 * {@link StudyExplorer}, which keeps the counts and the codebooks it passes in, so that a matrix
 * cell and the segments it opens are counted by the same rule.
 */
final class SegmentSelection {
  private final Study study;
  private final Function<String, Optional<Codebook>> books;

  SegmentSelection(Study study, Function<String, Optional<Codebook>> books) {
    this.study = study;
    this.books = books;
  }

  /**
   * The page {@code page} (from 1) of the selection's segments, {@code perPage} a page, in id order;
   * empty when its codebook or code is not the study's.
   */
  Optional<StudyExplorer.SegmentPage> page(CountedCodings counted, StudyExplorer.Selection selection, int page,
      int perPage) {
    Optional<CodingScans.Filter> filter = filter(counted, selection);
    if (filter.isEmpty()) {
      return Optional.empty();
    }
    CodingScans scans = new CodingScans(counted);
    // One scan counts the selection and keeps the page asked for; only a page past the last scans again.
    int asked = Math.max(page, 1);
    CodingScans.Found found = scans.find(filter.get(), (long) (asked - 1) * perPage, perPage);
    int pages = (int) Math.max(1, (found.total() + perPage - 1) / perPage);
    int shown = Math.min(asked, pages);
    if (shown != asked) {
      found = scans.find(filter.get(), (long) (shown - 1) * perPage, perPage);
    }
    try (StudyStore store = study.openStore()) {
      return Optional.of(new StudyExplorer.SegmentPage(found.total(), shown, pages, store.dashboardQueries().excerpts(found.ids())));
    }
  }

  /** The scan of a selection; empty when its codebook or code is not the study's. */
  Optional<CodingScans.Filter> filter(CountedCodings counted, StudyExplorer.Selection selection) {
    java.util.function.LongPredicate values = counted.withValues(selection.attributes());
    if (selection.codebook() == null) {
      return Optional.of(new CodingScans.Filter(null, values, null, false));
    }
    Optional<CountedCodings.Book> counts = counted.book(selection.codebook());
    if (counts.isEmpty()) {
      return Optional.empty();
    }
    Optional<Codebook> book = books.apply(selection.codebook());
    int[] codes = null;
    if (selection.code() != null) {
      if (book.isEmpty() || book.get().code(selection.code()).isEmpty()) {
        return Optional.empty();
      }
      Nodes nodes = Nodes.of(book, counts.get());
      codes = nodes.codesUnder(selection.code());
      if (selection.with() != null) {
        if (book.get().code(selection.with()).isEmpty()) {
          return Optional.empty();
        }
        values = values.and(carrying(counts.get(), nodes.codesUnder(selection.with())));
      }
    } else if (!selection.analysed()) {
      codes = java.util.stream.IntStream.range(0, counts.get().codes.size()).toArray();
    }
    return Optional.of(new CodingScans.Filter(counts.get(), values, codes, selection.checked()));
  }

  /** Segments with a counted code among {@code codes} (numbers of the book's codes). */
  private static java.util.function.LongPredicate carrying(CountedCodings.Book book, int[] codes) {
    boolean[] wanted = new boolean[book.codes.size()];
    for (int code : codes) {
      wanted[code] = true;
    }
    return s -> {
      short[] kept = s < book.kept.length() ? book.kept.get((int) s) : null;
      return kept != null && CodingScans.carries(kept, wanted, false);
    };
  }
}
