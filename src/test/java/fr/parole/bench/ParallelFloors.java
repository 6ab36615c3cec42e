package fr.parole.bench;

import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.FrenchTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The floors of {@code parole run} on the texts of a file, one a line, as the machine's cores allow:
 * raw SQLite insert (one connection, one transaction), raw Lucene indexing (FrenchAnalyzer, one
 * TextField, {@code threads} threads on one IndexWriter) and OpenNLP POS tagging alone on
 * whitespace tokens ({@code threads} threads, one tagger each, as TagCodeBenchmark's floor).
 * Beside them, not a floor: Parole's own tagging alone ({@link FrenchTagger#tag}: sentences, its
 * French tokens, the same POS model, lemmas, negation), which says how much of the coding stage is
 * tagging the text properly and how much is coding it. Texts are streamed in chunks: nothing holds
 * the corpus. Times in nanoseconds.
 */
final class ParallelFloors {
  private static final int CHUNK = 500;
  private static final int WARMUP = 2_000;

  private ParallelFloors() {}

  /**
   * The three floors, and, not in the total, the POS floor decoded greedily (a beam of one) as
   * Parole decodes, and Parole's tagging alone.
   */
  record Measured(long sqlite, long lucene, long pos, long posGreedy, long tagging) {
    long total() {
      return sqlite + lucene + pos;
    }
  }

  static Measured measure(Path texts, Path work, int threads) throws Exception {
    Path db = work.resolve("plancher.db");
    Path index = work.resolve("plancher-index");
    Files.deleteIfExists(db);
    ImportSearchBenchmark.deleteTree(index);
    long sqlite = timed(() -> Floors.rawSqlite(texts, db));
    long lucene = timed(() -> lucene(texts, index, threads));
    Files.deleteIfExists(db);
    ImportSearchBenchmark.deleteTree(index);
    POSModel model;
    try (InputStream in = ParallelFloors.class.getResourceAsStream(TagCodeBenchmark.POS_RESOURCE)) {
      model = new POSModel(in);
    }
    long pos = posTagging(texts, threads, model);
    // Parole decodes greedily (GreedyPosTagger): the same model with a beam of one, beside the floor.
    long posGreedy = posTagging(texts, threads, new POSModel(model.getLanguage(),
        (MaxentModel) model.getArtifact("pos.model"), 1, new HashMap<>(), model.getFactory()));
    FrenchModels models = FrenchModels.load();
    ThreadLocal<FrenchTagger> french = ThreadLocal.withInitial(models::newTagger);
    inChunks(texts, threads, WARMUP, chunk -> chunk.forEach(text -> french.get().tag(text)));
    long tagging = timed(() -> inChunks(texts, threads, Long.MAX_VALUE,
        chunk -> chunk.forEach(text -> french.get().tag(text))));
    return new Measured(sqlite, lucene, pos, posGreedy, tagging);
  }

  /** OpenNLP POS tagging alone on whitespace tokens, one tagger a thread. */
  private static long posTagging(Path texts, int threads, POSModel model) throws Exception {
    ThreadLocal<POSTaggerME> taggers = ThreadLocal.withInitial(() -> new POSTaggerME(model, POSTagFormat.UD));
    // Each tagger's first texts are slower (JIT, caches): warmed up outside the clock, as TagCodeBenchmark does.
    inChunks(texts, threads, WARMUP, chunk -> chunk.forEach(text -> taggers.get().tag(text.split(" "))));
    return timed(() -> inChunks(texts, threads, Long.MAX_VALUE,
        chunk -> chunk.forEach(text -> taggers.get().tag(text.split(" ")))));
  }

  private static void lucene(Path texts, Path indexDir, int threads) throws Exception {
    try (FSDirectory directory = FSDirectory.open(indexDir);
        FrenchAnalyzer analyzer = new FrenchAnalyzer();
        IndexWriter writer = new IndexWriter(directory,
            new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      inChunks(texts, threads, Long.MAX_VALUE, chunk -> {
        for (String text : chunk) {
          Document doc = new Document();
          doc.add(new TextField("text", text, Field.Store.NO));
          try {
            writer.addDocument(doc);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
      });
      writer.commit();
    }
  }

  private interface ChunkWork {
    void run(List<String> chunk) throws Exception;
  }

  /** The first {@code limit} lines of {@code texts}, in chunks, through {@code threads} threads. */
  private static void inChunks(Path texts, int threads, long limit, ChunkWork work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    BlockingQueue<Future<?>> pending = new ArrayBlockingQueue<>(threads * 4);
    try (BufferedReader in = Files.newBufferedReader(texts, StandardCharsets.UTF_8)) {
      List<String> chunk = new ArrayList<>(CHUNK);
      long read = 0;
      for (String line = in.readLine(); line != null && read < limit; line = in.readLine(), read++) {
        chunk.add(line);
        if (chunk.size() == CHUNK) {
          submit(pool, pending, chunk, work);
          chunk = new ArrayList<>(CHUNK);
        }
      }
      if (!chunk.isEmpty()) {
        submit(pool, pending, chunk, work);
      }
      while (!pending.isEmpty()) {
        pending.take().get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Bounded: a few chunks wait, the reader waits for the oldest to end. */
  private static void submit(ExecutorService pool, BlockingQueue<Future<?>> pending, List<String> chunk,
      ChunkWork work) throws Exception {
    if (pending.remainingCapacity() == 0) {
      pending.take().get();
    }
    pending.put(pool.submit(() -> {
      work.run(chunk);
      return null;
    }));
  }

  private interface Timed {
    void run() throws Exception;
  }

  private static long timed(Timed work) throws Exception {
    long start = System.nanoTime();
    work.run();
    return System.nanoTime() - start;
  }
}
