package fr.parole.bench;

import fr.parole.web.AtelierFixture;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document page's coding actions as a person lives them (issue 13): apply a code to a segment,
 * then « Annuler », each a POST answered by the document's page (post, redirect, get), timed
 * together. Alternates on the first codable segments of the first document with a codebook, so
 * each undo reverses the coding just applied and the store ends as it began.
 */
final class CodingActionsTiming {
  private static final Pattern DOCUMENT = Pattern.compile("href=\"/documents/(\\d+)\"");
  private static final Pattern SEGMENT = Pattern.compile("data-choose=\"(\\d+)\"");
  private static final Pattern CODE = Pattern.compile("name=\"codes\" value=\"([^\"]+)\"");

  private CodingActionsTiming() {}

  /** Applied codes then undos, timed; [0] apply, [1] undo. Null when no document can be coded. */
  static Latencies[] applyAndUndo(AtelierFixture atelier, HttpClient client, int n) {
    Matcher documents = DOCUMENT.matcher(atelier.get(client, "/documents").body());
    while (documents.find()) {
      String path = "/documents/" + documents.group(1);
      String page = atelier.get(client, path).body();
      Matcher segment = SEGMENT.matcher(page);
      Matcher code = CODE.matcher(page);
      if (segment.find() && code.find()) {
        return time(atelier, client, path, segment.group(1), code.group(1), AtelierFixture.csrf(page), n);
      }
    }
    return null;
  }

  private static Latencies[] time(AtelierFixture atelier, HttpClient client, String path, String segment, String code,
      String csrf, int n) {
    double[] apply = new double[n];
    double[] undo = new double[n];
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      check(atelier.post(client, path + "/codages", "_csrf=" + csrf + "&page=1&segment=" + segment + "&codes="
          + AtelierFixture.encode(code)), "apply");
      apply[i] = (System.nanoTime() - t) / 1e6;
      t = System.nanoTime();
      check(atelier.post(client, path + "/annuler", "_csrf=" + csrf + "&page=1"), "undo");
      undo[i] = (System.nanoTime() - t) / 1e6;
    }
    return new Latencies[] {new Latencies(apply), new Latencies(undo)};
  }

  private static void check(HttpResponse<String> answer, String what) {
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(what + " answered " + answer.statusCode() + ": " + answer.body());
    }
  }
}
