package fr.parole.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.ParoleException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class CrosstabBadInputTest {
  private final Crosstabs crosstabs = new Crosstabs();

  @Test
  void emptyRowIsRefusedByName() {
    CountTable table = CountTable.of("type", "niveau", List.of("frein", "levier", "représentation"),
        List.of("micro", "méso"), new long[][] {{4, 5}, {0, 0}, {3, 2}});
    StatisticsException e = assertThrows(StatisticsException.class, () -> crosstabs.analyse(table));
    assertEquals("Le tableau « type » × « niveau » a une ligne vide : « levier » (type) n'a aucun effectif ;"
        + " retirez-la ou regroupez-la avec une autre modalité.", e.getMessage());
    // The CLI shows a ParoleException as one French line, without a stack trace.
    assertTrue(ParoleException.class.isInstance(e));
  }

  @Test
  void emptyColumnIsRefusedByName() {
    CountTable table = CountTable.of("type", "établissement", List.of("frein", "levier"),
        List.of("CH 2", "CHU 1", "CHU 3"), new long[][] {{4, 0, 5}, {3, 0, 2}});
    StatisticsException e = assertThrows(StatisticsException.class, () -> crosstabs.analyse(table));
    assertTrue(e.getMessage().contains("une colonne vide : « CHU 1 » (établissement)"), e.getMessage());
  }

  @Test
  void declaredValuesWithoutObservationsAreDroppedBeforeTheTestAndNamed() {
    NonEmptyTable t = NonEmptyTable.tally("type", "établissement", List.of("pratique"), List.of("CHU 3", "CH 2"),
        List.of(Map.entry("levier", "CHU 1"), Map.entry("frein", "CH 2"), Map.entry("levier", "CH 2")));
    assertEquals(List.of("frein", "levier"), t.table().rowLabels());
    assertEquals(List.of("CH 2", "CHU 1"), t.table().columnLabels());
    assertEquals(List.of("pratique"), t.droppedRows());
    assertEquals(List.of("CHU 3"), t.droppedColumns());
    assertEquals(1, t.table().count(1, 1));
    // What is left is what the test accepts.
    assertEquals(1, crosstabs.analyse(t.table()).degreesOfFreedom());
    assertThrows(StatisticsException.class, () -> NonEmptyTable.tally("type", "établissement", List.of("x"),
        List.of("y"), List.of()));
  }

  @Test
  void singleColumnIsRefused() {
    CountTable table = CountTable.of("type", "niveau", List.of("frein", "levier"), List.of("micro"),
        new long[][] {{4}, {3}});
    StatisticsException e = assertThrows(StatisticsException.class, () -> crosstabs.analyse(table));
    assertTrue(e.getMessage().contains("au moins deux de chaque"), e.getMessage());
  }

  @Test
  void duplicateLabelAndNegativeCountAreRefused() {
    assertThrows(StatisticsException.class, () -> CountTable.of("type", "niveau", List.of("frein", "frein"),
        List.of("micro", "méso"), new long[][] {{1, 2}, {3, 4}}));
    StatisticsException e = assertThrows(StatisticsException.class, () -> CountTable.of("type", "niveau",
        List.of("frein", "levier"), List.of("micro", "méso"), new long[][] {{1, -2}, {3, 4}}));
    assertTrue(e.getMessage().contains("« frein » × « méso »"), e.getMessage());
  }

  @Test
  void tallySortsLabelsAndFillsZeros() {
    CountTable table = CountTable.tally("type", "niveau", List.of(Map.entry("levier", "micro"),
        Map.entry("frein", "méso"), Map.entry("levier", "micro"), Map.entry("frein", "micro")));
    assertEquals(List.of("frein", "levier"), table.rowLabels());
    assertEquals(List.of("micro", "méso"), table.columnLabels());
    assertEquals(2, table.count(1, 0));
    assertEquals(0, table.count(1, 1));
    Table tablesaw = table.toTable();
    assertEquals(List.of("type", "micro", "méso"), tablesaw.columnNames());
    assertEquals(2L, tablesaw.longColumn("micro").get(1));
  }

  @Test
  void countsAreCopiedInAndOut() {
    long[][] counts = {{1, 2}, {3, 4}};
    CountTable table = CountTable.of("a", "b", List.of("x", "y"), List.of("u", "v"), counts);
    counts[0][0] = 99;
    table.counts()[0][0] = 98;
    assertEquals(1, table.count(0, 0));
  }
}
