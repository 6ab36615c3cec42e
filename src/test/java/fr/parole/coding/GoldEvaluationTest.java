package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.coding.agreement.DimensionEvaluation;
import fr.parole.coding.agreement.EvaluationReport;
import fr.parole.importer.ImportException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldEvaluationTest {
  @TempDir
  Path dir;

  private final Codebook book = new CodebookReader().parse("essai.yaml", CodebookReaderTest.SMALL);

  private EvaluationReport evaluate(String tsv) throws Exception {
    Path gold = dir.resolve("gold.tsv");
    Files.writeString(gold, tsv);
    return new GoldEvaluation(book, Tagged.tagger()).evaluate(TextTable.read(gold), new RuleCoder(book));
  }

  @Test
  void aSuggestedSubCodeCountsAsItsParentWhenTheGoldUsesParents() throws Exception {
    EvaluationReport report = evaluate("""
        id\ttext\ttype
        a\tOn n'a pas le temps de les recevoir.\tobstacle
        b\tLa formation commune a tout changé.\tlevier
        c\tLe repas était bon.\tlevier
        """);
    DimensionEvaluation type = report.dimension("type").orElseThrow();
    assertEquals(3, type.units());
    // a: manque_de_temps → obstacle (right); b: levier (right); c: nothing suggested (wrong).
    assertEquals(2, type.correct());
  }

  @Test
  void aGoldLabelThatIsNotACodeIsNamedWithItsLine() {
    ImportException e = assertThrows(ImportException.class, () -> evaluate("id\ttext\ttype\na\tBonjour.\tlevir\n"));
    assertTrue(e.getMessage().contains("ligne 2") && e.getMessage().contains("levir"), e.getMessage());
  }

  @Test
  void aGoldWithoutDimensionColumnsListsTheDimensions() {
    ImportException e = assertThrows(ImportException.class, () -> evaluate("id\ttext\tcode\na\tBonjour.\tlevier\n"));
    assertTrue(e.getMessage().contains("type, niveau"), e.getMessage());
  }
}
