package fr.parole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A cell a spreadsheet would run as a formula gets a leading quote; any other cell stays as it is. */
class SafeCellTest {
  @Test
  void everyFormulaStartIsNeutralised() {
    assertEquals("'=HYPERLINK(\"http://x\")", SafeCell.of("=HYPERLINK(\"http://x\")"));
    assertEquals("'+33 1 45 67 89 10", SafeCell.of("+33 1 45 67 89 10"));
    assertEquals("'-2+3", SafeCell.of("-2+3"));
    assertEquals("'@SUM(A1:A2)", SafeCell.of("@SUM(A1:A2)"));
    assertEquals("'\t=1+1", SafeCell.of("\t=1+1"));
    assertEquals("'\r=1+1", SafeCell.of("\r=1+1"));
  }

  @Test
  void otherCellsAreLeftAlone() {
    assertEquals("Attente trop longue", SafeCell.of("Attente trop longue"));
    assertEquals("a=b", SafeCell.of("a=b"), "a sign inside a cell is harmless");
    assertEquals("", SafeCell.of(""));
    assertEquals("", SafeCell.of(null));
  }
}
