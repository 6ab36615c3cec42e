package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus counts a report reads once against the same counts asked of SQL one by one. */
class CorpusCountsTest {
  @TempDir
  Path dir;

  private static void assertSameAsTheStore(StudyStore store) {
    StoreQueries queries = store.queries();
    CorpusCounts counts = queries.corpusCounts();
    assertEquals(queries.summary(), counts.summary());
    // The report's sources, counted in the same pass, as the store counts them.
    assertEquals(queries.sources(), queries.sources(counts));
    assertEquals(queries.attributeNames(), counts.attributeNames());
    List<String> names = new ArrayList<>(queries.attributeNames());
    names.add("attribut_absent");
    for (String name : names) {
      assertEquals(queries.distinctValues(name), counts.distinctValues(name), name);
      assertEquals(queries.countsBy(name), counts.countsBy(name), name);
    }
  }

  @Test
  void theDemoGivesTheCountsOfTheStore() {
    Study study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    new Pipeline(Progress.SILENT).importStudy(study);
    try (StudyStore store = study.openStore()) {
      assertSameAsTheStore(store);
      assertEquals(List.of("CH2", "CHU1", "CHU3"), store.queries().corpusCounts().countsBy("establishment").stream()
          .map(ValueCount::value).filter(v -> v != null).sorted().toList());
      long[] highest = {0};
      store.segmentQueries().forEachSegment(0, segment -> highest[0] = Math.max(highest[0], segment.id()));
      // The report's reading progress counts up to this: not to the length of arrays grown by doubling.
      assertEquals(highest[0] + 1, store.queries().corpusCounts().segmentIdLimit());
    }
  }

  /** Ties broken as SQLite orders text (by code point: « é » after « z », 𝔸 after ﬀ), missing values first. */
  @Test
  void tiesAndMissingValuesComeInTheOrderOfTheStore() {
    String[] values = {"zèbre", "élan", "Zoé", "ﬀ", "𝔸", "élan", null, "zèbre", "𝔸", "ﬀ", "Zoé", null};
    try (StudyStore store = StudyStore.open(dir.resolve("study.db"))) {
      try (StoreTransaction tx = store.begin()) {
        for (int s = 0; s < 3; s++) {
          long source = tx.sources().insert(new NewSource("s" + s + ".txt", "transcript", "h" + s, "UTF-8", null));
          List<NewSegment> segments = new ArrayList<>();
          for (int i = 0; i < values.length; i++) {
            Map<String, String> attributes = values[i] == null ? Map.of() : Map.of("nom", values[i], "rang", "r" + i % 4);
            SegmentKind kind = i == 5 && s == 0 ? SegmentKind.INTERVIEWER : SegmentKind.TURN;
            segments.add(new NewSegment(i, kind, "P", i, i + 1, i + 1, "x", 1 + i, attributes));
          }
          tx.sources().insertSegments(source, segments);
        }
        tx.commit();
      }
      assertSameAsTheStore(store);
      assertNull(store.queries().corpusCounts().countsBy("nom").get(0).value(), "the segments without it, tied, first");
    }
  }
}
