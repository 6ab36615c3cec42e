package fr.parole.bench;

import fr.parole.study.Study;
import fr.parole.web.AtelierFixture;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The retrieval pages' figures (issue 13) on a built study (the demo, or the 100,000- and
 * 1,000,000-comment studies of {@code bench/report.sh}): the server's time to answer the matrix of
 * codes by an attribute, the co-occurrence matrix, the first cell's segments (page 1 and the
 * last page), the matrix as XLSX and the memos page (p50, p95, max over {@code --requests} requests
 * after a warm-up, one signed-in client, the counts already in memory). Read-only: nothing is written.
 *
 * <p>Run from the repository root: {@code bash bench/matrices.sh --study DIR [--requests 100]
 * [--codebook esatis] [--rows attente] [--columns attribut:establishment]}.
 */
public final class MatricesBenchmark {
  private static final Pattern CELL = Pattern.compile("href=\"(/matrices/segments\\?[^\"]+)\">([\\d\u00a0]+)<");

  private MatricesBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path folder = null;
    int requests = 100;
    String codebook = null;
    String rows = null;
    String columns = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--study" -> folder = Path.of(args[i + 1]);
        case "--requests" -> requests = Integer.parseInt(args[i + 1]);
        case "--codebook" -> codebook = args[i + 1];
        case "--rows" -> rows = args[i + 1];
        case "--columns" -> columns = args[i + 1];
        default -> throw new IllegalArgumentException("Option inconnue : " + args[i]);
      }
    }
    if (folder == null) {
      throw new IllegalArgumentException("--study DOSSIER (une étude déjà importée et codée)");
    }
    try (AtelierFixture atelier = AtelierFixture.of(Study.open(folder))) {
      long t = System.nanoTime();
      HttpClient client = atelier.researcher(); // the dashboard, first page, reads the counts into memory
      atelier.atelier().services().explorer().warm();
      double warm = (System.nanoTime() - t) / 1e6;
      String query = (codebook == null ? "" : "codebook=" + codebook)
          + (rows == null ? "" : "&lignes=" + rows) + (columns == null ? "" : "&colonnes=" + columns);
      String matrix = "/matrices" + (query.isEmpty() ? "" : "?" + query.replaceFirst("^&", ""));
      // The first request of each matrix scans the counts; the next ones reuse it until the store changes.
      long first = System.nanoTime();
      String page = atelier.get(client, matrix).body();
      double firstMatrix = (System.nanoTime() - first) / 1e6;
      Matcher cell = CELL.matcher(page);
      String biggest = null;
      long most = -1;
      while (cell.find()) {
        long n = Long.parseLong(cell.group(2).replace("\u00a0", ""));
        if (n > most) {
          most = n;
          biggest = cell.group(1).replace("&amp;", "&");
        }
      }
      String cooccurrence = "/matrices?colonnes=codes:" + (rows == null ? firstDimension(page) : rows)
          + (codebook == null ? "" : "&codebook=" + codebook) + (rows == null ? "" : "&lignes=" + rows);
      first = System.nanoTime();
      get(atelier, client, cooccurrence);
      double firstCooccurrence = (System.nanoTime() - first) / 1e6;
      System.out.printf(Locale.ROOT, "Study %s; max heap %d MiB, %d cores; signed in, counts read: %.0f ms; biggest cell %d "
          + "segments.%n%n", folder, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
          warm, most);
      System.out.printf(Locale.ROOT, "First request (the scan of the counts): matrix %.0f ms, co-occurrence %.0f ms."
          + "%n%n", firstMatrix, firstCooccurrence);
      System.out.printf(Locale.ROOT, "| Page | n | p50 (ms) | p95 (ms) | max (ms) |%n|---|---|---|---|---|%n");
      String[][] pages = {{"Matrice codes × attribut", matrix}, {"Co-occurrence des codes", cooccurrence},
          {"Segments de la plus grande case, page 1", biggest}, {"Segments de la plus grande case, dernière page",
              biggest + "&page=" + Math.max(1, (most + 49) / 50)},
          {"Matrice en XLSX", matrix.replace("/matrices", "/matrices.xlsx")}, {"Mémos", "/memos"}};
      for (String[] p : pages) {
        Latencies latencies = time(atelier, client, p[1], requests);
        System.out.printf(Locale.ROOT, "| %s `%s` | %d | %.1f | %.1f | %.1f |%n", p[0], p[1], latencies.count(),
            latencies.median(), latencies.p95(), latencies.max());
      }
    }
  }

  private static String firstDimension(String page) {
    Matcher m = Pattern.compile("<select id=\"m-lignes\" name=\"lignes\">\\s*<option value=\"([^\"]+)\"").matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no dimension on the matrix page");
    }
    return m.group(1);
  }

  private static Latencies time(AtelierFixture atelier, HttpClient client, String path, int n) {
    for (int i = 0; i < Math.min(10, n); i++) {
      get(atelier, client, path);
    }
    double[] millis = new double[n];
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      get(atelier, client, path);
      millis[i] = (System.nanoTime() - t) / 1e6;
    }
    return new Latencies(millis);
  }

  private static void get(AtelierFixture atelier, HttpClient client, String path) {
    HttpResponse<byte[]> answer = atelier.send(client, HttpRequest.newBuilder(URI.create(atelier.base() + path)).GET()
        .build(), HttpResponse.BodyHandlers.ofByteArray());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + answer.statusCode());
    }
  }
}
