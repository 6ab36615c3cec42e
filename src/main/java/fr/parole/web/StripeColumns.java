package fr.parole.web;

import fr.parole.coding.Codebook;
import fr.parole.web.DocumentView.MarginCoding;
import fr.parole.web.DocumentView.SegmentView;
import fr.parole.web.DocumentView.Stripe;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The coding stripes of a page of a document, as MAXQDA and Taguette draw them: one column per
 * code present on the page (in codebook order), coloured beside each segment that has the code, so
 * that a code covering several turns in a row reads as one stripe. The filters keep the columns of
 * some codes, or the codings of some coders ({@code machine} for the machine's suggestions).
 */
final class StripeColumns {
  /** The filters chosen (empty: everything). */
  record Filters(Set<String> codes, Set<String> coders) {
    static final Filters NONE = new Filters(Set.of(), Set.of());

    boolean keeps(MarginCoding coding) {
      return (codes.isEmpty() || codes.contains(coding.code())) && (coders.isEmpty() || coders.contains(coding.coder()));
    }
  }

  private final Codebook codebook;
  private final Filters filters;

  StripeColumns(Codebook codebook, Filters filters) {
    this.codebook = codebook;
    this.filters = filters;
  }

  /** The segments, each with its row of stripe cells. */
  List<SegmentView> addTo(List<SegmentView> segments) {
    Set<String> present = segments.stream().flatMap(s -> s.codings().stream()).filter(filters::keeps)
        .map(MarginCoding::code).collect(Collectors.toSet());
    List<String> columns = new ArrayList<>();
    if (codebook != null) {
      codebook.codes().stream().map(c -> c.path()).filter(present::contains).forEach(columns::add);
    }
    present.stream().filter(c -> !columns.contains(c)).sorted().forEach(columns::add);
    return segments.stream().map(s -> new SegmentView(s.id(), s.kindClass(), s.who(), s.details(), s.text(),
        s.exact(), s.codable(), s.codings(), s.memos(), row(s, columns), s.time())).toList();
  }

  private List<Stripe> row(SegmentView segment, List<String> columns) {
    List<Stripe> row = new ArrayList<>();
    for (String code : columns) {
      List<MarginCoding> here = segment.codings().stream().filter(c -> c.code().equals(code) && filters.keeps(c))
          .toList();
      if (here.isEmpty()) {
        row.add(new Stripe(false, "", "", ""));
      } else {
        Set<String> who = new LinkedHashSet<>();
        here.forEach(c -> who.add(c.coder() + " (" + c.origin() + ")"));
        row.add(new Stripe(true, codebook == null ? "k-autre" : CodeColours.cssClass(codebook, code),
            here.get(0).label(), String.join(" ; ", who)));
      }
    }
    return row;
  }
}
