package fr.parole.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor Parole's import is compared with: raw Lucene and raw SQLite on the same texts, and a
 * raw Lucene search on the floor index, for reference.
 */
final class Floors {
  private Floors() {}

  /** Lucene then SQLite on the lines of {@code texts}, each into a fresh index and database. */
  static Floor measure(Path texts, Path indexDir, Path dbFile) throws IOException {
    ImportSearchBenchmark.deleteTree(indexDir);
    Files.deleteIfExists(dbFile);
    long lucene = time(() -> rawLucene(texts, indexDir));
    long sqlite = time(() -> rawSqlite(texts, dbFile));
    return new Floor(lucene, sqlite);
  }

  /** Raw SQLite on the lines of {@code texts} into a fresh file; nanoseconds. */
  static long sqliteFloor(Path texts, Path dbFile) throws IOException {
    Files.deleteIfExists(dbFile);
    return time(() -> rawSqlite(texts, dbFile));
  }

  /**
   * Raw Lucene on {@code threads} threads: the lines of a text file (read inside the time) into a
   * fresh index, FrenchAnalyzer, one TextField each, committed; nanoseconds.
   */
  static long luceneFloor(Path texts, Path indexDir, int threads) throws IOException {
    ImportSearchBenchmark.deleteTree(indexDir);
    return time(() -> {
      List<String> lines = ImportScaleBenchmark.lines(texts);
      try (FSDirectory directory = FSDirectory.open(indexDir);
          FrenchAnalyzer analyzer = new FrenchAnalyzer();
          IndexWriter writer = new IndexWriter(directory,
              new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
        List<Thread> workers = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<Exception> failure = new java.util.concurrent.atomic.AtomicReference<>();
        for (int t = 0; t < threads; t++) {
          int first = t;
          Thread worker = new Thread(() -> {
            try {
              for (int i = first; i < lines.size(); i += threads) {
                Document doc = new Document();
                doc.add(new TextField("text", lines.get(i), Field.Store.NO));
                writer.addDocument(doc);
              }
            } catch (IOException | RuntimeException e) {
              failure.compareAndSet(null, e);
            }
          });
          worker.start();
          workers.add(worker);
        }
        for (Thread worker : workers) {
          worker.join();
        }
        if (failure.get() != null) {
          throw failure.get();
        }
        writer.commit();
      }
    });
  }

  /** Raw Lucene: the lines of a text file into a fresh index, FrenchAnalyzer, one TextField each, one thread. */
  private static void rawLucene(Path turnsFile, Path indexDir) throws IOException {
    try (FSDirectory directory = FSDirectory.open(indexDir);
        FrenchAnalyzer analyzer = new FrenchAnalyzer();
        IndexWriter writer = new IndexWriter(directory,
            new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        BufferedReader in = Files.newBufferedReader(turnsFile, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        Document doc = new Document();
        doc.add(new TextField("text", line, Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.commit();
    }
  }

  /** Raw SQLite: the lines of a text file into a fresh file, one table, one transaction, batches. */
  static void rawSqlite(Path turnsFile, Path dbFile) throws IOException, SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dbFile);
        BufferedReader in = Files.newBufferedReader(turnsFile, StandardCharsets.UTF_8)) {
      try (Statement st = connection.createStatement()) {
        st.execute("CREATE TABLE turns (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
      }
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO turns (id, text) VALUES (?, ?)")) {
        long id = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          insert.setLong(1, ++id);
          insert.setString(2, line);
          insert.addBatch();
          if (id % 1000 == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      connection.commit();
    }
  }

  /** A TermQuery top-10 on the floor index, for reference; the word is analysed as the index was. */
  static Latencies rawSearch(Path indexDir, List<String> warmup, List<String> measured) throws IOException {
    try (FSDirectory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory);
        FrenchAnalyzer analyzer = new FrenchAnalyzer()) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String word : warmup) {
        String term = analyse(analyzer, word);
        if (term != null) {
          searcher.search(new TermQuery(new Term("text", term)), 10);
        }
      }
      List<Double> millis = new ArrayList<>();
      for (String word : measured) {
        String term = analyse(analyzer, word);
        if (term == null) {
          continue;
        }
        long t = System.nanoTime();
        searcher.search(new TermQuery(new Term("text", term)), 10);
        millis.add((System.nanoTime() - t) / 1e6);
      }
      return new Latencies(millis.stream().mapToDouble(Double::doubleValue).toArray());
    }
  }

  private static String analyse(FrenchAnalyzer analyzer, String word) throws IOException {
    try (TokenStream tokens = analyzer.tokenStream("text", word)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      String first = tokens.incrementToken() ? term.toString() : null;
      tokens.end();
      return first;
    }
  }

  private interface Timed {
    void run() throws Exception;
  }

  private static long time(Timed work) {
    long start = System.nanoTime();
    try {
      work.run();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return System.nanoTime() - start;
  }
}
