package fr.parole.importer;

import fr.parole.importer.verbatim.VerbatimReader;
import fr.parole.nlp.WordCounter;
import fr.parole.study.NewSegment;
import fr.parole.study.NewSource;
import fr.parole.study.SegmentRecord;
import fr.parole.study.SourceWriter;
import fr.parole.study.StoreTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Stores a comment export (type {@code verbatims}) in bounded memory: a CSV file is read from
 * disk for its content hash, and when it is new, once more for its encoding and once row by row;
 * its comments are stored in batches inside the file's savepoint and handed to the index as each
 * batch is stored. If a row
 * further down is bad, the caller rolls the savepoint back and the index is told to drop the
 * source's documents. The source keeps no content text (its comments are its segments' texts).
 * A workbook is read whole (POI), then stored the same way.
 */
final class VerbatimStore {
  /** Comments stored (and handed to the index) at a time. */
  static final int BATCH = 5_000;

  private final TextDecoder decoder = new TextDecoder();
  private final TableReader tables = new TableReader(decoder);
  private final VerbatimReader reader = new VerbatimReader(tables);
  private final WordCounter words;
  private final Consumer<SegmentRecord> stored;
  private final LongConsumer dropped;

  VerbatimStore(WordCounter words, Consumer<SegmentRecord> stored, LongConsumer dropped) {
    this.words = words;
    this.stored = stored;
    this.dropped = dropped;
  }

  /** An export about to be imported: its content hash, and its bytes when it is a workbook (read whole). */
  record Export(CollectedFile collected, String name, String hash, SourceFile whole) {}

  /** A failure of the index fed during the import: it ends the whole import, not just this file. */
  static final class IndexFeedFailure extends RuntimeException {
    IndexFeedFailure(RuntimeException cause) {
      super(cause);
    }

    RuntimeException failure() {
      return (RuntimeException) getCause();
    }
  }

  /**
   * Hashes the file; a CSV file is streamed (never held) and not decoded: most exports of a
   * second import are known by their hash, and decoding each of them to find its encoding was
   * most of adding one file to a large study. Its encoding is found when its rows are read.
   */
  Export open(CollectedFile collected, String name) throws IOException {
    Path path = collected.path();
    if (!TableReader.streams(path)) {
      SourceFile file = new SourceFile(path, name, Files.readAllBytes(path));
      return new Export(collected, name, ContentHashes.sha256(file.bytes()), file);
    }
    MessageDigest digest = ContentHashes.digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
      return new Export(collected, name, HexFormat.of().formatHex(digest.digest()), null);
    }
  }

  /** Stores the export as a new source inside the caller's savepoint; returns what the report says of it. */
  ImportReport.Imported store(StoreTransaction tx, AttributeResolver resolver, Export export, boolean replaced) {
    Pending pending = null;
    try (TableRows rows = rows(export)) {
      long sourceId = tx.sources().insert(new NewSource(export.name(), VerbatimReader.format(export.collected().path()),
          export.hash(), rows.encoding(), null));
      pending = new Pending(tx, resolver, export.name(), sourceId);
      List<String> warnings = reader.stream(rows, export.collected().spec(), pending::add);
      pending.flush();
      return new ImportReport.Imported(export.name(), pending.ordinal, pending.ordinal, 0, replaced,
          ImportService.withEncodingWarning(warnings, rows.encoding(), () -> Files.newInputStream(export.collected().path())),
          0, null);
    } catch (IndexFeedFailure e) {
      throw e;
    } catch (RuntimeException e) {
      if (pending != null && pending.handed) {
        dropped.accept(pending.sourceId);
      }
      throw e;
    }
  }

  /**
   * The cases file or the speaker rules changed, the export did not: its comments keep their ids
   * (and codings) and get their attributes again, read row by row as on import.
   */
  void reattribute(StoreTransaction tx, AttributeResolver resolver, Export export, long sourceId) {
    int[] ordinal = {0};
    SourceWriter sources = tx.sources();
    try (TableRows rows = rows(export)) {
      reader.stream(rows, export.collected().spec(), comment -> sources.updateSegment(sourceId, ordinal[0]++,
          comment.kind(), resolver.resolve(export.name(), comment.speaker(), comment.attributes())));
    }
  }

  private TableRows rows(Export export) {
    if (export.whole() != null) {
      return TableRows.of(tables.read(export.whole(), export.collected().spec().sheet()));
    }
    try {
      TextEncoding encoding;
      try (InputStream in = Files.newInputStream(export.collected().path())) {
        encoding = decoder.scan(export.name(), in);
      }
      return tables.stream(export.name(), export.collected().path(), encoding);
    } catch (IOException e) {
      throw new ImportException(export.name() + " : lecture impossible : " + e.getMessage(), e);
    }
  }

  /** Comments read and not stored yet, and what was stored of the source so far. */
  private final class Pending {
    private final StoreTransaction tx;
    private final AttributeResolver resolver;
    private final String name;
    private final long sourceId;
    private final List<ImportedSegment> comments = new ArrayList<>(BATCH);
    private int ordinal;
    private boolean handed;

    Pending(StoreTransaction tx, AttributeResolver resolver, String name, long sourceId) {
      this.tx = tx;
      this.resolver = resolver;
      this.name = name;
      this.sourceId = sourceId;
    }

    void add(ImportedSegment comment) {
      comments.add(comment);
      if (comments.size() == BATCH) {
        flush();
      }
    }

    void flush() {
      List<NewSegment> segments = new ArrayList<>(comments.size());
      for (ImportedSegment c : comments) {
        segments.add(new NewSegment(ordinal + segments.size(), c.kind(), c.speaker(), c.start(), c.end(), c.line(),
            c.text(), words.count(c.text()), resolver.resolve(name, c.speaker(), c.attributes())));
      }
      comments.clear();
      List<Long> ids = tx.sources().insertSegments(sourceId, segments);
      ordinal += segments.size();
      handed |= !segments.isEmpty();
      try {
        for (int i = 0; i < segments.size(); i++) {
          NewSegment s = segments.get(i);
          stored.accept(new SegmentRecord(ids.get(i), sourceId, name, s.ordinal(), s.kind(), s.speaker(), s.start(),
              s.end(), s.line(), s.text(), s.wordCount(), s.attributes()));
        }
      } catch (RuntimeException e) {
        throw new IndexFeedFailure(e);
      }
    }
  }
}
