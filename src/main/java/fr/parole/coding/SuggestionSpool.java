package fr.parole.coding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The suggestions of a coding run, written to a temporary file as the segments are coded (outside
 * any write transaction) and read back once in the short transaction that stores them: nothing per
 * comment stays in memory, and another process may write the store meanwhile. The file is deleted
 * on close.
 */
final class SuggestionSpool implements AutoCloseable {
  /**
   * One spooled suggestion: the segment, its source, and what the coder said of it. The source
   * comes back so that the write can leave out the suggestions of a source an import replaced
   * meanwhile: its segments are gone, and only the spool still knows whose they were.
   */
  record Spooled(long sourceId, long segmentId, Suggestion suggestion) {}

  /** What receives the spooled suggestions, one at a time. */
  interface Reader {
    void accept(Spooled spooled);
  }

  private static final String PREFIX = "codage-";
  private static final String SUFFIX = ".tmp";
  /** Between the process id and the machine's name in a spool's name: {@code codage-4242@poste1-….tmp}. */
  private static final String HOST = "@";
  static final String THIS_HOST = thisHost();

  private static final int MAX_WORDS = 10_000;
  private static final int NO_WORD = -1;
  private static final int WRITTEN_OUT = -2;

  private final Path file;
  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private DataOutputStream out;
  private long count;
  /** The source of the last suggestion written: a source's id is written only when it changes. */
  private long lastSource;

  /** A spool in {@code folder} (the study's {@code .parole}, created if needed). */
  SuggestionSpool(Path folder) {
    try {
      Files.createDirectories(folder);
      removeLeftovers(folder);
      file = Files.createTempFile(folder, PREFIX + ProcessHandle.current().pid() + HOST + THIS_HOST + "-", SUFFIX);
      file.toFile().deleteOnExit(); // Ctrl-C runs the JVM's shutdown: no spool left behind
      out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Deletes the spools of runs whose process is gone (killed before its write): their file names
   * carry their process id and machine. A spool of a live process (another {@code --shard}) is left
   * alone, and so is one written on another machine sharing the study's folder, whose processes this
   * one cannot see.
   */
  static void removeLeftovers(Path folder) throws IOException {
    try (DirectoryStream<Path> spools = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
      for (Path spool : spools) {
        String name = spool.getFileName().toString();
        int dash = name.indexOf('-', PREFIX.length());
        String owner = name.substring(PREFIX.length(), dash < 0 ? PREFIX.length() : dash);
        int at = owner.indexOf(HOST);
        if (at >= 0 && !owner.substring(at + 1).equals(THIS_HOST)) {
          continue;
        }
        try {
          long pid = Long.parseLong(at >= 0 ? owner.substring(0, at) : owner);
          if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            continue;
          }
        } catch (NumberFormatException e) {
          // a spool named before process ids were in the name: its run has ended
        }
        Files.deleteIfExists(spool);
      }
    }
  }

  /** This machine's name as it goes in a file name: letters, digits and dots only. */
  static String thisHost() {
    String name = System.getenv("COMPUTERNAME");
    if (name == null || name.isBlank()) {
      try {
        name = InetAddress.getLocalHost().getHostName();
      } catch (IOException e) {
        name = "local";
      }
    }
    return name.replaceAll("[^A-Za-z0-9.]", "_");
  }

  void add(long sourceId, long segmentId, Suggestion suggestion) {
    try {
      // Segments come source after source: a negative number, before a suggestion, says its
      // source changed (ids are positive), and costs 8 bytes a source rather than a suggestion.
      if (sourceId != lastSource) {
        out.writeLong(-sourceId);
        lastSource = sourceId;
      }
      out.writeLong(segmentId);
      writeWord(suggestion.code());
      out.writeDouble(suggestion.confidence());
      writeWord(suggestion.origin());
      writeWord(suggestion.evidence());
      count++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A code, origin or evidence, written as its number in this spool's list of words: a run repeats
   * a few hundred of them (the codes, each rule's query, « modèle appris ») millions of times, and
   * written out they made 160 bytes a suggestion, 5.4 GB for 10 million comments. Past
   * {@value #MAX_WORDS} different ones (evidence that would differ for each text), the rest are
   * written out, so that memory stays bounded.
   */
  private void writeWord(String word) throws IOException {
    if (word == null) {
      out.writeInt(NO_WORD);
      return;
    }
    Integer number = numbers.get(word);
    if (number == null && words.size() < MAX_WORDS) {
      number = words.size();
      words.add(word);
      numbers.put(word, number);
    }
    if (number == null) {
      out.writeInt(WRITTEN_OUT);
      out.writeUTF(word);
    } else {
      out.writeInt(number);
    }
  }

  private String readWord(DataInputStream in) throws IOException {
    int number = in.readInt();
    return number == NO_WORD ? null : number == WRITTEN_OUT ? in.readUTF() : words.get(number);
  }

  long size() {
    return count;
  }

  /** Reads every suggestion back in the order written (may be called again: a retried write). */
  void forEach(Reader reader) {
    try {
      out.flush();
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        long source = 0;
        for (long i = 0; i < count; i++) {
          long segment = in.readLong();
          if (segment < 0) {
            source = -segment;
            segment = in.readLong();
          }
          String code = readWord(in);
          double confidence = in.readDouble();
          String origin = readWord(in);
          String evidence = readWord(in);
          reader.accept(new Spooled(source, segment, new Suggestion(code, confidence, origin, evidence)));
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
