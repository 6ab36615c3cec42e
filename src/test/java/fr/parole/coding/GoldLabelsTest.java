package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.importer.ImportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldLabelsTest {
  @TempDir
  Path dir;

  /** The small codebook with an exclusive niveau of two levels. */
  static final Codebook BOOK = new CodebookReader().parse("essai.yaml", CodebookReaderTest.SMALL
      .replace("  - id: niveau\n", "  - id: niveau\n    exclusive: true\n")
      .replace("      - id: institutionnel\n", "      - id: institutionnel\n      - id: intermediaire\n"));

  private final Codebook book = BOOK;

  private GoldLabels read(String tsv, Map<String, String> columns) throws Exception {
    Path gold = dir.resolve("gold.tsv");
    Files.writeString(gold, tsv);
    return GoldLabels.read(book, TextTable.read(gold), columns);
  }

  @Test
  void aCellHoldsSeveralCodesOrNoneAndAColumnMayBeNamedOtherwise() throws Exception {
    GoldLabels gold = read("""
        id\ttext\tthemes\tniveau
        a\tLa formation aide, le temps manque.\tlevier|obstacle\tinstitutionnel
        b\tRien.\taucun\t
        c\tBonjour.\t\tintermediaire
        d\tLe temps.\ttype/manque_de_temps | obstacle\tAUCUN
        """, Map.of("type", "themes"));
    assertEquals(List.of("type", "niveau"), gold.dimensions().stream().map(Dimension::id).toList());
    assertEquals(Map.of("type", "themes", "niveau", "niveau"), gold.columns());
    assertEquals(Set.of("levier", "obstacle"), gold.rows().get(0).codes().get("type"));
    assertEquals(Set.of(), gold.rows().get(1).codes().get("type"), "aucun: no code");
    assertEquals(Set.of(), gold.rows().get(1).codes().get("niveau"), "empty: no code");
    assertEquals(Set.of(), gold.rows().get(2).codes().get("type"));
    assertEquals(Set.of("manque_de_temps", "obstacle"), gold.rows().get(3).codes().get("type"));
    assertEquals(Set.of("levier", "obstacle", "manque_de_temps"), gold.used("type"));
  }

  @Test
  void anUnknownCodeIsNamedWithFileLineColumnAndTheCodesThereAre() {
    ImportException e = assertThrows(ImportException.class,
        () -> read("id\ttext\tthemes\na\tBonjour.\tlevier|levir\n", Map.of("type", "themes")));
    assertTrue(e.getMessage().contains("gold.tsv, ligne 2") && e.getMessage().contains("colonne « themes »")
        && e.getMessage().contains("« levir »") && e.getMessage().contains("levier, obstacle, manque_de_temps"),
        e.getMessage());
  }

  @Test
  void anExclusiveDimensionTakesOneCodeAndAucunStandsAlone() {
    ImportException two = assertThrows(ImportException.class,
        () -> read("id\ttext\tniveau\na\tBonjour.\tinstitutionnel|intermediaire\n", Map.of()));
    assertTrue(two.getMessage().contains("ligne 2") && two.getMessage().contains("exclusive"), two.getMessage());
    ImportException mixed = assertThrows(ImportException.class,
        () -> read("id\ttext\ttype\na\tBonjour.\tlevier\nb\tSalut.\taucun|levier\n", Map.of()));
    assertTrue(mixed.getMessage().contains("ligne 3") && mixed.getMessage().contains("aucun"), mixed.getMessage());
  }

  @Test
  void aColumnOptionNamingNoColumnOrNoDimensionIsRefused() {
    ImportException column = assertThrows(ImportException.class,
        () -> read("id\ttext\tthemes\na\tBonjour.\tlevier\n", Map.of("type", "thèmes")));
    assertTrue(column.getMessage().contains("gold.tsv, ligne 1") && column.getMessage().contains("« thèmes »")
        && column.getMessage().contains("id, text, themes"), column.getMessage());
    CodebookException dimension = assertThrows(CodebookException.class,
        () -> read("id\ttext\tthemes\na\tBonjour.\tlevier\n", Map.of("esatis", "themes")));
    assertTrue(dimension.getMessage().contains("« esatis »") && dimension.getMessage().contains("type, niveau"),
        dimension.getMessage());
  }

  @Test
  void aGoldWithoutDimensionColumnsListsTheDimensionsAndTheOption() {
    ImportException e = assertThrows(ImportException.class,
        () -> read("id\ttext\tcode\na\tBonjour.\tlevier\n", Map.of()));
    assertTrue(e.getMessage().contains("type, niveau") && e.getMessage().contains("--column"), e.getMessage());
  }
}
