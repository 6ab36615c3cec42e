package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Accounts;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.SegmentRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * « Codage en aveugle » over HTTP: a researcher assigns a document to two coders, each codes blind
 * (the others' codings and the machine's suggestions refused them, 403, on every page that shows
 * them), then the researcher sees the disagreements side by side and settles one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlindPageTest {
  static final String PASSWORD = "mot-de-passe-assez-long";
  private static final String DQ2 = "entretiens/DQ2.md";
  private AtelierFixture atelier;
  private List<SegmentRecord> dq2;
  private long otherSource;

  @BeforeAll
  void start(@TempDir Path temporary) {
    Study study = demoWithCoders(temporary, false);
    dq2 = new ArrayList<>();
    List<Long> others = new ArrayList<>();
    try (StudyStore store = study.openStore()) {
      store.segmentQueries().forEachSegment(0, s -> {
        if (s.sourcePath().equals(DQ2) && s.kind().isAnalysed()) {
          dq2.add(s);
        } else if (s.sourcePath().startsWith("entretiens/") && !s.sourcePath().equals(DQ2)) {
          others.add(s.sourceId());
        }
      });
    }
    otherSource = others.get(0);
    atelier = AtelierFixture.of(study);
  }

  /** The demo, coded, with Rémi, Anne, Bruno (who may review) and Claire (who may if {@code claireReviews}). */
  static Study demoWithCoders(Path temporary, boolean claireReviews) {
    Study study = Study.open(TestStudies.copyOfDemo(temporary.resolve("demo")));
    new Pipeline(Progress.SILENT).run(study, temporary.resolve("rapport"));
    Accounts accounts = new Accounts();
    accounts.add(study, "Rémi", "chercheur", PASSWORD.toCharArray(), true, "test");
    accounts.add(study, "Anne", "co-chercheur", PASSWORD.toCharArray(), true, "test");
    accounts.add(study, "Bruno", "chercheur", PASSWORD.toCharArray(), true, "test");
    accounts.add(study, "Claire", "co-chercheur", PASSWORD.toCharArray(), claireReviews, "test");
    return study;
  }

  @AfterAll
  void stop() {
    atelier.close();
  }

  private HttpResponse<String> post(HttpClient client, String page, String path, String body) {
    String token = AtelierFixture.csrf(atelier.get(client, page).body());
    return atelier.post(client, path, "_csrf=" + token + (body.isEmpty() ? "" : "&" + body));
  }

  @Test
  void assignCodeBlindRefuseThePeekThenSettleADisagreement() {
    HttpClient remi = atelier.signedIn("Rémi", PASSWORD);
    HttpResponse<String> list = atelier.get(remi, "/aveugle");
    assertEquals(200, list.statusCode());
    assertTrue(list.body().contains("Nouvelle affectation") && list.body().contains("value=\"Anne\"")
        && !list.body().contains("value=\"Claire\""), list.body());
    HttpResponse<String> oneCoder = post(remi, "/aveugle", "/aveugle", "codeur=Anne&selection=source&source="
        + AtelierFixture.encode(DQ2));
    assertEquals(400, oneCoder.statusCode());
    assertTrue(oneCoder.body().contains("Une affectation demande au moins deux codeurs différents"), oneCoder.body());
    HttpResponse<String> created = post(remi, "/aveugle", "/aveugle", "codeur=Anne&codeur=Bruno&selection=source&source="
        + AtelierFixture.encode(DQ2));
    assertEquals(200, created.statusCode(), created.body());
    assertTrue(created.body().contains("Accord des codeurs · affectation n° 1") && created.body().contains(
        "5 segment(s) (source " + DQ2 + ")"), created.body());

    HttpClient anne = atelier.signedIn("Anne", PASSWORD);
    HttpClient bruno = atelier.signedIn("Bruno", PASSWORD);
    long s1 = dq2.get(0).id();
    String coded = "code=" + AtelierFixture.encode("type/levier");
    assertEquals(200, post(anne, "/aveugle/1", "/aveugle/1/segments/" + s1, coded).statusCode());
    assertEquals(200, post(bruno, "/aveugle/1", "/aveugle/1/segments/" + s1, "code="
        + AtelierFixture.encode("type/obstacle")).statusCode());
    HttpResponse<String> annesPage = atelier.get(anne, "/aveugle/1");
    assertEquals(200, annesPage.statusCode());
    // Her own code only: Bruno's and the machine's are not shown.
    String item = annesPage.body().substring(annesPage.body().indexOf("id=\"segment-" + s1 + "\""));
    String own = item.substring(0, item.indexOf("class=\"blind-code\""));
    assertTrue(own.contains("<li>Levier") && !own.contains("Obstacle"), own);
    // She withdraws a code of hers; Bruno's is not hers to withdraw.
    long s2 = dq2.get(1).id();
    post(anne, "/aveugle/1", "/aveugle/1/segments/" + s2, "code=" + AtelierFixture.encode("type/pratique"));
    String withPratique = atelier.get(anne, "/aveugle/1").body();
    java.util.regex.Matcher coding = java.util.regex.Pattern.compile("segments/" + s2
        + "/retirer\" class=\"inline\">\\s*<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\">\\s*"
        + "<input type=\"hidden\" name=\"codage\" value=\"(\\d+)\"").matcher(withPratique);
    assertTrue(coding.find(), withPratique);
    assertEquals(200, post(anne, "/aveugle/1", "/aveugle/1/segments/" + s2 + "/retirer", "codage=" + coding.group(1))
        .statusCode());
    String afterWithdrawal = atelier.get(anne, "/aveugle/1").body();
    assertTrue(afterWithdrawal.substring(afterWithdrawal.indexOf("id=\"segment-" + s2 + "\""))
        .contains("Vos codes : aucun pour l'instant"));
    long brunos;
    try (StudyStore store = atelier.study().openStore()) {
      brunos = store.codingQueries().codings("partenariat").stream().filter(c -> c.coder().equals("Bruno")).findFirst()
          .orElseThrow().id();
    }
    HttpResponse<String> notHers = post(anne, "/aveugle/1", "/aveugle/1/segments/" + s1 + "/retirer", "codage=" + brunos);
    assertEquals(400, notHers.statusCode());
    assertTrue(notHers.body().contains("Ce codage n'est pas l'un des vôtres"), notHers.body());
    HttpResponse<String> noCode = post(anne, "/aveugle/1", "/aveugle/1/segments/" + s2, "code=");
    assertEquals(400, noCode.statusCode());
    assertTrue(noCode.body().contains("Choisissez au moins un code."), noCode.body());
    assertEquals(5, annesPage.body().split("class=\"blind-code\"", -1).length - 1);

    // A blinded coder asking for the others' codings is refused, with a clear message.
    HttpResponse<String> peek = atelier.get(anne, "/aveugle/1/accord");
    assertEquals(403, peek.statusCode());
    assertTrue(peek.body().contains("Vous êtes codeur de l'affectation n° 1, en cours"), peek.body());
    long source = dq2.get(0).sourceId();
    for (String path : List.of("/documents/" + source, "/documents/segment/" + s1, "/revue", "/themes/partenariat/type/levier",
        "/segments", "/matrices", "/matrices.xlsx")) {
      HttpResponse<String> refused = atelier.get(anne, path);
      assertEquals(403, refused.statusCode(), path);
      assertTrue(refused.body().contains("Vous codez en aveugle (affectation en cours)"), path + refused.body());
    }
    HttpResponse<String> documentBeside = post(anne, "/aveugle/1", "/documents/" + source + "/codages", "segment="
        + s1 + "&" + coded);
    assertEquals(403, documentBeside.statusCode());
    assertEquals(200, atelier.get(anne, "/documents/" + otherSource).statusCode());
    HttpResponse<String> outside = post(anne, "/aveugle/1", "/aveugle/1/segments/" + (s1 - 1), coded);
    assertEquals(400, outside.statusCode());
    assertTrue(outside.body().contains("n'est pas dans l'affectation n° 1"), outside.body());
    HttpClient claire = atelier.signedIn("Claire", PASSWORD);
    assertEquals(403, atelier.get(claire, "/aveugle").statusCode());
    assertEquals(200, atelier.get(claire, "/documents/" + source).statusCode(), "Claire codes nothing blind");

    HttpResponse<String> agreement = atelier.get(remi, "/aveugle/1/accord");
    assertEquals(200, agreement.statusCode());
    assertTrue(agreement.body().contains("<h3>Anne et Bruno</h3>"), agreement.body());
    // The team's table comes first: one segment coded by both (Anne withdrew her other code), Levier against Obstacle.
    String team = agreement.body().substring(agreement.body().indexOf("<h2>Toute l'équipe (2 codeurs)</h2>"),
        agreement.body().indexOf("<h2>Détail par paire de codeurs</h2>"));
    assertTrue(team.contains("<li>Anne : 1 segment(s) codé(s)</li>") && team.contains("<li>Bruno : 1 segment(s) codé(s)</li>")
        && team.contains("Kappa de Fleiss") && team.contains("<th scope=\"row\">Levier</th><td>1</td><td>0,000</td>"), team);
    String divergence = agreement.body().substring(agreement.body().indexOf("id=\"desaccord-" + s1 + "-type\""));
    assertTrue(divergence.contains("<p class=\"by\">Anne</p><p>Levier</p>")
        && divergence.contains("<p class=\"by\">Bruno</p><p>Obstacle</p>"), divergence);
    assertFalse(divergence.substring(0, divergence.indexOf("</li>")).contains("type/levier</p>"));
    HttpResponse<String> settled = post(remi, "/aveugle/1/accord", "/aveugle/1/resoudre", "segment=" + s1
        + "&dimension=type&code=" + AtelierFixture.encode("type/obstacle"));
    assertEquals(200, settled.statusCode());
    assertTrue(settled.body().contains("Tranché par Rémi le ") && settled.body().contains(" : Obstacle."),
        settled.body());
    try (StudyStore store = atelier.study().openStore()) {
      List<String> onS1 = store.codingQueries().codings("partenariat").stream()
          .filter(c -> c.segmentId() == s1 && "human".equals(c.origin()))
          .map(c -> c.coder() + " " + c.status() + " " + c.code()).sorted().toList();
      assertEquals(List.of("Anne accepted type/levier", "Bruno accepted type/obstacle", "Rémi accepted type/obstacle",
          "Rémi rejected type/levier"), onS1);
    }

    assertEquals(200, post(remi, "/aveugle/1/accord", "/aveugle/1/clore", "").statusCode());
    assertEquals(200, atelier.get(anne, "/documents/" + source).statusCode(), "closed: she sees everything again");
    assertEquals(200, atelier.get(anne, "/revue").statusCode(), "and may review again");
  }
}
