package fr.parole.importer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZipLimitsTest {
  private static SourceFile file(String name, byte[] bytes) {
    return new SourceFile(Path.of(name), name, bytes);
  }

  private static String refusal(SourceFile file) {
    return assertThrows(ImportException.class, () -> ZipLimits.check(file)).getMessage();
  }

  @Test
  void aDocumentWhosePartInflatesToHundredsOfMegabytesIsRefusedNamingTheFile() {
    String message = refusal(file("entretiens/bombe.docx", ZipBombs.docx(300)));
    assertTrue(message.startsWith("entretiens/bombe.docx : archive refusée par sécurité"), message);
    assertTrue(message.contains("« word/document.xml » se décompresse plus de 100 fois"), message);
  }

  @Test
  void anXlsxBombIsRefusedToo() {
    String message = refusal(file("verbatims/bombe.xlsx", ZipBombs.xlsx(300)));
    assertTrue(message.contains("xl/worksheets/sheet1.xml"), message);
  }

  @Test
  void moreThanTheTotalIsRefusedEvenWhenEachPartCompressesLikeARealOne() {
    byte[] noise = new byte[3 * 1024 * 1024];
    new Random(12).nextBytes(noise);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("word/media/image1.png"));
      zip.write(noise);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    SourceFile file = file("entretiens/gros.docx", bytes.toByteArray());
    assertDoesNotThrow(() -> ZipLimits.check(file));
    String message = assertThrows(ImportException.class,
        () -> ZipLimits.check(file, 100L << 20, 2L << 20)).getMessage();
    assertTrue(message.contains("son contenu décompressé dépasse 2 Mo (à « word/media/image1.png »)"), message);
    message = assertThrows(ImportException.class, () -> ZipLimits.check(file, 1L << 20, 100L << 20)).getMessage();
    assertTrue(message.contains("« word/media/image1.png » se décompresse en plus de 1 Mo"), message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../evil.sh", "word/../../evil.xml", "/etc/cron.d/x", "..\\..\\evil.bat", "C:/x.xml", ".."})
  void anEntryNameThatLeavesTheArchiveIsRefused(String name) {
    String message = refusal(file("entretiens/a.odt", ZipBombs.withEntries("content.xml", name)));
    assertTrue(message.startsWith("entretiens/a.odt : archive refusée par sécurité, le nom d'élément « "), message);
    assertTrue(message.contains(" » sort de l'archive (chemin absolu ou « ../ »)"), message);
  }

  @Test
  void moreEntriesThanPoiAllowsAreRefused() {
    String[] names = IntStream.range(0, 1001).mapToObj(i -> "word/part" + i + ".xml").toArray(String[]::new);
    String message = refusal(file("entretiens/many.docx", ZipBombs.withEntries(names)));
    assertTrue(message.contains("plus de 1000 éléments"), message);
  }

  @Test
  void aRealDocumentAndAFileThatIsNoZipPass() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText("CGS 3 : Je ne fais aucun projet sans un usager.");
      document.write(out);
    }
    assertDoesNotThrow(() -> ZipLimits.check(file("entretiens/vrai.docx", out.toByteArray())));
    assertDoesNotThrow(() -> ZipLimits.check(file("entretiens/texte.docx", "pas une archive".getBytes())));
    assertDoesNotThrow(() -> ZipLimits.check(file("entretiens/dossier.docx",
        ZipBombs.withEntries("word/", "word/document.xml", "a..b/c.xml"))));
  }
}
