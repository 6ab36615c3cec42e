package fr.parole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Pipeline;
import fr.parole.pipeline.StudyExplorer;
import fr.parole.stats.CodeFrequencies;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The atelier's counts ({@link StudyExplorer}, SQL aggregates) equal the report's ({@link CodingTally},
 * one pass in memory) on the demo study: segments analysed, coded and checked per codebook, each
 * top-level theme's segments, and its segments per attribute value; and the list behind a number
 * holds that many segments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerCountsTest {
  private Path dir;
  private Study study;
  private StudyExplorer explorer;

  @BeforeAll
  void run(@TempDir Path temporary) {
    dir = temporary;
    study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    new Pipeline(Progress.SILENT).run(study, dir.resolve("rapport"));
    explorer = new StudyExplorer(study);
  }

  private ThemeCodings report(String codebook) {
    try (StudyStore store = study.openStore()) {
      return CodingTally.count(store.reportQueries(), store.queries().corpusCounts(), List.of("establishment", "polarity",
          "service", "level"), codebook, ReportService.codebook(study, codebook),
          ReportService.assignedSources(study, store.queries().sources(), codebook));
    }
  }

  @Test
  void everyCodebookCountsAsTheReport() {
    StudyExplorer.Overview overview = explorer.overview();
    assertEquals(List.of("esatis", "partenariat"), overview.codebooks().stream().map(StudyExplorer.CodebookSummary::id).toList());
    for (StudyExplorer.CodebookSummary book : overview.codebooks()) {
      ThemeCodings theme = report(book.id());
      assertEquals(theme.analysed().segments(), book.analysed(), book.id() + " analysed");
      assertEquals(theme.segments(), book.coded(), book.id() + " coded");
      assertTrue(book.coded() > 0, book.id());
      int themes = 0;
      for (StudyExplorer.DimensionThemes dimension : book.dimensions()) {
        for (StudyExplorer.Theme t : dimension.themes()) {
          ThemeCodings.DimensionCounts counts = theme.in(dimension.id());
          long expected = counts == null || !counts.rolled().containsKey(t.code()) ? 0 : counts.rolled().get(t.code()).segments();
          assertEquals(expected, t.segments(), t.code());
          themes += t.segments() > 0 ? 1 : 0;
        }
      }
      assertTrue(themes > 2, book.id());
    }
  }

  @Test
  void aBreakdownCountsAsTheReportAndItsCellsListThatManySegments() {
    for (String attribute : List.of("establishment", "polarity")) {
      StudyExplorer.Attribute chosen = explorer.attributes().stream().filter(a -> a.name().equals(attribute)).findFirst()
          .orElseThrow();
      StudyExplorer.Breakdown breakdown = explorer.breakdown("esatis", chosen).orElseThrow();
      ThemeCodings theme = report("esatis");
      assertFalse(breakdown.rows().isEmpty());
      boolean checkedAList = false;
      for (StudyExplorer.Row row : breakdown.rows()) {
        Map<String, Map<String, Long>> byGroup = theme.codedByGroup("esatis", attribute);
        for (int i = 0; i < breakdown.columns().size(); i++) {
          String value = breakdown.columns().get(i).value();
          long expected = byGroup.getOrDefault(row.code(), Map.of())
              .getOrDefault(value == null ? CodeFrequencies.MISSING : value, 0L);
          assertEquals(expected, row.counts().get(i), row.code() + " × " + value);
          if (!checkedAList && row.counts().get(i) > 3) {
            java.util.Map<String, String> filter = new java.util.HashMap<>();
            filter.put(attribute, value);
            StudyExplorer.SegmentPage page = explorer.segments(new StudyExplorer.Selection("esatis", row.code(), false,
                false, filter), 1, 2).orElseThrow();
            assertEquals(row.counts().get(i), page.total());
            assertEquals(2, page.excerpts().size());
            assertEquals((row.counts().get(i) + 1) / 2, page.pages());
            checkedAList = true;
          }
        }
      }
      assertTrue(checkedAList);
      assertEquals("Polarité", explorer.attributes().stream().filter(a -> a.name().equals("polarity")).findFirst()
          .orElseThrow().label());
    }
  }

  @Test
  void theTreeHasLabelsDefinitionsAndSubCodesCountedInTheirParent() {
    StudyExplorer.Tree tree = explorer.trees().stream().filter(t -> t.id().equals("partenariat")).findFirst().orElseThrow();
    StudyExplorer.Node levier = tree.dimensions().get(0).codes().stream().filter(n -> n.code().equals("type/levier"))
        .findFirst().orElseThrow();
    assertEquals("Levier", levier.label());
    assertFalse(levier.definition().isBlank());
    assertFalse(levier.children().isEmpty());
    levier.children().forEach(child -> assertTrue(child.segments() <= levier.segments(), child.code()));
    assertTrue(levier.children().get(0).pathLabel().startsWith("Levier › "));
    assertEquals(levier.segments(), explorer.segments(new StudyExplorer.Selection("partenariat", "type/levier", false, false,
        Map.of()), 1, 50).orElseThrow().total());
    assertTrue(explorer.theme("partenariat", "type/nope").isEmpty());
    assertTrue(explorer.segments(new StudyExplorer.Selection("nope", null, false, false, Map.of()), 1, 50).isEmpty());
  }

  @Test
  void aTurnComesWithTheQuestionBeforeIt() {
    StudyExplorer.SegmentPage page = explorer.segments(new StudyExplorer.Selection("partenariat", null, false, false,
        Map.of()), 1, 50).orElseThrow();
    assertTrue(page.excerpts().stream().anyMatch(e -> e.question() != null && !e.question().isBlank()));
  }
}
