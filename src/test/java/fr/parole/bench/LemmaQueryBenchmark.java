package fr.parole.bench;

import fr.parole.stats.LemmaSpecificities;
import fr.parole.study.LemmaCounts.LemmaTable;
import fr.parole.study.StoreTransaction;
import fr.parole.study.StudyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Reading lemma counts by attribute on a store the size a 1,000,000-segment study gives (issue 5).
 * Generates the {@code lemma_counts} table directly (no text, no tagging): 1,000,000 segments of
 * {@code --lemmas} content lemmas each (12 by default: a 30-40-word verbatim keeps about a third of
 * its words), drawn from a Zipf law (s = 1) over a vocabulary of 30,000 lemmas, spread over
 * {@code --sources} source files and 1,000 attribute sets (100 establishments × 2 polarities × 5
 * years, uniformly), summed per (source, set, lemma) as a coding run stores them. Then times, in a
 * fresh connection, the sums per attribute value rebuilt as a coding run rebuilds them after an
 * import, then for each attribute {@code LemmaCounts.byAttributeFromCounts} (one scan of every
 * count) and {@code LemmaCounts.byAttribute} (the stored sums), and the top-20 specificities per
 * group above a frequency threshold.
 *
 * <pre>java -Xmx2g -cp target/parole.jar:target/test-classes fr.parole.bench.LemmaQueryBenchmark [--segments N] [--lemmas N] [--sources N] [--min-frequency N] [--store FILE]</pre>
 */
public final class LemmaQueryBenchmark {
  private static final int VOCABULARY = 30_000;
  private static final int ESTABLISHMENTS = 100;
  private static final int YEARS = 5;

  public static void main(String[] args) throws Exception {
    int segments = 1_000_000;
    int lemmasPerSegment = 12;
    int sources = 10;
    int minFrequency = 10;
    Path existing = null; // an existing generated store, kept (to time the queries again)
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--segments" -> segments = Integer.parseInt(args[++i]);
        case "--lemmas" -> lemmasPerSegment = Integer.parseInt(args[++i]);
        case "--sources" -> sources = Integer.parseInt(args[++i]);
        case "--min-frequency" -> minFrequency = Integer.parseInt(args[++i]);
        case "--store" -> existing = Path.of(args[++i]);
        default -> throw new IllegalArgumentException(
            "Options : --segments N (1000000) --lemmas N (12) --sources N (10) --min-frequency N (10)");
      }
    }
    Path dir = existing == null ? Files.createTempDirectory("parole-lemma-bench") : null;
    Path file = existing == null ? dir.resolve("study.db") : existing;
    long rows;
    if (existing == null) {
      StudyStore.open(file).close();
      long t0 = System.nanoTime();
      rows = generate(file, segments, lemmasPerSegment, sources);
      progress("%,d rows generated in %.1f s (%,d bytes)", rows, (System.nanoTime() - t0) / 1e9, Files.size(file));
    } else {
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
          java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM lemma_counts")) {
        rows = rs.getLong(1);
      }
    }

    // The sums per attribute value (V6), made as a coding run makes them when they are not current:
    // the generated counts were written directly, as after an import.
    long rebuild = System.nanoTime();
    try (StudyStore store = StudyStore.open(file); StoreTransaction tx = store.begin()) {
      tx.lemmaCounts().close();
      tx.commit();
    }
    double rebuilt = (System.nanoTime() - rebuild) / 1e9;
    progress("sums per attribute value rebuilt from every count in %.1f s", rebuilt);

    StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
        "%,d segments × %d content lemmas (Zipf, %,d-lemma vocabulary), %d sources, %d attribute sets: "
            + "%,d rows in `lemma_counts`, store %,d MiB; max heap %d MiB.%n%n| Step | Groups | Time |%n|---|---|---|%n"
            + "| sums per (attribute, value, lemma) rebuilt from every count (a coding run after an import) | | %.1f s |%n",
        segments, lemmasPerSegment, VOCABULARY, sources, ESTABLISHMENTS * 2 * YEARS, rows, Files.size(file) >> 20,
        Runtime.getRuntime().maxMemory() >> 20, rebuilt));
    for (int round = 1; round <= 2; round++) {
      for (String attribute : new String[] {"establishment", "polarity", "year"}) {
        try (StudyStore store = StudyStore.open(file)) {
          long start = System.nanoTime();
          LemmaTable scanned = store.lemmaCounts().byAttributeFromCounts(attribute);
          double scan = (System.nanoTime() - start) / 1e9;
          start = System.nanoTime();
          LemmaTable table = store.lemmaCounts().byAttribute(attribute);
          double query = (System.nanoTime() - start) / 1e9;
          if (!scanned.counts().equals(table.counts())) {
            throw new IllegalStateException("the sums per value differ from the counts for " + attribute);
          }
          if (round == 2) {
            md.append(String.format(Locale.ROOT, "| `byAttributeFromCounts(\"%s\")` (one scan of every count) | %d | %.3f s |%n",
                attribute, table.counts().size(), scan));
          }
          start = System.nanoTime();
          int groups = new LemmaSpecificities().top(table, 20, minFrequency).size();
          double specificities = (System.nanoTime() - start) / 1e9;
          progress("round %d, %s: query %.3f s, specificities %.3f s", round, attribute, query, specificities);
          if (round == 2) {
            md.append(String.format(Locale.ROOT, "| `byAttribute(\"%s\")` (the stored sums per value) | %d | %.3f s |%n",
                attribute, groups, query));
            md.append(String.format(Locale.ROOT, "| top-20 specificities per group, lemmas ≥ %d occurrences | %d | %.3f s |%n",
                minFrequency, groups, specificities));
          }
        }
      }
    }
    System.out.print(md);
    if (dir != null) {
      Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Fills attribute sets, sources and lemma counts; returns the number of count rows. */
  private static long generate(Path file, int segments, int lemmasPerSegment, int sources) throws Exception {
    Random random = new Random(20240501);
    double[] cdf = new double[VOCABULARY];
    double sum = 0;
    for (int r = 0; r < VOCABULARY; r++) {
      sum += 1.0 / (r + 1);
      cdf[r] = sum;
    }
    String[] lemmas = new String[VOCABULARY];
    for (int r = 0; r < VOCABULARY; r++) {
      lemmas[r] = word(r);
    }
    int sets = ESTABLISHMENTS * 2 * YEARS;
    long rows = 0;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement();
          PreparedStatement set = c.prepareStatement("INSERT INTO attribute_sets (id, key) VALUES (?, ?)");
          PreparedStatement value = c.prepareStatement("INSERT INTO attribute_values (set_id, name, value) VALUES (?, ?, ?)")) {
        for (int s = 1; s <= sets; s++) {
          String[] values = {"CH " + ((s - 1) % ESTABLISHMENTS), (s - 1) / ESTABLISHMENTS % 2 == 0 ? "positif" : "négatif",
              String.valueOf(2019 + (s - 1) / (ESTABLISHMENTS * 2))};
          set.setInt(1, s);
          set.setString(2, String.join("|", values));
          set.executeUpdate();
          String[] names = {"establishment", "polarity", "year"};
          for (int n = 0; n < 3; n++) {
            value.setInt(1, s);
            value.setString(2, names[n]);
            value.setString(3, values[n]);
            value.executeUpdate();
          }
        }
        for (int src = 1; src <= sources; src++) {
          st.executeUpdate("INSERT INTO sources (id, path, format, content_hash, imported_at) VALUES (" + src
              + ", 'verbatims-" + src + ".csv', 'verbatims', 'h" + src + "', '2024-05-01T00:00:00Z')");
          st.executeUpdate("INSERT INTO lemma_sources (source_id, generation, segments, occurrences, counted_at)"
              + " VALUES (" + src + ", 0, " + segments / sources + ", " + (long) segments / sources * lemmasPerSegment
              + ", '2024-05-01T00:00:00Z')");
        }
      }
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO lemma_counts (source_id, attribute_set_id, lemma, occurrences) VALUES (?, ?, ?, ?)")) {
        int groups = sources * sets;
        long tokensPerGroup = (long) segments * lemmasPerSegment / groups;
        for (int src = 1; src <= sources; src++) {
          for (int s = 1; s <= sets; s++) {
            Map<Integer, long[]> counts = new HashMap<>();
            for (long k = 0; k < tokensPerGroup; k++) {
              int r = java.util.Arrays.binarySearch(cdf, random.nextDouble() * sum);
              counts.computeIfAbsent(r < 0 ? -r - 1 : r, x -> new long[1])[0]++;
            }
            for (Map.Entry<Integer, long[]> e : counts.entrySet()) {
              insert.setInt(1, src);
              insert.setInt(2, s);
              insert.setString(3, lemmas[e.getKey()]);
              insert.setLong(4, e.getValue()[0]);
              insert.addBatch();
              rows++;
            }
            insert.executeBatch();
          }
        }
      }
      c.commit();
    }
    return rows;
  }

  /** A made-up lemma for a rank: letters only, as a stored lemma would be. */
  private static String word(int rank) {
    StringBuilder w = new StringBuilder("l");
    for (int r = rank; ; r /= 26) {
      w.append((char) ('a' + r % 26));
      if (r < 26) {
        return w.toString();
      }
    }
  }

  private static void progress(String format, Object... args) {
    System.err.println("[lemma-query] " + String.format(Locale.ROOT, format, args));
  }
}
