package fr.parole.report;

import fr.parole.study.ReportQueries.CodingRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The quotes of one code, chosen while its counted codings stream by: the best {@code n} (a
 * person's decision first, then the segments with fewest other codes, which speak of this one
 * rather than of many, then the most confident, then the segment id), at most one per source
 * while other sources remain. Holds 2 × {@code n} candidates, never the code's codings.
 */
final class QuoteCandidates {
  /** What ranks a coding among the code's others (they all have the same code). */
  private record Candidate(long segmentId, long sourceId, int rank, int codes, double confidence) {}

  /** Written out rather than chained: it runs for every counted coding of a million-segment study. */
  private static final Comparator<Candidate> ORDER = (a, b) -> {
    if (a.rank() != b.rank()) {
      return Integer.compare(a.rank(), b.rank());
    }
    if (a.codes() != b.codes()) {
      return Integer.compare(a.codes(), b.codes());
    }
    int confidence = Double.compare(b.confidence(), a.confidence());
    return confidence != 0 ? confidence : Long.compare(a.segmentId(), b.segmentId());
  };

  private final int n;
  /** The best n overall, best first. */
  private final List<Candidate> best = new ArrayList<>();
  /** The best n among each source's best, best first, one per source. */
  private final List<Candidate> bestPerSource = new ArrayList<>();

  QuoteCandidates(int n) {
    this.n = n;
  }

  /** A counted coding of the code, on a segment that carries {@code codes} counted codes in all. */
  void offer(CodingRow row, int codes) {
    Candidate c = new Candidate(row.segmentId(), row.sourceId(), ThemeCodings.rank(row), codes,
        ThemeCodings.confidence(row));
    insert(best, c);
    // A source already listed keeps its better coding. A source pushed out had n better ones from
    // other sources; those only get better, so its later codings could never come back in.
    for (int i = 0; i < bestPerSource.size(); i++) {
      Candidate listed = bestPerSource.get(i);
      if (listed.sourceId() == c.sourceId()) {
        if (ORDER.compare(c, listed) < 0) {
          bestPerSource.remove(i);
          insert(bestPerSource, c);
        }
        return;
      }
    }
    insert(bestPerSource, c);
  }

  /**
   * The segments to quote: the best of each source, best first, then, when fewer than {@code n}
   * sources have the code, the best of the others.
   */
  List<Long> choose() {
    List<Long> ids = new ArrayList<>();
    bestPerSource.forEach(c -> ids.add(c.segmentId()));
    for (Candidate c : best) {
      if (ids.size() < n && !ids.contains(c.segmentId())) {
        ids.add(c.segmentId());
      }
    }
    return ids;
  }

  private void insert(List<Candidate> list, Candidate c) {
    if (list.size() == n && ORDER.compare(list.get(n - 1), c) <= 0) {
      return; // most codings of a large study: no better than the last kept
    }
    int at = 0;
    while (at < list.size() && ORDER.compare(list.get(at), c) < 0) {
      at++;
    }
    if (at < n) {
      list.add(at, c);
      if (list.size() > n) {
        list.remove(n);
      }
    }
  }
}
