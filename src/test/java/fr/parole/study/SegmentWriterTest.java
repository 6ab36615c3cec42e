package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Segments written several rows per statement come back exactly as given, with ids in ordinal
 * order as one statement per row gave them, whatever the count around a group of {@link SegmentWriter#ROWS}.
 */
class SegmentWriterTest {
  @TempDir
  Path dir;

  /** Every column varies with the ordinal, so that a value bound to the wrong row or column shows. */
  private static NewSegment segment(int ordinal) {
    SegmentKind kind = ordinal % 3 == 0 ? SegmentKind.INTERVIEWER : SegmentKind.TURN;
    Map<String, String> attributes = ordinal % 4 == 0 ? Map.of()
        : Map.of("establishment", "CHU" + ordinal % 5, "date", "2024-01-" + (10 + ordinal % 20));
    SegmentTimes times = ordinal % 2 == 0 ? null : new SegmentTimes(1000L * ordinal, 1000L * ordinal + 500);
    return new NewSegment(ordinal, kind, ordinal % 5 == 0 ? null : "IDE " + ordinal, 10 * ordinal, 10 * ordinal + 7,
        ordinal + 1, "texte n° " + ordinal, ordinal % 9, attributes, times);
  }

  private static List<NewSegment> segments(int from, int count) {
    List<NewSegment> segments = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      segments.add(segment(i));
    }
    return segments;
  }

  @Test
  void segmentsWrittenInGroupsComeBackAsGivenWithIdsInOrdinalOrder() {
    int rows = SegmentWriter.ROWS;
    // A list smaller than a group, one of whole groups and a remainder, then exactly one group.
    List<List<NewSegment>> calls = List.of(segments(0, 5), segments(5, 2 * rows + 3), segments(5 + 2 * rows + 3, rows));
    List<Long> ids = new ArrayList<>();
    try (StudyStore store = StudyStore.open(dir.resolve("study.db"))) {
      try (StoreTransaction tx = store.begin()) {
        long source = tx.sources().insert(new NewSource("a.vtt", "transcript/vtt", "h1", "UTF-8", "x"));
        calls.forEach(list -> ids.addAll(tx.sources().insertSegments(source, list)));
        tx.commit();
      }
      List<NewSegment> all = calls.stream().flatMap(List::stream).toList();
      for (int i = 1; i < ids.size(); i++) {
        assertEquals(ids.get(i - 1) + 1, ids.get(i), "ids follow the ordinals, one apart");
      }
      List<SegmentRecord> stored = new ArrayList<>();
      store.segmentQueries().forEachSegment(0, stored::add);
      assertEquals(all.size(), stored.size());
      for (int i = 0; i < all.size(); i++) {
        NewSegment given = all.get(i);
        SegmentRecord back = stored.get(i);
        assertEquals(ids.get(i), back.id());
        assertEquals(List.of(given.ordinal(), given.kind(), String.valueOf(given.speaker()), given.start(), given.end(),
            given.line(), given.text(), given.wordCount(), given.attributes(), String.valueOf(given.times())),
            List.of(back.ordinal(), back.kind(), String.valueOf(back.speaker()), back.start(), back.end(), back.line(),
                back.text(), back.wordCount(), back.attributes(), String.valueOf(back.times())), "segment " + i);
      }
    }
  }

  @Test
  void aGroupThatBreaksAConstraintFailsAndTheTransactionKeepsNothing() {
    try (StudyStore store = StudyStore.open(dir.resolve("study.db"))) {
      try (StoreTransaction tx = store.begin()) {
        long source = tx.sources().insert(new NewSource("a.md", "transcript/md", "h1", "UTF-8", "x"));
        List<NewSegment> twice = new ArrayList<>(segments(0, SegmentWriter.ROWS));
        twice.set(SegmentWriter.ROWS - 1, segment(0)); // the same ordinal twice in one group
        assertThrows(StudyException.class, () -> tx.sources().insertSegments(source, twice));
      }
      assertEquals(0, store.queries().summary().segments());
    }
  }
}
