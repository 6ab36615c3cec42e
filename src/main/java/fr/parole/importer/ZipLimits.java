package fr.parole.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Checks a zip-based file (docx, xlsx, odt; qdpx later) before any reader opens it, so that a
 * forged archive is refused as that file's error (exit 3, the other files still imported) instead
 * of exhausting memory and ending the whole import.
 *
 * <p>Apache POI guards what it reads ({@link ZipSecureFile}: inflate ratio, entry size, entry
 * count), and its values are the ones used here, so nothing POI accepts is refused for them. But
 * its guard only runs while POI reads (odt is read by the JDK), it has no limit on the archive's
 * total and never looks at entry names; and an entry past what POI holds in memory
 * ({@link #MAX_ENTRY}) makes it throw a
 * {@code RecordFormatException} that ended the whole import as an internal error (exit 4). So
 * every entry is inflated once here, counting the bytes it really gives (never the sizes its
 * headers claim), and refused when:
 * <ul>
 *   <li>past POI's grace size (100 KiB), it inflates to more than 1 / {@code MinInflateRatio}
 *       (100) times its compressed bytes: text and markup compress 3 to 20 times, a run of zeros
 *       1,000 times;</li>
 *   <li>it inflates to more than POI holds in memory for one entry (100,000,000 bytes; the odt
 *       reader holds {@code content.xml} whole too): POI could not read it anyway, and a comment
 *       export that large (a sheet of some 300,000 rows) belongs in a CSV file, which is streamed;</li>
 *   <li>all entries together give more than {@link #MAX_TOTAL} (500 MB): POI then holds every part
 *       in memory and parses it into a DOM several times larger; the largest real files Parole reads
 *       (a national e-Satis results workbook, a comment export of some 100,000 rows) stay well under;</li>
 *   <li>it has more than POI's {@code MaxFileCount} (1,000) entries;</li>
 *   <li>an entry's name is absolute or climbs with {@code ..}: no document needs one, and whatever
 *       would later unpack such a name (a qdpx's sources) would write outside its folder.</li>
 * </ul>
 * The archive is read as POI and the odt reader read it, entry after entry from the start.
 */
public final class ZipLimits {
  /**
   * The most one entry may inflate to: what POI holds in memory for an entry of a document read
   * from bytes (its {@code ZipArchiveFakeEntry} limit, a package-private setting, 100,000,000 bytes).
   */
  public static final long MAX_ENTRY = 100_000_000L;
  /** The most all entries may inflate to together. */
  public static final long MAX_TOTAL = 500_000_000L;

  private ZipLimits() {}

  /** Refuses {@code file} with a message naming it when its archive passes a limit; a file that is no zip passes. */
  public static void check(SourceFile file) {
    check(file, MAX_ENTRY, MAX_TOTAL, ADVICE);
  }

  /** As {@link #check(SourceFile)}, the message ending with {@code advice} (what the user can do). */
  public static void check(SourceFile file, String advice) {
    check(file, MAX_ENTRY, MAX_TOTAL, advice);
  }

  private static final String ADVICE = "Ce fichier n'est pas importé (les autres le sont) ; s'il est authentique, "
      + "ouvrez-le et enregistrez-le à nouveau avec Word, Excel ou LibreOffice.";

  static void check(SourceFile file, long maxEntry, long maxTotal) {
    check(file, maxEntry, maxTotal, ADVICE);
  }

  private static void check(SourceFile file, long maxEntry, long maxTotal, String advice) {
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(file.bytes()), "UTF-8",
        true, true)) {
      for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > ZipSecureFile.getMaxFileCount()) {
          throw refused(file, "elle contient plus de " + ZipSecureFile.getMaxFileCount() + " éléments", advice);
        }
        checkName(file, entry.getName(), advice);
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
          total += n;
          if (zip.getUncompressedCount() > maxEntry) {
            throw refused(file, "« " + entry.getName() + " » se décompresse en plus de " + megabytes(maxEntry), advice);
          }
          if (total > maxTotal) {
            throw refused(file, "son contenu décompressé dépasse " + megabytes(maxTotal) + " (à « " + entry.getName()
                + " »)", advice);
          }
          checkRatio(file, entry.getName(), zip.getCompressedCount(), zip.getUncompressedCount(), advice);
        }
      }
    } catch (IOException e) {
      // Not a readable zip: the format's reader says so in its own words.
    }
  }

  private static void checkName(SourceFile file, String name, String advice) {
    String path = name.replace('\\', '/');
    boolean absolute = path.startsWith("/") || path.matches("(?s)[A-Za-z]:.*");
    boolean climbs = ("/" + path + "/").contains("/../");
    if (absolute || climbs || path.indexOf('\0') >= 0) {
      throw refused(file, "le nom d'élément « " + name + " » sort de l'archive (chemin absolu ou « ../ »)", advice);
    }
  }

  private static void checkRatio(SourceFile file, String name, long compressed, long inflated, String advice) {
    if (inflated > ZipSecureFile.getGraceEntrySize()
        && (double) compressed / inflated < ZipSecureFile.getMinInflateRatio()) {
      throw refused(file, "« " + name + " » se décompresse plus de "
          + Math.round(1 / ZipSecureFile.getMinInflateRatio()) + " fois (" + megabytes(inflated) + " depuis "
          + String.format(Locale.FRANCE, "%,d", compressed) + " octets), ce que ne fait aucun document réel", advice);
    }
  }

  private static ImportException refused(SourceFile file, String why, String advice) {
    return new ImportException(file.name() + " : archive refusée par sécurité, " + why + ". " + advice);
  }

  private static String megabytes(long bytes) {
    return bytes < 1_000_000 ? String.format(Locale.FRANCE, "%,d Ko", bytes / 1000)
        : String.format(Locale.FRANCE, "%,d Mo", bytes / 1_000_000);
  }
}
