package fr.parole.importer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;

/** Each limit of {@link ZipLimits} holds exactly: an archive at the limit goes in, one byte or entry more is refused. */
class ZipLimitsBoundaryTest {
  private static SourceFile file(byte[] bytes) {
    return new SourceFile(Path.of("entretiens/a.docx"), "entretiens/a.docx", bytes);
  }

  /** An archive whose entries hold {@code sizes} bytes each, random (so they compress like a photo) or zeros. */
  private static byte[] archive(boolean random, int... sizes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Random noise = new Random(7);
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < sizes.length; i++) {
        zip.putNextEntry(new ZipEntry("word/part" + i + ".bin"));
        byte[] content = new byte[sizes[i]];
        if (random) {
          noise.nextBytes(content);
        }
        zip.write(content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String refusal(SourceFile file, long maxEntry, long maxTotal) {
    return assertThrows(ImportException.class, () -> ZipLimits.check(file, maxEntry, maxTotal)).getMessage();
  }

  @Test
  void anEntryOfExactlyTheLimitGoesInOneByteMoreIsRefused() {
    SourceFile file = file(archive(true, 500_000));
    assertDoesNotThrow(() -> ZipLimits.check(file, 500_000, 10_000_000));
    String message = refusal(file, 499_999, 10_000_000);
    assertTrue(message.contains("« word/part0.bin » se décompresse en plus de 499 Ko"), message);
    message = refusal(file(archive(true, 1_000_001)), 1_000_000, 10_000_000);
    assertTrue(message.contains("se décompresse en plus de 1 Mo"), message);
  }

  @Test
  void aTotalOfExactlyTheLimitGoesInOneByteMoreIsRefused() {
    SourceFile file = file(archive(true, 300_000, 300_000));
    assertDoesNotThrow(() -> ZipLimits.check(file, 500_000, 600_000));
    String message = refusal(file, 500_000, 599_999);
    assertTrue(message.contains("son contenu décompressé dépasse 599 Ko (à « word/part1.bin »)"), message);
  }

  @Test
  void exactlyPoisEntryCountGoesIn() {
    String[] names = IntStream.range(0, (int) ZipSecureFile.getMaxFileCount()).mapToObj(i -> "word/part" + i + ".xml")
        .toArray(String[]::new);
    assertDoesNotThrow(() -> ZipLimits.check(file(ZipBombs.withEntries(names))));
  }

  @Test
  void aSmallPartThatCompressesVeryWellGoesInAPartPastTheGraceSizeDoesNot() {
    int grace = (int) ZipSecureFile.getGraceEntrySize();
    assertDoesNotThrow(() -> ZipLimits.check(file(archive(false, grace))), "a styles part full of repeats");
    String message = assertThrows(ImportException.class, () -> ZipLimits.check(file(archive(false, grace + 1))))
        .getMessage();
    assertTrue(message.contains("« word/part0.bin » se décompresse plus de 100 fois"), message);
  }

  @Test
  void aNameStartingWithANulCharacterIsRefused() {
    String message = assertThrows(ImportException.class,
        () -> ZipLimits.check(file(ZipBombs.withEntries("\0word/document.xml")))).getMessage();
    assertTrue(message.contains("sort de l'archive"), message);
  }
}
