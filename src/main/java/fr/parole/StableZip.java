package fr.parole;

import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zip entries stamped with a fixed time instead of the clock's, so that writing the same content
 * twice gives the same bytes (a model file, a {@code .qdpx} export): a file that changes only
 * because of when it was written would look like a change to git and to the person comparing.
 */
public final class StableZip {
  private StableZip() {}

  /** Writes {@code bytes} as the entry {@code name}, dated {@code time} (milliseconds since 1970). */
  public static void entry(ZipOutputStream zip, String name, byte[] bytes, long time) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(time);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }
}
