package fr.parole.coding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The suggestions of a coding run, written to a temporary file as the segments are coded (outside
 * any write transaction) and read back once in the short transaction that stores them: nothing per
 * comment stays in memory, and another process may write the store meanwhile. The file is deleted
 * on close.
 */
final class SuggestionSpool implements AutoCloseable {
  /** One spooled suggestion: the segment and what the coder said of it. */
  record Spooled(long segmentId, Suggestion suggestion) {}

  /** What receives the spooled suggestions, one at a time. */
  interface Reader {
    void accept(Spooled spooled);
  }

  private final Path file;
  private DataOutputStream out;
  private long count;

  /** A spool in {@code folder} (the study's {@code .parole}, created if needed). */
  SuggestionSpool(Path folder) {
    try {
      Files.createDirectories(folder);
      file = Files.createTempFile(folder, "codage-", ".tmp");
      out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void add(long segmentId, Suggestion suggestion) {
    try {
      out.writeLong(segmentId);
      out.writeUTF(suggestion.code());
      out.writeDouble(suggestion.confidence());
      out.writeUTF(suggestion.origin());
      out.writeBoolean(suggestion.evidence() != null);
      if (suggestion.evidence() != null) {
        out.writeUTF(suggestion.evidence());
      }
      count++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long size() {
    return count;
  }

  /** Reads every suggestion back in the order written (may be called again: a retried write). */
  void forEach(Reader reader) {
    try {
      out.flush();
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        for (long i = 0; i < count; i++) {
          long segment = in.readLong();
          String code = in.readUTF();
          double confidence = in.readDouble();
          String origin = in.readUTF();
          String evidence = in.readBoolean() ? in.readUTF() : null;
          reader.accept(new Spooled(segment, new Suggestion(code, confidence, origin, evidence)));
        }
      }
    } catch (EOFException e) {
      throw new IllegalStateException("fichier de suggestions tronqué : " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
