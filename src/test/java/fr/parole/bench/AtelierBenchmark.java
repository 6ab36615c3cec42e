package fr.parole.bench;

import fr.parole.study.Study;
import fr.parole.web.AtelierFixture;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The atelier's figures (issue 11) on a built study (the 1,000,000-comment study of
 * {@code bench/report.sh}, or the demo): the server's time to answer each main page (p50, p95 over
 * {@code --requests} requests after a warm-up, one signed-in client), a review decision's round trip,
 * then {@code --users} simulated people at once (loopback, each its own session, a bounded loop of
 * dashboard, theme, search and one review decision) with the errors and the decisions counted: every
 * decision the server said it recorded must be in the store. Also the time from creating the atelier
 * to its first answered page.
 *
 * <p>Run from the repository root: {@code bash bench/atelier.sh --study DIR [--requests 100]
 * [--users 20] [--loops 10] [--theme esatis/attente] [--query attente]}.
 */
public final class AtelierBenchmark {
  private static final Pattern DECISION = Pattern.compile("action=\"/revue/(\\d+)\"");

  private AtelierBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path folder = null;
    int requests = 100;
    int users = 20;
    int loops = 10;
    String theme = "esatis/attente";
    String query = "attente";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--study" -> folder = Path.of(args[i + 1]);
        case "--requests" -> requests = Integer.parseInt(args[i + 1]);
        case "--users" -> users = Integer.parseInt(args[i + 1]);
        case "--loops" -> loops = Integer.parseInt(args[i + 1]);
        case "--theme" -> theme = args[i + 1];
        case "--query" -> query = args[i + 1];
        default -> throw new IllegalArgumentException("Option inconnue : " + args[i]);
      }
    }
    if (folder == null) {
      throw new IllegalArgumentException("--study DOSSIER (une étude déjà importée et codée)");
    }
    Study study = Study.open(folder);
    long started = System.nanoTime();
    try (AtelierFixture atelier = AtelierFixture.of(study)) {
      HttpClient client = atelier.researcher();
      double startup = (System.nanoTime() - started) / 1e6;
      atelier.atelier().services().explorer().warm(); // the counts held in memory, read once
      System.gc();
      long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
      System.out.printf(Locale.ROOT, "Study %s, %s; max heap %d MiB, %d cores; heap in use with the counts read: %d MiB"
          + ".%n%n", folder, "atelier in process", Runtime.getRuntime().maxMemory() >> 20,
          Runtime.getRuntime().availableProcessors(), heap);
      System.out.printf(Locale.ROOT, "| Step | n | p50 (ms) | p95 (ms) | max (ms) |%n|---|---|---|---|---|%n");
      System.out.printf(Locale.ROOT, "| Atelier created, started, first page answered (signed in) | 1 | %.0f | | |%n", startup);
      String[][] pages = {{"Tableau de bord", "/"}, {"Page d'un thème", "/themes/" + theme},
          {"Recherche (KWIC, facettes)", "/recherche?q=" + query}, {"File de revue", "/revue"}};
      String[][] more = {{"Tableau de bord par service", "/?attribut=service"},
          {"Page d'un thème filtrée par polarité, page 5", "/themes/" + theme + "?polarity=a_ameliorer&page=5"}};
      for (String[] page : more) {
        Latencies latencies = time(atelier, client, page[1], requests);
        System.out.printf(Locale.ROOT, "| %s `%s` | %d | %.1f | %.1f | %.1f |%n", page[0], page[1], latencies.count(),
            latencies.median(), latencies.p95(), latencies.max());
      }
      for (String[] page : pages) {
        Latencies latencies = time(atelier, client, page[1], requests);
        System.out.printf(Locale.ROOT, "| %s `%s` | %d | %.1f | %.1f | %.1f |%n", page[0], page[1], latencies.count(),
            latencies.median(), latencies.p95(), latencies.max());
      }
      Latencies decisions = decide(atelier, client, requests);
      System.out.printf(Locale.ROOT, "| Décision de revue (POST, écrite, page suivante) | %d | %.1f | %.1f | %.1f |%n",
          decisions.count(), decisions.median(), decisions.p95(), decisions.max());
      Latencies[] coding = CodingActionsTiming.applyAndUndo(atelier, client, requests);
      for (int i = 0; coding != null && i < 2; i++) {
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", i == 0 ? "Appliquer un code (document, POST,"
            + " page du document)" : "Annuler (POST, page du document)", coding[i].count(), coding[i].median(),
            coding[i].p95(), coding[i].max());
      }
      concurrent(atelier, study, users, loops, pages);
    }
  }

  private static Latencies time(AtelierFixture atelier, HttpClient client, String path, int n) {
    for (int i = 0; i < Math.min(20, n); i++) {
      check(atelier.get(client, path), path);
    }
    double[] millis = new double[n];
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      check(atelier.get(client, path), path);
      millis[i] = (System.nanoTime() - t) / 1e6;
    }
    return new Latencies(millis);
  }

  /** Accepts {@code n} suggestions one after the other, each POST timed (it answers the next one). */
  private static Latencies decide(AtelierFixture atelier, HttpClient client, int n) {
    String page = atelier.get(client, "/revue").body();
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Matcher decision = DECISION.matcher(page);
      if (!decision.find()) {
        break;
      }
      long t = System.nanoTime();
      HttpResponse<String> answer = atelier.post(client, "/revue/" + decision.group(1),
          "_csrf=" + AtelierFixture.csrf(page) + "&decision=accepter");
      millis.add((System.nanoTime() - t) / 1e6);
      check(answer, "/revue/" + decision.group(1));
      page = answer.body();
    }
    return new Latencies(millis.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static void concurrent(AtelierFixture atelier, Study study, int users, int loops, String[][] pages)
      throws Exception {
    List<Long> recordedIds = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger recorded = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    List<Double> all = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(users);
    long t0 = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      running.add(pool.submit(() -> {
        HttpClient client = atelier.researcher();
        for (int loop = 0; loop < loops; loop++) {
          for (String[] page : pages) {
            long t = System.nanoTime();
            HttpResponse<String> answer = atelier.get(client, page[1]);
            all.add((System.nanoTime() - t) / 1e6);
            if (answer.statusCode() != 200) {
              errors.incrementAndGet();
            }
            if (page[1].equals("/revue")) {
              Matcher decision = DECISION.matcher(answer.body());
              if (decision.find()) {
                long d = System.nanoTime();
                HttpResponse<String> decided = atelier.post(client, "/revue/" + decision.group(1),
                    "_csrf=" + AtelierFixture.csrf(answer.body()) + "&decision=rejeter");
                all.add((System.nanoTime() - d) / 1e6);
                if (decided.statusCode() != 200) {
                  errors.incrementAndGet();
                } else if (decided.body().contains("déjà été décidée")) {
                  refused.incrementAndGet();
                } else {
                  recorded.incrementAndGet();
                  recordedIds.add(Long.parseLong(decision.group(1)));
                }
              }
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - t0) / 1e9;
    long lost;
    try (fr.parole.study.StudyStore store = study.openStore()) {
      lost = recordedIds.stream().filter(id -> store.documentQueries().suggestion(id)
          .map(s -> s.decidedBy() == null).orElse(true)).count();
    }
    Latencies latencies = new Latencies(all.stream().mapToDouble(Double::doubleValue).toArray());
    System.out.printf(Locale.ROOT, "%n%d simulated people at once, %d loops each (%d requests, decisions included,"
        + " in %.1f s): p50 %.0f ms, p95 %.0f ms, max %.0f ms; %d error(s); review decisions recorded %d (%d of them"
        + " not found in the store afterwards), refused as already decided %d.%n", users, loops, latencies.count(),
        seconds, latencies.median(), latencies.p95(), latencies.max(), errors.get(), recorded.get(), lost,
        refused.get());
  }

  private static void check(HttpResponse<String> answer, String path) {
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(path + " : " + answer.statusCode());
    }
  }
}
