package fr.parole.cli;

import fr.parole.TestCli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestStudies;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {
  @TempDir
  Path dir;

  private Path codedDemo() {
    Path study = TestStudies.copyOfDemo(dir.resolve("demo"));
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    assertEquals(0, TestCli.run("code", study.toString(), "-q").exit());
    return study;
  }

  private static int pending(Path study, Path sheet) throws Exception {
    assertEquals(0, TestCli.run("review", study.toString(), "--export", sheet.toString()).exit());
    return Files.readAllLines(sheet).size() - 1;
  }

  @Test
  void spreadsheetRoundTripRecordsDecisionsThatSurviveRecoding() throws Exception {
    Path study = codedDemo();
    Path sheet = dir.resolve("a-relire.tsv");
    int before = pending(study, sheet);
    assertTrue(before > 5, "the demo gets suggestions: " + before);
    List<String> lines = Files.readAllLines(sheet);
    // Accept the first suggestion, reject the second, leave the rest.
    lines.set(1, lines.get(1).replaceFirst("\t\t$", "\taccepté\talice"));
    lines.set(2, lines.get(2).replaceFirst("\t\t$", "\trejete\talice"));
    Files.write(sheet, lines);
    TestCli.Run imported = TestCli.run("review", study.toString(), "--import", sheet.toString());
    assertEquals(0, imported.exit(), imported.err());
    assertTrue(imported.out().contains("2 décision(s)"), imported.out());

    // The import retrains the study's model (its suggestions change); the two decided ones never come back.
    assertEquals(0, TestCli.run("code", study.toString(), "-q").exit());
    Path after = dir.resolve("apres.tsv");
    assertTrue(pending(study, after) > 5);
    List<String> again = Files.readAllLines(after).stream().map(ReviewCommandTest::segmentAndCode).toList();
    assertFalse(again.contains(segmentAndCode(lines.get(1))), "accepted suggestion back: " + lines.get(1));
    assertFalse(again.contains(segmentAndCode(lines.get(2))), "rejected suggestion back: " + lines.get(2));
  }

  /** A sheet line's segment and code (columns 2 and 5). */
  private static String segmentAndCode(String line) {
    String[] cells = line.split("\t", -1);
    return cells[1] + " " + cells[4];
  }

  @Test
  void aDecisionOnAnUnknownSegmentRefusesTheWholeFile() throws Exception {
    Path study = codedDemo();
    Path sheet = dir.resolve("faux.tsv");
    Files.writeString(sheet, "segment_id\tcode\tdecision\tcoder\n1\ttype/levier\taccepte\talice\n"
        + "99999\ttype/levier\taccepte\talice\n");
    TestCli.Run run = TestCli.run("review", study.toString(), "--import", sheet.toString());
    assertEquals(ExitCodes.DATA, run.exit());
    assertTrue(run.err().contains("faux.tsv, ligne 3") && run.err().contains("99999"), run.err());
    assertEquals(pending(study, dir.resolve("x.tsv")), pending(study, dir.resolve("y.tsv")));
  }

  @Test
  void aCodingIdThatDoesNotExistRefusesTheWholeFileWithItsLine() throws Exception {
    Path study = codedDemo();
    Path sheet = dir.resolve("a-relire.tsv");
    int before = pending(study, sheet);
    List<String> lines = Files.readAllLines(sheet);
    lines.set(1, lines.get(1).replaceFirst("\t\t$", "\taccepte\talice"));
    // The third row names a suggestion the store never had; its segment and code are real.
    lines.set(3, lines.get(3).replaceFirst("^\\d+\t", "987654\t").replaceFirst("\t\t$", "\taccepte\talice"));
    Files.write(sheet, lines);
    TestCli.Run run = TestCli.run("review", study.toString(), "--import", sheet.toString());
    assertEquals(ExitCodes.DATA, run.exit(), run.out());
    assertTrue(run.err().contains("a-relire.tsv, ligne 4 : codage 987654 inconnu"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertEquals(before, pending(study, dir.resolve("apres.tsv")), "nothing of the file recorded");

    // The id of another row's suggestion is refused too: the row would decide on the wrong one.
    lines = Files.readAllLines(sheet);
    String otherId = lines.get(2).split("\t")[0];
    lines.set(3, lines.get(3).replaceFirst("^987654\t", otherId + "\t"));
    Files.write(sheet, lines);
    run = TestCli.run("review", study.toString(), "--import", sheet.toString());
    assertEquals(ExitCodes.DATA, run.exit(), run.out());
    assertTrue(run.err().contains("ligne 4 : le codage " + otherId + " porte sur le segment"), run.err());
  }

  @Test
  void anUnreadableDecisionIsNamedWithItsLine() throws Exception {
    Path study = codedDemo();
    Path sheet = dir.resolve("faux.tsv");
    Files.writeString(sheet, "segment_id\tcode\tdecision\n1\ttype/levier\tpeut-être\n");
    TestCli.Run run = TestCli.run("review", study.toString(), "--import", sheet.toString());
    assertEquals(ExitCodes.DATA, run.exit());
    assertTrue(run.err().contains("ligne 2") && run.err().contains("peut-être"), run.err());
  }

  @Test
  void terminalReviewSavesEachDecisionAtOnce() throws Exception {
    Path study = codedDemo();
    int before = pending(study, dir.resolve("avant.tsv"));
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream("a\nr\nq\n".getBytes(StandardCharsets.UTF_8)));
      TestCli.Run run = TestCli.run("review", study.toString(), "--coder", "bob");
      assertEquals(0, run.exit(), run.err());
      assertTrue(run.out().contains("2 décision(s) enregistrée(s)"), run.out());
    } finally {
      System.setIn(stdin);
    }
    assertEquals(before - 2, pending(study, dir.resolve("apres.tsv")));
  }

  @Test
  void exportsArePseudonymisedUnlessAskedRaw() throws Exception {
    Path study = TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\ncodebook: livre.yaml\n",
        "entretiens/a.md", "IDE 1 : Le Dr Martin explique tout aux patients.\n",
        "livre.yaml", "id: livre\ndimensions:\n  - id: type\n    codes:\n      - id: info\n        rules: ['patient*']\n");
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    assertEquals(0, TestCli.run("code", study.toString(), "-q").exit());
    Path sheet = dir.resolve("export.tsv");
    assertEquals(0, TestCli.run("review", study.toString(), "--export", sheet.toString()).exit());
    String exported = Files.readString(sheet);
    assertTrue(exported.contains("Le Dr [NOM-1] explique") && !exported.contains("Martin"), exported);
    assertEquals(0, TestCli.run("review", study.toString(), "--export", sheet.toString(), "--raw").exit());
    assertTrue(Files.readString(sheet).contains("Dr Martin"));
  }

  @Test
  void theTsvExportHasFrenchHeadersLabelsAByteOrderMarkAndAMaskedSpeaker() throws Exception {
    Path study = TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\ncodebook: livre.yaml\n",
        "entretiens/a.md", "**Dr Martin** : Le Dr Martin explique tout aux patients.\n",
        "livre.yaml", "id: livre\ndimensions:\n  - id: type\n    codes:\n      - id: info\n        label: Information\n"
            + "        rules: ['patient*']\n");
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    assertEquals(0, TestCli.run("code", study.toString(), "-q").exit());
    Path sheet = dir.resolve("export.tsv");
    assertEquals(0, TestCli.run("review", study.toString(), "--export", sheet.toString()).exit());
    String exported = Files.readString(sheet);
    assertTrue(exported.startsWith("\uFEFFcodage\tsegment\tsource\tlocuteur\tcode\tlibellé\tconfiance\torigine\t"
        + "indice\ttexte\tdécision\tcodeur\n"), exported);
    String[] row = exported.split("\n")[1].split("\t", -1);
    assertEquals("Dr [NOM-1]", row[3]);
    assertEquals("type/info", row[4]);
    assertEquals("Information", row[5]);
    assertTrue(row[9].startsWith("Le Dr [NOM-1] explique"), row[9]);
  }

  @Test
  void theWorkbookHasNumbersAsNumbersLabelsADropDownDecisionAndReadsBack() throws Exception {
    Path study = codedDemo();
    Path sheet = dir.resolve("a-relire.xlsx");
    assertEquals(0, TestCli.run("review", study.toString(), "--export", sheet.toString()).exit());
    long segment;
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(sheet))) {
      Sheet rows = workbook.getSheetAt(0);
      assertEquals("à relire", rows.getSheetName());
      List<String> header = new java.util.ArrayList<>();
      rows.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
      assertEquals(List.of("codage", "segment", "source", "locuteur", "code", "libellé", "confiance", "origine",
          "indice", "texte", "décision", "codeur"), header);
      Row first = rows.getRow(1);
      assertEquals(CellType.NUMERIC, first.getCell(0).getCellType());
      assertEquals(CellType.NUMERIC, first.getCell(1).getCellType());
      assertEquals(CellType.NUMERIC, first.getCell(6).getCellType());
      assertTrue(first.getCell(6).getNumericCellValue() > 0 && first.getCell(6).getNumericCellValue() <= 1);
      assertTrue(!first.getCell(5).getStringCellValue().isBlank(), "a label beside " + first.getCell(4));
      segment = (long) first.getCell(1).getNumericCellValue();
      List<? extends DataValidation> validations = rows.getDataValidations();
      assertEquals(1, validations.size());
      DataValidation decision = validations.get(0);
      assertEquals(10, decision.getRegions().getCellRangeAddress(0).getFirstColumn());
      assertEquals("'choix'!$A$1:$A$" + workbook.getSheet("choix").getPhysicalNumberOfRows(),
          decision.getValidationConstraint().getFormula1());
      Sheet choices = workbook.getSheet("choix");
      assertEquals("accepte", choices.getRow(0).getCell(0).getStringCellValue());
      assertEquals("rejete", choices.getRow(1).getCell(0).getStringCellValue());
      assertTrue(choices.getRow(2).getCell(0).getStringCellValue().startsWith("recode:"));

      first.getCell(10).setCellValue("accepte");
      first.getCell(11).setCellValue("alice");
      try (var out = Files.newOutputStream(sheet)) {
        workbook.write(out);
      }
    }
    TestCli.Run imported = TestCli.run("review", study.toString(), "--import", sheet.toString());
    assertEquals(0, imported.exit(), imported.err());
    assertTrue(imported.out().contains("1 décision(s) enregistrée(s)"), imported.out());
    assertTrue(TestCli.run("status", study.toString()).out().contains("acceptés"));
    assertTrue(segment > 0);
  }

  @Test
  void anUnknownCodeToReviewIsACommandLineError() {
    Path study = codedDemo();
    TestCli.Run run = TestCli.run("review", study.toString(), "--coder", "alice", "--code", "type/levir");
    assertEquals(ExitCodes.USAGE, run.exit());
    assertTrue(run.err().contains("code inconnu « type/levir »"), run.err());
  }
}
