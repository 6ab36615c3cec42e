package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.ModelTraining;
import fr.parole.pipeline.Pipeline;
import fr.parole.nlp.FrenchModels;
import fr.parole.study.Study;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review page of a study whose model learns: « le modèle a appris de N décisions », one more
 * after a decision (retrained in the background), « Pourquoi ? » under the suggestion, the order
 * « les plus utiles d'abord » by default, an unknown order refused.
 */
class ReviewLearningTest {
  private static final Pattern SUGGESTION = Pattern.compile("action=\"/revue/(\\d+)\"");

  @Test
  void thePageSaysWhatTheModelLearnedFromAndWhyEachSuggestion(@TempDir Path temporary) throws Exception {
    Study study = Study.open(TestStudies.copyOfDemo(temporary.resolve("demo")));
    Pipeline pipeline = new Pipeline(Progress.SILENT);
    pipeline.run(study, temporary.resolve("rapport"));
    List<Long> turns = TestStudies.segments(study.folder()).stream().filter(s -> s.kind().name().equals("TURN"))
        .map(s -> s.id()).limit(14).toList();
    for (int i = 0; i < turns.size(); i++) {
      pipeline.codeByHand(study, "partenariat", turns.get(i), i % 2 == 0 ? "type/levier" : "type/obstacle", "bob",
          null, null);
    }
    new ModelTraining(FrenchModels.onFirstUse()).train(study, Pipeline.codebook(study, "partenariat"));
    try (AtelierFixture atelier = AtelierFixture.of(study)) {
      HttpClient client = atelier.researcher();
      String html = atelier.get(client, "/revue?livre=partenariat").body();
      assertTrue(html.contains("Le modèle a appris de 14 décisions (mis à jour à l'instant)."), html);
      assertTrue(html.contains("<summary>Pourquoi ?</summary>"), html);
      assertTrue(html.contains("<option value=\"utiles\" selected>les plus utiles d'abord</option>"), html);
      assertTrue(html.contains("name=\"ordre\" value=\"utiles\""), "the order carried by the decision forms");
      Matcher shown = SUGGESTION.matcher(html);
      assertTrue(shown.find());
      String why = atelier.get(client, "/revue/" + shown.group(1) + "/pourquoi?livre=partenariat").body();
      assertTrue(why.contains("Mots qui ont pesé le plus pour ce code dans le modèle") || why.contains("Règle qui a parlé"),
          why);
      assertTrue(!why.contains("s:") && !why.contains("<html"), "a fragment, words as a person reads them: " + why);
      HttpResponse<String> done = atelier.post(client, "/revue/" + shown.group(1), "_csrf=" + AtelierFixture.csrf(html)
          + "&livre=partenariat&ordre=utiles&decision=accepter");
      assertEquals(200, done.statusCode(), done.body());
      assertTrue(done.body().contains("Réentraînement en cours"), "the page says a retraining is on its way");
      atelier.atelier().services().learning().awaitIdle(Duration.ofMinutes(2));
      String after = atelier.get(client, "/revue?livre=partenariat").body();
      assertTrue(after.contains("Le modèle a appris de 15 décisions"), after);

      String corpus = atelier.get(client, "/revue?livre=partenariat&ordre=corpus").body();
      assertTrue(corpus.contains("<option value=\"corpus\" selected>"), corpus);
      HttpResponse<String> bad = atelier.get(client, "/revue?livre=partenariat&ordre=hasard");
      assertEquals(400, bad.statusCode());
      assertTrue(bad.body().contains("Ordre inconnu : « hasard »"), bad.body());
    }
  }
}
