package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.study.LemmaCounts;
import fr.parole.study.LemmaValueWriter;
import fr.parole.study.NewSegment;
import fr.parole.study.NewSource;
import fr.parole.study.SegmentKind;
import fr.parole.study.SegmentRecord;
import fr.parole.study.StoreTransaction;
import fr.parole.study.StudyException;
import fr.parole.study.StudyStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lemma tally of a coding run: sums per attribute value, and an attribute with too many values left out. */
class LemmaTallyTest {
  @TempDir
  Path dir;

  private static SegmentRecord segment(long id, long source, Map<String, String> attributes) {
    return new SegmentRecord(id, source, "a.csv", (int) id, SegmentKind.COMMENT, null, 0, 1, 1, "x", 1, attributes,
        null);
  }

  @Test
  void aFreeTextAttributeStopsBeingCountedAndIsThenRefused() {
    try (StudyStore store = StudyStore.open(dir.resolve("study.db"))) {
      long source;
      try (StoreTransaction tx = store.begin()) {
        source = tx.sources().insert(new NewSource("a.csv", "verbatims", "h", "UTF-8", null));
        tx.sources().insertSegment(source, new NewSegment(0, SegmentKind.COMMENT, null, 0, 1, 1, "x", 1,
            Map.of("establishment", "CHU1", "date", "jour 0", "service", "Cardiologie"), null));
        tx.commit();
      }
      LemmaTally tally = new LemmaTally(Set.of("establishment", "date"));
      for (int i = 0; i <= LemmaCounts.MAX_VALUES; i++) {
        tally.add(segment(i, source, Map.of("establishment", i % 2 == 0 ? "CHU1" : "CH2", "date", "jour " + i,
            "service", "Cardiologie")), List.of("attente", "repas"));
      }
      tally.add(segment(-1, source, Map.of()), List.of("repas"));
      try (StoreTransaction tx = store.begin()) {
        try (LemmaValueWriter writer = tx.lemmaValues()) {
          tally.writeTo(writer, Set.of());
        }
        tx.commit();
      }
      long half = (LemmaCounts.MAX_VALUES + 2) / 2;
      assertEquals(Map.of("CHU1", Map.of("attente", half, "repas", half),
          "CH2", Map.of("attente", half - 1, "repas", half - 1), LemmaCounts.MISSING, Map.of("repas", 1L)),
          store.lemmaCounts().byAttribute("establishment").counts());
      StudyException date = assertThrows(StudyException.class, () -> store.lemmaCounts().byAttribute("date"));
      assertTrue(date.getMessage().contains("« date »"), date.getMessage());
      assertThrows(StudyException.class, () -> store.lemmaCounts().byAttribute("service"), "not asked for: not counted");
    }
  }
}
