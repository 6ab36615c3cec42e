package fr.parole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.pipeline.Pipeline;
import fr.parole.stats.CountTable;
import fr.parole.study.Study;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A national study has hundreds of establishments: the charts by establishment keep the largest
 * (20 bars, 12 heat-map columns) and say so; the tables keep every establishment.
 */
class ManyEstablishmentsTest {
  private static final String[] COMMENTS = {"Le repas était froid et sans goût.", "L'accueil a été très chaleureux.",
      "L'attente aux urgences a été beaucoup trop longue.", "La chambre était propre et calme.",
      "Les infirmières ont été très attentives et disponibles.", "La sortie a été mal organisée, sans ordonnance."};

  @TempDir
  Path dir;

  @Test
  void chartsShowTheLargestEstablishmentsAndTablesShowThemAll() throws Exception {
    Path study = dir.resolve("national");
    Files.createDirectories(study.resolve("verbatims"));
    StringBuilder csv = new StringBuilder("Date de réponse;Établissement;Service;Points positifs\r\n");
    for (int e = 1; e <= 30; e++) {
      for (int k = 0; k < 3 + e; k++) { // establishment 30 has most comments, 1 the fewest
        csv.append("2019-03-").append(10 + k % 18).append(";99").append(String.format("%07d", e)).append(";Cardiologie;")
            .append(COMMENTS[(e + k) % COMMENTS.length]).append("\r\n");
      }
    }
    Files.writeString(study.resolve("verbatims/export.csv"), csv, StandardCharsets.UTF_8);
    Files.writeString(study.resolve("study.yaml"), "name: national\nsources:\n  - path: verbatims/\n    type: verbatims\n"
        + "codebook: esatis\nattributes: [establishment, service]\n");
    Path index = new Pipeline(Progress.SILENT).run(Study.open(study), dir.resolve("rapports")).report();
    String html = Files.readString(index);
    Path tables = index.getParent().resolve("tableaux");

    List<String> byEstablishment = Files.readAllLines(tables.resolve("corpus-par-establishment.csv"));
    assertEquals(1 + 30 + 1, byEstablishment.size(), "header, 30 establishments, total");
    assertEquals("\uFEFFÉtablissement,sources,commentaires,% commentaires,mots,% mots,mots par commentaire",
        byEstablishment.get(0), "a corpus of comments speaks of comments");
    assertTrue(html.contains("Commentaires et mots par établissement") && html.contains("Part des commentaires et des mots"));
    assertTrue(html.contains("Le graphique montre les 20 valeurs les plus fréquentes ; les 10 autres ("), html);
    String header = Files.readAllLines(tables.resolve("esatis-esatis-x-establishment.csv")).get(0);
    assertEquals(30, header.split("99").length - 1, header);
    assertTrue(html.contains("Le graphique montre les 12 colonnes les plus fournies sur 30"), "heat-map note");
    // Comments may carry several themes: shares per establishment and a test per theme, not stacked bars.
    assertTrue(Files.isRegularFile(index.getParent().resolve("graphiques/esatis-esatis-x-establishment.svg")));
    assertEquals(1 + 30 + 2, Files.readAllLines(tables.resolve("esatis-esatis-x-establishment.csv")).get(1).split(",").length,
        "n of every establishment, and of all");
    assertEquals(30, Files.readAllLines(tables.resolve("esatis-esatis-par-establishment.csv")).stream().skip(1)
        .map(l -> l.substring(0, l.indexOf(','))).distinct().count(), "the table by establishment keeps every one");
  }

  @Test
  void theHeatMapKeepsTheLargestColumnsInTheirOrder() {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    for (int e = 0; e < 15; e++) {
      counts.computeIfAbsent("accueil", c -> new TreeMap<>()).put(String.format("E%02d", e), (long) (e % 5 + 1));
      counts.computeIfAbsent("repas", c -> new TreeMap<>()).put(String.format("E%02d", e), 1L);
    }
    // Totals 2..6 by fives: the 3 columns of total 2 (E00, E05, E10) are left out.
    assertEquals(List.of(1, 2, 3, 4, 6, 7, 8, 9, 11, 12, 13, 14),
        CrosstabView.largestColumns(CountTable.fromCounts("code", "établissement", counts)));
  }

  @Test
  void theStackedBarsPoolTheSmallestGroupsInALastBar() {
    Map<String, Map<String, Long>> byGroup = new TreeMap<>();
    for (int g = 1; g <= 23; g++) {
      byGroup.put(String.format("G%02d", g), new TreeMap<>(Map.of("accueil", (long) g, "repas", 1L)));
    }
    Map<String, Map<String, Long>> shown = ThemesSection.poolSmallestGroups(byGroup, new ReportText(ReportLanguage.FRENCH));
    List<String> groups = new ArrayList<>(shown.keySet());
    assertEquals(21, groups.size());
    assertEquals("G04", groups.get(0), "G01-G03 have fewest segments");
    assertEquals("autres (3)", groups.get(20));
    assertEquals(new LinkedHashMap<>(Map.of("accueil", 6L, "repas", 3L)), new LinkedHashMap<>(shown.get("autres (3)")));
  }
}
