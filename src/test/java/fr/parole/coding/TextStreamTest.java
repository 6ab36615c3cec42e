package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.importer.ImportException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows of a large table handed out one at a time, refused whole before the first when one is wrong. */
class TextStreamTest {
  @TempDir
  Path dir;

  private Path tsv(String content, Charset charset) throws Exception {
    Path file = dir.resolve("textes.tsv");
    Files.writeString(file, content, charset);
    return file;
  }

  private static String manyRows(int count) {
    StringBuilder rows = new StringBuilder("id\ttexte\tservice\n");
    for (int i = 0; i < count; i++) {
      rows.append("c").append(i).append("\tCommentaire numéro ").append(i).append(" sur l'accueil.\tChirurgie\n");
    }
    return rows.toString();
  }

  @Test
  void handsOutTheRowsTheTableReadsInTheirOrder() throws Exception {
    Path file = tsv(manyRows(5_000), Charset.forName("windows-1252"));
    List<TextTable.Row> streamed = new ArrayList<>();
    TextStream.open(file).forEach(streamed::add);
    assertEquals(TextTable.read(file).rows(), streamed, "same ids, texts, lines and columns, in the same encoding");
    assertEquals("Commentaire numéro 4999 sur l'accueil.", streamed.get(4_999).text());
    assertEquals(5_001, streamed.get(4_999).line());
  }

  @Test
  void anIdGivenTwiceFarApartIsRefusedWithItsLineBeforeAnyRowIsHandedOut() throws Exception {
    Path file = tsv(manyRows(20_000) + "c17\tEncore un commentaire.\tMédecine\n", java.nio.charset.StandardCharsets.UTF_8);
    List<TextTable.Row> handed = new ArrayList<>();
    ImportException e = assertThrows(ImportException.class, () -> TextStream.open(file).forEach(handed::add));
    assertTrue(e.getMessage().contains("ligne 20002") && e.getMessage().contains("« c17 »")
        && e.getMessage().contains("textes.tsv"), e.getMessage());
    assertEquals(List.of(), handed, "nothing coded, nothing written");
  }

  @Test
  void anEmptyTextOrAMissingColumnIsRefusedAsTheTableRefusesIt() throws Exception {
    Path empty = tsv(manyRows(100) + "c100\t  \tChirurgie\n", java.nio.charset.StandardCharsets.UTF_8);
    List<TextTable.Row> handed = new ArrayList<>();
    ImportException e = assertThrows(ImportException.class, () -> TextStream.open(empty).forEach(handed::add));
    assertTrue(e.getMessage().contains("ligne 102") && e.getMessage().contains("c100"), e.getMessage());
    assertEquals(List.of(), handed);
    Path noText = tsv("id\tcommentaires\nv1\tx\n", java.nio.charset.StandardCharsets.UTF_8);
    e = assertThrows(ImportException.class, () -> TextStream.open(noText).forEach(handed::add));
    assertTrue(e.getMessage().contains("ligne 1") && e.getMessage().contains("commentaires"), e.getMessage());
  }

  @Test
  void distinctIdsAreNotTakenForRepeatsAndSameHashesAreRare() {
    RepeatedIds ids = new RepeatedIds();
    for (int i = 0; i < 1_000_000; i++) {
      ids.add("commentaire-" + i, i + 2);
    }
    // About n² / 2^37 pairs share a 36-bit hash by chance: 7 for a million ids.
    assertTrue(ids.sameHashes().size() < 100, "candidates: " + ids.sameHashes().size());
    RepeatedIds twice = new RepeatedIds();
    twice.add("a", 2);
    twice.add("b", 3);
    twice.add("a", 4);
    assertEquals(java.util.Set.of(2, 4), twice.sameHashes());
  }
}
