package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.pipeline.Pipeline;
import fr.parole.pipeline.StudyExplorer;
import fr.parole.study.Study;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code parole code} and the atelier writing the same study at once: every decision the atelier
 * said it recorded is in the store, the coding runs finish, the page then says the data changed
 * underneath it, and the atelier's counts are those of the store afterwards.
 */
class CommandBesideAtelierTest extends DemoAtelier {
  private static final Pattern SUGGESTION = Pattern.compile("action=\"/revue/(\\d+)\"");
  private static final Pattern SHOWN = Pattern.compile("/donnees\\?vue=(\\d+)");

  @Test
  void decisionsMadeWhileTheCommandCodesAreAllKept() throws Exception {
    HttpClient client = atelier.researcher();
    String dashboard = atelier.get(client, "/").body();
    Matcher shown = SHOWN.matcher(dashboard);
    assertTrue(shown.find(), "every page asks whether the data changed");
    assertFalse(atelier.get(client, "/donnees?vue=" + shown.group(1)).body().contains("ont changé"));
    String human = "SELECT COUNT(*) FROM codings WHERE origin = 'human' AND coder = 'alice'";
    int before = StoreRows.count(atelier.study(), human);

    // Another process's view of the study: its writes are not the atelier's own.
    Study elsewhere = Study.open(atelier.study().folder());
    CompletableFuture<Void> command = CompletableFuture.runAsync(() -> {
      for (int run = 0; run < 3; run++) {
        new Pipeline(Progress.SILENT).codeBySource(elsewhere);
      }
    });
    int recorded = 0;
    int refusedWhileCoding = 0;
    for (int i = 0; i < 15 || !command.isDone(); i++) {
      String page = atelier.get(client, "/revue?livre=esatis").body();
      Matcher suggestion = SUGGESTION.matcher(page);
      assertTrue(suggestion.find(), page);
      HttpResponse<String> decided = atelier.post(client, "/revue/" + suggestion.group(1),
          "_csrf=" + AtelierFixture.csrf(page) + "&livre=esatis&decision=" + (i % 2 == 0 ? "accepter" : "rejeter"));
      assertEquals(200, decided.statusCode(), decided.body());
      boolean refused = decided.body().contains("déjà été décidée") || decided.body().contains("n'existe plus");
      recorded += refused ? 0 : 1;
      refusedWhileCoding += refused && !command.isDone() ? 1 : 0;
    }
    command.get();

    assertTrue(recorded > 0, recorded + " recorded, " + refusedWhileCoding + " refused (replaced while the command coded)");
    assertEquals(before + recorded, StoreRows.count(atelier.study(), human), "no decision lost");
    assertTrue(atelier.get(client, "/donnees?vue=" + shown.group(1)).body().contains("ont changé depuis l'affichage"),
        "the page says the data changed underneath it");
    StudyExplorer counts = atelier.atelier().services().explorer();
    StudyExplorer afresh = new StudyExplorer(Study.open(atelier.study().folder()));
    assertEquals(afresh.overview(), counts.overview(), "the atelier counts what the store holds now");
    Matcher now = SHOWN.matcher(atelier.get(client, "/").body());
    assertTrue(now.find());
    assertFalse(atelier.get(client, "/donnees?vue=" + now.group(1)).body().contains("ont changé"),
        "a page made after the change is current");
  }

  @Test
  void theAtelierOwnDecisionsDoNotWarn() throws SQLException {
    HttpClient client = atelier.researcher();
    String page = atelier.get(client, "/revue?livre=esatis").body();
    Matcher shown = SHOWN.matcher(page);
    assertTrue(shown.find());
    Matcher suggestion = SUGGESTION.matcher(page);
    assertTrue(suggestion.find());
    assertTrue(atelier.post(client, "/revue/" + suggestion.group(1), "_csrf=" + AtelierFixture.csrf(page)
        + "&livre=esatis&decision=accepter").body().contains("accepté"));
    assertFalse(atelier.get(client, "/donnees?vue=" + shown.group(1)).body().contains("ont changé"));
  }
}
