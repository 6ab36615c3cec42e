package fr.parole.coding;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds the rows whose ids may repeat among millions, in 8 bytes a row: each row is kept as a
 * 36-bit hash of its id and its 28-bit line, in one array sorted at the end. Rows with the same
 * hash are only candidates (about 700 pairs by chance among 10 million ids); their ids are then
 * compared. Hand-written: a set of millions of strings is what it avoids, and the hash is a few lines.
 */
final class RepeatedIds {
  private static final int LINE_BITS = 28;
  private static final long LINE_MASK = (1L << LINE_BITS) - 1;
  private long[] rows = new long[1 << 12];
  private int size;

  void add(String id, int line) {
    if (line > LINE_MASK) {
      throw new fr.parole.importer.ImportException("ligne " + line + " : plus de " + LINE_MASK
          + " lignes, davantage que ce que Parole compare ; coupez le fichier en plusieurs.");
    }
    if (size == rows.length) {
      rows = Arrays.copyOf(rows, rows.length * 2);
    }
    rows[size++] = (hash(id) & ~LINE_MASK) | line;
  }

  /** The lines whose id has the same hash as another's. */
  Set<Integer> sameHashes() {
    long[] sorted = Arrays.copyOf(rows, size);
    Arrays.sort(sorted);
    Set<Integer> lines = new HashSet<>();
    for (int i = 1; i < sorted.length; i++) {
      if ((sorted[i] & ~LINE_MASK) == (sorted[i - 1] & ~LINE_MASK)) {
        lines.add((int) (sorted[i - 1] & LINE_MASK));
        lines.add((int) (sorted[i] & LINE_MASK));
      }
    }
    return lines;
  }

  /** FNV-1a over the id's UTF-8 bytes, then MurmurHash3's finaliser to spread it over the high bits. */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }
}
