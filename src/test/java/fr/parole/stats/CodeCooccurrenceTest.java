package fr.parole.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Co-occurrence counts and Jaccard's index against set arithmetic in reference.py. */
class CodeCooccurrenceTest {
  @Test
  void countsAndJaccardMatchReference() {
    List<CodedSegment> codings = new ArrayList<>();
    add(codings, 1, "formation", "temps");
    add(codings, 2, "formation");
    add(codings, 3, "temps", "reconnaissance");
    add(codings, 4, "formation", "temps", "reconnaissance");
    add(codings, 5, "reconnaissance");
    add(codings, 6, "temps");
    add(codings, 6, "temps"); // a second coder on the same segment: counts once

    CooccurrenceMatrix matrix = new CodeCooccurrence().compute(codings);

    assertEquals(List.of("formation", "reconnaissance", "temps"), matrix.codes());
    long[][] counts = {{3, 1, 2}, {1, 3, 2}, {2, 2, 4}};
    double[][] jaccard = {{1.0, 0.2, 0.4}, {0.2, 1.0, 0.4}, {0.4, 0.4, 1.0}};
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertEquals(counts[i][j], matrix.count(i, j), i + "," + j);
        assertEquals(jaccard[i][j], matrix.jaccard(i, j), 1e-9, i + "," + j);
      }
    }
    assertEquals(0.4, matrix.jaccardTable().doubleColumn("temps").get(0), 1e-9);
    assertEquals(4L, matrix.countsTable().longColumn("temps").get(2));
  }

  private static void add(List<CodedSegment> codings, long segment, String... codes) {
    for (String code : codes) {
      codings.add(new CodedSegment(segment, "s" + segment, code, Map.of()));
    }
  }
}
