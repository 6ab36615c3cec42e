package fr.parole.bench;

import fr.parole.Progress;
import fr.parole.index.LocalSearchBackend;
import fr.parole.index.SearchBackend;
import fr.parole.index.SearchRequest;
import fr.parole.pipeline.Pipeline;
import fr.parole.solr.SolrSchema;
import fr.parole.solr.SolrSearchBackend;
import fr.parole.study.Study;
import fr.parole.study.StudyConfig.IndexSpec;
import fr.parole.study.StudyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * Search latency, local Lucene index against SolrCloud (two nodes, two shards, on loopback), on
 * the same generated study: {@code --comments} e-Satis comments (default 1,000,000) recombined
 * from the demo's sentences ({@link VerbatimGenerator}), imported once; the collection is filled
 * from the same store. Each query (frequent and rare words, a phrase, a wildcard, a filter) asks
 * for 50 concordance lines and the facets, as {@code parole search} does; after a warm-up round,
 * {@code --rounds} rounds are timed, and the median and 95th percentile printed as Markdown. The
 * floor is a query that matches nothing on the same backend (its round trip and request parsing).
 * Run from the repository root: {@code bash bench/solr-search.sh [--comments 100000]}.
 */
public final class SolrSearchBenchmark {
  static final List<String> QUERIES = List.of("personnel", "attente", "repas", "chambre", "\"pas assez\"",
      "accueil AND souriant", "inform*", "parking", "bruit OR nuit", "exact:infirmières");

  private SolrSearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    int comments = 1_000_000;
    int rounds = 20;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--comments" -> comments = Integer.parseInt(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("option inconnue : " + args[i]);
      }
    }
    Path dir = Files.createTempDirectory("parole-solr-bench");
    Path study = dir.resolve("etude");
    log("génération de " + comments + " commentaires");
    new VerbatimGenerator(Path.of("corpora", "demo", "verbatims", "esatis-verbatims-demo.csv"))
        .write(study.resolve("verbatims"), comments, 10_000, 42);
    Files.writeString(study.resolve("study.yaml"), "name: bench-solr\nsources:\n  - path: verbatims/\n"
        + "    type: verbatims\nattributes: [establishment, polarity, service]\n");
    Study opened = Study.open(study);
    long start = System.nanoTime();
    new Pipeline(Progress.SILENT).importStudy(opened);
    log("import et index local : " + seconds(start) + " s");

    MiniSolrCloudCluster cluster = null;
    try {
      Path configset = dir.resolve("configset");
      SolrSchema.write(configset);
      cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("solr")).addConfig("parole", configset).build();
      CollectionAdminRequest.createCollection("esatis", "parole", 2, 1).process(cluster.getSolrClient());
      cluster.waitForActiveCollection("esatis", 2, 2);
      String url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
      try (SearchBackend local = new LocalSearchBackend(opened.indexDir(), opened.config().attributes(),
          Progress.SILENT);
          SearchBackend solr = SolrSearchBackend.open(new IndexSpec(url, "esatis"), opened.config().attributes(),
              Progress.SILENT);
          StudyStore store = opened.openStore()) {
        start = System.nanoTime();
        solr.rebuild(store);
        log("indexation SolrCloud : " + seconds(start) + " s");
        long segments = store.queries().summary().segments();
        report(comments, segments, rounds, local, solr);
      }
    } finally {
      if (cluster != null) {
        cluster.shutdown();
      }
    }
  }

  private static void report(int comments, long segments, int rounds, SearchBackend local, SearchBackend solr) {
    for (SearchBackend backend : List.of(local, solr)) {
      time(backend, QUERIES, 1); // warm-up
    }
    Latencies localTimes = time(local, QUERIES, rounds);
    Latencies solrTimes = time(solr, QUERIES, rounds);
    Latencies localFloor = time(local, List.of("zzzintrouvable"), rounds);
    Latencies solrFloor = time(solr, List.of("zzzintrouvable"), rounds);
    System.out.printf("%n| %,d commentaires (%,d segments) | médiane | p95 | plancher (médiane, requête sans résultat) |%n",
        comments, segments);
    System.out.println("| --- | --- | --- | --- |");
    System.out.printf("| index Lucene local | %.1f ms | %.1f ms | %.1f ms |%n", localTimes.median(), localTimes.p95(),
        localFloor.median());
    System.out.printf("| SolrCloud, 2 nœuds, 2 shards (boucle locale) | %.1f ms | %.1f ms | %.1f ms |%n",
        solrTimes.median(), solrTimes.p95(), solrFloor.median());
    System.out.printf("%nSolrCloud / local : médiane × %.2f, p95 × %.2f (%d requêtes × %d tours, 50 lignes et facettes)%n",
        solrTimes.median() / localTimes.median(), solrTimes.p95() / localTimes.p95(), QUERIES.size(), rounds);
  }

  private static Latencies time(SearchBackend backend, List<String> queries, int rounds) {
    double[] millis = new double[queries.size() * rounds];
    int n = 0;
    for (int round = 0; round < rounds; round++) {
      for (String query : queries) {
        Map<String, List<String>> where = query.equals("parking") ? Map.of("establishment", List.of("CHU1")) : Map.of();
        long start = System.nanoTime();
        backend.search(new SearchRequest(query, where, false, 50, 40));
        millis[n++] = (System.nanoTime() - start) / 1e6;
      }
    }
    return new Latencies(millis);
  }

  private static String seconds(long start) {
    return String.format("%.1f", (System.nanoTime() - start) / 1e9);
  }

  private static void log(String message) {
    System.err.println("[solr-search] " + message);
  }
}
