package fr.parole.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Forged archives, made at test time (never committed): a document whose one part inflates to
 * hundreds of megabytes from a few hundred kilobytes, and archives with bad entry names or too
 * many entries.
 */
public final class ZipBombs {
  private ZipBombs() {}

  /** A docx-shaped archive whose {@code word/document.xml} inflates to {@code megabytes} MB of spaces. */
  public static byte[] docx(int megabytes) {
    return bomb("word/document.xml", megabytes);
  }

  /** An xlsx-shaped archive whose first sheet inflates to {@code megabytes} MB of spaces. */
  public static byte[] xlsx(int megabytes) {
    return bomb("xl/worksheets/sheet1.xml", megabytes);
  }

  private static byte[] bomb(String part, int megabytes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry(part));
      byte[] spaces = new byte[1024 * 1024];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < megabytes; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** An archive with entries of these names, each holding a few bytes. */
  public static byte[] withEntries(String... names) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(name.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
