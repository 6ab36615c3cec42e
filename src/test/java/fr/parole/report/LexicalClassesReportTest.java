package fr.parole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestStudies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** « Classes lexicales » in the report: absent classification, then the stored one with its chart and tables. */
class LexicalClassesReportTest {
  @TempDir
  Path dir;

  @Test
  void theReportShowsTheStoredClassificationWithItsDendrogramTablesAndPseudonymisedSegments() throws Exception {
    Path demo = TestStudies.copyOfDemo(dir.resolve("demo"));
    assertEquals(0, TestCli.run("import", demo.toString(), "-q").exit());
    Path out = dir.resolve("rapports");
    assertEquals(0, TestCli.run("report", demo.toString(), "-q", "--out", out.toString()).exit());
    String before = Files.readString(out.resolve("demo/index.html"));
    assertTrue(before.contains("Aucune classification lexicale") && before.contains("parole classes "),
        "says how to get one");

    assertEquals(0, TestCli.run("classes", demo.toString(), "-q", "--classes", "5").exit());
    assertEquals(0, TestCli.run("report", demo.toString(), "-q", "--out", out.toString()).exit());
    Path report = out.resolve("demo");
    String html = Files.readString(report.resolve("index.html"));
    assertTrue(html.contains(">Classes lexicales<"), "the section");
    assertTrue(html.contains("Dendrogramme des classes"));
    assertTrue(Files.size(report.resolve("graphiques/classes-dendrogramme.svg")) > 1000);
    assertTrue(Files.isRegularFile(report.resolve("graphiques/classes-dendrogramme.png")));
    List<String> overview = Files.readAllLines(report.resolve("tableaux/classes.csv"), StandardCharsets.UTF_8);
    assertEquals(6, overview.size(), "a header and five classes: " + overview);
    assertTrue(overview.get(1).startsWith("1,") && overview.get(5).startsWith("5,"), "in class order: " + overview);
    String segments = Files.readString(report.resolve("tableaux/classes-segments.csv"));
    assertFalse(segments.contains("Lefèvre"), "typical segments are pseudonymised");
    assertTrue(Files.readString(report.resolve("tableaux/classes-mots.csv")).lines().count() > 20);
    String tests = Files.readString(report.resolve("tableaux/classes-tests.csv"));
    assertTrue(tests.contains("Polarité"), "attributes by their labels: " + tests);
    assertFalse(tests.contains("Date") || tests.contains("date,"), "a date is not crossed: " + tests);
    assertFalse(html.contains("Le corpus a changé depuis cette classification"));

    // A new import moves the store on: the report says the classification is older than the corpus.
    Files.writeString(demo.resolve("verbatims/autres.csv"), Files.readString(demo.resolve(
        "verbatims/esatis-verbatims-demo.csv")).lines().limit(3).reduce("", (a, b) -> a + b + "\n"));
    assertEquals(0, TestCli.run("import", demo.toString(), "-q").exit());
    assertEquals(0, TestCli.run("report", demo.toString(), "-q", "--out", out.toString()).exit());
    assertTrue(Files.readString(report.resolve("index.html")).contains("Le corpus a changé depuis cette classification"));
  }
}
