package fr.parole.study;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One string per distinct text of a column read millions of times with few values (a coding's
 * code, its coder), from the column's UTF-8 bytes: {@code ResultSet.getString} decoded a new
 * string per row, the most expensive part of reading 3,400,000 codings (1.5 s of 5), and the
 * readers' hash maps then hashed each new string again. The bytes are the text's own: a store's
 * text is UTF-8 (SQLite's default, which Parole never changes). Not thread-safe: one per read.
 */
final class TextCache {
  /** Above this many distinct texts the column is not one of few values: strings are decoded as they come. */
  private static final int MAX = 10_000;

  private final Map<Bytes, String> strings = new HashMap<>();

  /** The text of these UTF-8 bytes (null for null), the same instance for the same bytes. */
  String of(byte[] utf8) {
    if (utf8 == null) {
      return null;
    }
    Bytes key = new Bytes(utf8);
    String known = strings.get(key);
    if (known != null) {
      return known;
    }
    String text = new String(utf8, StandardCharsets.UTF_8);
    if (strings.size() < MAX) {
      strings.put(key, text);
    }
    return text;
  }

  /** A byte array as a key, compared by content. */
  private record Bytes(byte[] bytes) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Bytes b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }
  }
}
