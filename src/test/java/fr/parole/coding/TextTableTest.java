package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.importer.ImportException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextTableTest {
  @TempDir
  Path dir;

  private Path tsv(String content) throws Exception {
    Path file = dir.resolve("textes.tsv");
    Files.writeString(file, content);
    return file;
  }

  @Test
  void readsIdTextAndOtherColumns() throws Exception {
    TextTable table = TextTable.read(tsv("id\ttext\tservice\nv1\tRepas froid.\tchirurgie\nv2\tAccueil chaleureux.\t\n"));
    assertEquals(2, table.rows().size());
    assertEquals("chirurgie", table.rows().get(0).columns().get("service"));
    assertEquals(3, table.rows().get(1).line());
  }

  @Test
  void noTextColumnIsRefusedListingTheColumns() throws Exception {
    ImportException e = assertThrows(ImportException.class, () -> TextTable.read(tsv("id\tcommentaires\nv1\tx\n")));
    assertTrue(e.getMessage().contains("ligne 1") && e.getMessage().contains("commentaires"), e.getMessage());
  }

  @Test
  void anEmptyTextIsRefusedWithItsLine() throws Exception {
    ImportException e = assertThrows(ImportException.class, () -> TextTable.read(tsv("id\ttext\nv1\tBien.\nv2\t \n")));
    assertTrue(e.getMessage().contains("ligne 3") && e.getMessage().contains("v2"), e.getMessage());
  }

  @Test
  void aRaggedRowIsRefusedWithItsLine() throws Exception {
    ImportException e = assertThrows(ImportException.class,
        () -> TextTable.read(tsv("id\ttext\nv1\tBien.\nv2\tTrop\td'attente\n")));
    assertTrue(e.getMessage().contains("ligne 3"), e.getMessage());
  }

  @Test
  void aRepeatedIdIsRefused() throws Exception {
    ImportException e = assertThrows(ImportException.class, () -> TextTable.read(tsv("id\ttext\nv1\tA.\nv1\tB.\n")));
    assertTrue(e.getMessage().contains("deux fois"), e.getMessage());
  }
}
