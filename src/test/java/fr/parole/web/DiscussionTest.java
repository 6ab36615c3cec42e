package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.pipeline.DiscussionService;
import fr.parole.pipeline.Pipeline;
import fr.parole.Progress;
import fr.parole.study.AuditEntry;
import fr.parole.study.CodingRecord;
import fr.parole.study.DiscussionItem;
import fr.parole.study.SegmentRecord;
import fr.parole.study.StudyStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The discussion over HTTP, and what a co-researcher may see: never a raw name, on any page the
 * atelier declares, whatever they ask.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscussionTest {
  /** In the demo's comments (« Le Dr Lefèvre a été remarquable d'humanité. »); pseudonymised as [NOM-n]. */
  static final String RAW_NAME = "Lefèvre";
  private AtelierFixture atelier;
  private SegmentRecord quote;
  private String code;
  private String codeLabel;

  @BeforeAll
  void start(@TempDir Path temporary) {
    atelier = AtelierFixture.of(PeopleTest.demoWithAccounts(temporary), new TestClock());
    quote = quoteWithTheName(atelier.study());
    var book = new DiscussionService(new Pipeline(Progress.SILENT)).codebookOf(atelier.study(), quote).orElseThrow();
    code = book.codes().get(0).path();
    codeLabel = book.codes().get(0).label();
  }

  /** The first segment of the demo that says {@link #RAW_NAME}. */
  static SegmentRecord quoteWithTheName(fr.parole.study.Study study) {
    AtomicReference<SegmentRecord> found = new AtomicReference<>();
    try (StudyStore store = study.openStore()) {
      store.segmentQueries().forEachSegment(0, s -> {
        if (found.get() == null && s.text().contains(RAW_NAME)) {
          found.set(s);
        }
      });
    }
    return java.util.Objects.requireNonNull(found.get(), "the demo says " + RAW_NAME);
  }

  @AfterAll
  void stop() {
    atelier.close();
  }

  private HttpClient claire() {
    return atelier.signedIn("Claire", PeopleTest.PASSWORD);
  }

  private HttpResponse<String> comment(HttpClient client, String body) {
    String token = AtelierFixture.csrf(atelier.get(client, "/discussion").body());
    return atelier.post(client, "/discussion", "_csrf=" + token + "&" + body);
  }

  private List<DiscussionItem> items() {
    try (StudyStore store = atelier.study().openStore()) {
      return store.discussions().all();
    }
  }

  @Test
  void aCoResearcherProposesACodeAndAResearcherTurnsItIntoACoding() {
    HttpClient claire = claire();
    HttpResponse<String> form = atelier.get(claire, "/discussion/nouveau?segment=" + quote.id());
    assertEquals(200, form.statusCode());
    assertTrue(form.body().contains("<option value=\"" + code + "\">" + codeLabel + "</option>"), form.body());
    HttpResponse<String> listed = comment(claire, "cible=segment&id=" + quote.id() + "&code=" + code
        + "&texte=" + AtelierFixture.encode("Ce patient parle du médecin."));
    assertEquals(200, listed.statusCode());
    assertTrue(listed.body().contains("Ce patient parle du médecin.") && listed.body().contains("En attente"));
    DiscussionItem proposal = items().stream().filter(i -> code.equals(i.proposedCode())).findFirst().orElseThrow();
    assertEquals("Claire", proposal.author());

    HttpClient remi = atelier.signedIn("Rémi", PeopleTest.PASSWORD);
    String token = AtelierFixture.csrf(atelier.get(remi, "/discussion").body());
    HttpResponse<String> accepted = atelier.post(remi, "/discussion/" + proposal.id() + "/accepter", "_csrf=" + token);
    assertEquals(200, accepted.statusCode());
    assertTrue(accepted.body().contains("Thème appliqué par Rémi"), accepted.body());
    try (StudyStore store = atelier.study().openStore()) {
      CodingRecord coding = store.codingQueries().codings(proposal.codebook()).stream()
          .filter(c -> c.segmentId() == quote.id() && c.code().equals(code) && "human".equals(c.origin()))
          .findFirst().orElseThrow();
      assertEquals("Rémi", coding.coder());
      assertEquals("accepted", coding.status());
      List<String> actions = store.auditLog().latest(20).stream().map(AuditEntry::action).toList();
      assertTrue(actions.contains("proposition") && actions.contains("proposition-acceptée"), actions.toString());
    }
    assertEquals(409, atelier.post(remi, "/discussion/" + proposal.id() + "/accepter", "_csrf=" + token).statusCode(),
        "a proposal is turned into a coding once");
  }

  @Test
  void aResearcherAnswersOrDeclines() {
    HttpClient claire = claire();
    comment(claire, "cible=code&id=" + AtelierFixture.encode(codeOf())
        + "&texte=" + AtelierFixture.encode("Ce thème mélange deux choses."));
    DiscussionItem onTheme = items().stream().filter(i -> "code".equals(i.targetKind())).findFirst().orElseThrow();
    HttpClient remi = atelier.signedIn("Rémi", PeopleTest.PASSWORD);
    String token = AtelierFixture.csrf(atelier.get(remi, "/discussion").body());
    assertEquals(400, atelier.post(remi, "/discussion/" + onTheme.id() + "/reponse", "_csrf=" + token
        + "&decision=repondre&reponse=").statusCode(), "an empty answer");
    HttpResponse<String> answered = atelier.post(remi, "/discussion/" + onTheme.id() + "/reponse", "_csrf=" + token
        + "&decision=repondre&reponse=" + AtelierFixture.encode("Oui, on le scinde."));
    assertTrue(answered.body().contains("Réponse de Rémi") && answered.body().contains("Oui, on le scinde."));
    assertEquals(409, atelier.post(remi, "/discussion/" + onTheme.id() + "/reponse", "_csrf=" + token
        + "&decision=repondre&reponse=encore").statusCode(), "an answer never replaces another");
    assertEquals(404, atelier.post(remi, "/discussion/999999/reponse", "_csrf=" + token + "&reponse=x").statusCode());
    assertEquals(400, atelier.post(remi, "/discussion/abc/reponse", "_csrf=" + token + "&reponse=x").statusCode());
  }

  private String codeOf() {
    return "esatis/" + code;
  }

  @Test
  void aScriptInACommentStaysText() {
    HttpResponse<String> listed = comment(claire(), "cible=segment&id=" + quote.id() + "&texte="
        + AtelierFixture.encode("<script>alert(1)</script><img src=x onerror=alert(2)>"));
    assertEquals(200, listed.statusCode());
    assertFalse(listed.body().contains("<script>alert") || listed.body().contains("<img src=x"), listed.body());
    assertTrue(listed.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  }

  @Test
  void badFormsAreRefusedAndNothingIsWritten() {
    HttpClient claire = claire();
    int before = items().size();
    assertEquals(400, comment(claire, "cible=autre&id=1&texte=x").statusCode());
    assertEquals(400, comment(claire, "cible=segment&id=abc&texte=x").statusCode());
    assertEquals(404, comment(claire, "cible=segment&id=99999999&texte=x").statusCode());
    assertEquals(404, comment(claire, "cible=code&id=esatis%2Fpas%2Fun-code&texte=x").statusCode());
    assertEquals(404, comment(claire, "cible=code&id=..%2F..%2Fetc%2Fpasswd&texte=x").statusCode());
    assertEquals(400, comment(claire, "cible=segment&id=" + quote.id() + "&code=pas%2Fun-code&texte=x").statusCode());
    HttpResponse<String> empty = comment(claire, "cible=segment&id=" + quote.id() + "&texte=+++");
    assertEquals(400, empty.statusCode());
    assertTrue(empty.body().contains("Écrivez votre remarque"));
    assertEquals(400, comment(claire, "cible=segment&id=" + quote.id() + "&texte=" + "a".repeat(5000)).statusCode());
    String token = AtelierFixture.csrf(atelier.get(claire, "/discussion").body());
    HttpResponse<String> huge = atelier.post(claire, "/discussion", "_csrf=" + token + "&cible=segment&id=" + quote.id()
        + "&texte=" + "a".repeat((int) Atelier.MAX_REQUEST + 10));
    assertTrue(huge.statusCode() == 413 || huge.statusCode() == 400, "oversized: " + huge.statusCode());
    assertTrue(huge.body().contains("lang=\"fr\""), huge.body());
    assertEquals(before, items().size(), "nothing written");
    assertEquals(400, atelier.get(claire, "/discussion/nouveau").statusCode());
    assertEquals(400, atelier.get(claire, "/discussion/nouveau?segment=abc").statusCode());
    assertEquals(404, atelier.get(claire, "/discussion/nouveau?segment=99999999").statusCode());
  }

  @Test
  void aCoResearcherOrAReaderNeverSeesARawNameWhateverTheyAsk() throws IOException {
    comment(claire(), "cible=segment&id=" + quote.id() + "&texte=" + AtelierFixture.encode("À propos du médecin"));
    HttpClient remi = atelier.signedIn("Rémi", PeopleTest.PASSWORD);
    assertTrue(atelier.get(remi, "/discussion?brut=1").body().contains(RAW_NAME),
        "the name is in the demo, raw to a researcher who asks");
    assertFalse(atelier.get(remi, "/discussion").body().contains(RAW_NAME), "pseudonymised by default");
    String source = Long.toString(quote.sourceId());
    // « remarquable » is a word of the quote (a search for the name itself would echo what was typed).
    String query = "?brut=1&segment=" + quote.id() + "&source=" + source + "&q=remarquable";
    List<String> paths = atelier.atelier().paths("GET");
    for (HttpClient client : List.of(claire(), atelier.signedIn("Louis", PeopleTest.PASSWORD))) {
      for (String path : paths) {
        String filled = RouteWalk.fill(path, Long.toString(quote.id()), source, codeOf());
        for (String address : List.of(filled, filled + query, filled + "?brut=1")) {
          HttpResponse<byte[]> response = atelier.send(client, HttpRequest.newBuilder(URI.create(atelier.base()
              + address)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
          String text = readable(response.body());
          assertFalse(text.contains(RAW_NAME) || text.contains("Mme Bernard"), address + " shows a raw name");
        }
      }
    }
  }

  /** The response as text; an XLSX (a zip) unpacked, entry by entry. */
  private static String readable(byte[] body) throws IOException {
    if (body.length < 2 || body[0] != 'P' || body[1] != 'K') {
      return new String(body, StandardCharsets.UTF_8);
    }
    StringBuilder text = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return text.toString();
  }
}
