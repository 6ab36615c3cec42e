package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** « Livre de codes » over HTTP: who may change it, each change a version, stale forms refused. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodebookPageTest {
  private AtelierFixture atelier;

  @BeforeAll
  void start(@TempDir Path temporary) {
    atelier = AtelierFixture.of(PeopleTest.demoWithAccounts(temporary), new TestClock());
  }

  @AfterAll
  void stop() {
    atelier.close();
  }

  private static String state(String html) {
    Matcher m = Pattern.compile("name=\"etat\" value=\"([0-9a-f]+)\"").matcher(html);
    assertTrue(m.find(), "the page's forms carry the codebook's fingerprint");
    return m.group(1);
  }

  private HttpResponse<String> post(HttpClient client, String action, String state, String... fields) {
    String page = atelier.get(client, CodebookPage.PATH).body();
    StringBuilder body = new StringBuilder("_csrf=" + AtelierFixture.csrf(page) + "&livre=partenariat&etat="
        + (state != null ? state : state(page)));
    for (int i = 0; i < fields.length; i += 2) {
      body.append('&').append(fields[i]).append('=').append(AtelierFixture.encode(fields[i + 1]));
    }
    return atelier.post(client, CodebookPage.PATH + action, body.toString());
  }

  @Test
  void theResearcherSeesTheTreeByLabelWithCountsAndForms() {
    String page = atelier.get(atelier.researcher(), CodebookPage.PATH).body();
    assertTrue(page.contains("<h1>Livre de codes : Partenariat patient-soignant</h1>"), page);
    assertTrue(page.contains("<strong>Formation et acculturation</strong>"));
    assertTrue(page.contains(", sous-code de Levier</span>"));
    assertTrue(page.contains("suggestions de la machine") && page.contains("aucun codage par une personne"), page);
    assertTrue(page.contains("href=\"/livre-de-codes/code?livre=partenariat&amp;code=type/formation\""), page);
    String forms = atelier.get(atelier.researcher(), CodebookPage.PATH + "/code?livre=partenariat&code=type/levier").body();
    assertTrue(forms.contains("<label for=\"vers\">Déplacer vers (avec ses sous-codes)</label>"), forms);
    assertTrue(forms.contains("<option value=\"type\">En tête de « Type d'énoncé »</option>")
        || forms.contains("<option value=\"type\">En tête de « Type d&#39;énoncé »</option>"), forms);
    assertFalse(forms.contains("<option value=\"type/formation\">"), "not under its own sub-code");
    assertTrue(page.contains("Toutes les versions</a>"), page);
    assertTrue(page.contains("href=\"/livre-de-codes\" aria-current=\"page\""), "in the navigation");
  }

  @Test
  void aCoResearcherReadsButCannotChangeAndAReaderCannotOpenIt() {
    HttpClient claire = atelier.signedIn("Claire", PeopleTest.PASSWORD);
    HttpResponse<String> read = atelier.get(claire, CodebookPage.PATH);
    assertEquals(200, read.statusCode());
    assertFalse(read.body().contains("/livre-de-codes/modifier"), "no form for a co-researcher");
    assertEquals(403, post(claire, "/creer", "0", "dimension", "type", "libelle", "Essai").statusCode());
    assertEquals(403, atelier.get(atelier.signedIn("Louis", PeopleTest.PASSWORD), CodebookPage.PATH).statusCode());
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefused() {
    HttpResponse<String> refused = atelier.post(atelier.researcher(), CodebookPage.PATH + "/creer",
        "livre=partenariat&dimension=type&libelle=Sans+jeton");
    assertEquals(403, refused.statusCode());
    assertFalse(atelier.get(atelier.researcher(), CodebookPage.PATH).body().contains("Sans jeton"));
  }

  @Test
  void createColourMergeAndRestoreEachWriteAVersion() {
    HttpClient alice = atelier.researcher();
    HttpResponse<String> created = post(alice, "/creer", null, "dimension", "type", "parent", "levier", "libelle",
        "Temps partagé");
    assertEquals(200, created.statusCode());
    assertTrue(created.body().contains("enregistrée : Code « Temps partagé » créé dans « Type d'énoncé » sous « Levier »"),
        created.body());
    HttpResponse<String> coloured = post(alice, "/modifier", null, "code", "type/temps_partage", "libelle",
        "Temps partagé", "definition", "Du temps dégagé pour le partenariat.", "exemples", "On a eu une heure.\n",
        "couleur", "#2CA02C");
    assertTrue(coloured.body().contains("fill=\"#2ca02c\""), coloured.body());
    HttpResponse<String> merged = post(alice, "/fusionner", null, "code", "type/temps_partage", "cible", "type/levier");
    assertTrue(merged.body().contains("« Temps partagé » fusionné dans « Levier »"), merged.body());
    String versions = atelier.get(alice, CodebookPage.PATH + "/versions").body();
    assertTrue(versions.contains("Restaurer cette version") && versions.contains("Version d&#39;origine")
        || versions.contains("Version d'origine"), versions);
    Matcher number = Pattern.compile("Version (\\d+) enregistrée").matcher(coloured.body());
    assertTrue(number.find());
    HttpResponse<String> restored = post(alice, "/restaurer", null, "numero", number.group(1));
    assertTrue(restored.body().contains("Version " + number.group(1) + " restaurée"), restored.body());
    assertTrue(restored.body().contains("<strong>Temps partagé</strong>"));
  }

  @Test
  void aChangeFromAStaleFormIsRefusedAndTheOtherOneKept() {
    HttpClient alice = atelier.researcher();
    String seen = state(atelier.get(alice, CodebookPage.PATH).body());
    assertEquals(200, post(alice, "/creer", seen, "dimension", "acteur", "libelle", "Aidant familial").statusCode());
    HttpResponse<String> stale = post(alice, "/creer", seen, "dimension", "acteur", "libelle", "Voisin");
    assertEquals(409, stale.statusCode());
    assertTrue(stale.body().contains("a changé depuis que vous l&#39;avez ouvert")
        || stale.body().contains("a changé depuis que vous l'avez ouvert"), stale.body());
    assertTrue(stale.body().contains("<strong>Aidant familial</strong>") && !stale.body().contains("<strong>Voisin</strong>"));
  }

  @Test
  void badInputIsSaidOnThePage() {
    HttpClient alice = atelier.researcher();
    HttpResponse<String> descendant = post(alice, "/fusionner", null, "code", "type/obstacle", "cible",
        "type/manque_de_temps");
    assertEquals(400, descendant.statusCode());
    assertTrue(descendant.body().contains("est un sous-code de « Obstacle »"), descendant.body());
    HttpResponse<String> colour = post(alice, "/modifier", null, "code", "type/obstacle", "libelle", "Obstacle",
        "couleur", "rouge");
    assertEquals(400, colour.statusCode());
    assertTrue(colour.body().contains("#rrggbb"));
    assertEquals(400, post(alice, "/creer", null, "dimension", "type", "libelle", " ").statusCode());
  }

  @Test
  void theDeletionPageSaysWhatHappensToTheCodingsFirst() {
    HttpClient alice = atelier.researcher();
    String confirm = atelier.get(alice, CodebookPage.PATH + "/supprimer?livre=partenariat&code=acteur/pair_aidant").body();
    assertTrue(confirm.contains("seront supprimées") || confirm.contains("sera supprimée")
        || confirm.contains("Aucun codage"), confirm);
    assertTrue(confirm.contains("Supprimer le code « Pair-aidant »") || confirm.contains("Supprimer le code"), confirm);
    HttpResponse<String> deleted = post(alice, "/supprimer", null, "code", "acteur/pair_aidant");
    assertEquals(200, deleted.statusCode());
    assertTrue(deleted.body().contains("supprimé."), deleted.body());
  }

  @Test
  void theSplitPageListsTheCodesSegmentsPreviewsAndMovesTheTickedOnes() {
    HttpClient alice = atelier.researcher();
    String base = CodebookPage.PATH + "/scinder?livre=partenariat&code=type/levier&libelle="
        + AtelierFixture.encode("Levier financier");
    HttpResponse<String> form = atelier.get(alice, base);
    assertEquals(200, form.statusCode(), form.body());
    Matcher total = Pattern.compile("Segments codés « Levier » : (\\d+) en tout").matcher(form.body());
    assertTrue(total.find(), form.body());
    Matcher box = Pattern.compile("name=\"segment\" value=\"(\\d+)\"").matcher(form.body());
    assertTrue(box.find(), "a box per segment of the code");
    String segment = box.group(1);
    assertFalse(form.body().contains("<script>"), "no inline script");

    HttpResponse<String> none = atelier.get(alice, base + "&requete=zqxwvk&apercu=1");
    assertEquals(400, none.statusCode());
    assertTrue(none.body().contains("la recherche « zqxwvk » ne trouve aucun segment"), none.body());
    HttpResponse<String> bad = atelier.get(alice, base + "&requete=" + AtelierFixture.encode("patient AND (") + "&apercu=1");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("Scission de « Levier »"), bad.body());
    assertEquals(400, atelier.get(alice, base + "&segment=abc&apercu=1").statusCode());

    HttpResponse<String> preview = atelier.get(alice, base + "&segment=" + segment + "&apercu=1");
    assertEquals(200, preview.statusCode(), preview.body());
    assertTrue(preview.body().contains("sur 1 segment(s) (1 segment(s) choisi(s))") && preview.body()
        .contains("sur « Levier financier »"), preview.body());
    assertTrue(preview.body().contains("Scinder et déplacer ces codages"));

    HttpResponse<String> done = post(alice, "/scinder", null, "code", "type/levier", "libelle", "Levier financier",
        "requete", "", "segment", segment);
    assertEquals(200, done.statusCode(), done.body());
    assertTrue(done.body().contains("de « Levier » à « Levier financier » (1 segment(s) choisi(s))"), done.body());
    String moved = atelier.get(alice, CodebookPage.PATH + "/scinder?livre=partenariat&code=type/levier_financier").body();
    assertTrue(moved.contains("value=\"" + segment + "\""), "the ticked segment is now the new code's");
  }

  @Test
  void theMergePageSaysWhatFollowsBeforeMerging() {
    HttpClient alice = atelier.researcher();
    HttpResponse<String> preview = atelier.get(alice, CodebookPage.PATH + "/fusionner?livre=partenariat"
        + "&code=niveau/relation_de_soins&cible=niveau/intermediaire");
    assertEquals(200, preview.statusCode(), preview.body());
    assertTrue(preview.body().contains("Codages qui passeront sur « Intermédiaire (méso) »"), preview.body());
    assertTrue(preview.body().contains("action=\"/livre-de-codes/fusionner\"") && preview.body().contains("_csrf"));
    assertEquals(400, atelier.get(alice, CodebookPage.PATH + "/fusionner?livre=partenariat&code=niveau/intermediaire")
        .statusCode());
  }

  @Test
  void aMergeThatWouldDoubleAnExclusiveDimensionIsRefusedOnItsPreviewAndOnPost() {
    long segment;
    try (fr.parole.study.StudyStore store = atelier.study().openStore()) {
      segment = store.codingQueries().codings("partenariat").stream().map(c -> c.segmentId()).findFirst().orElseThrow();
    }
    try (fr.parole.study.StudyStore store = atelier.study().openStore();
        fr.parole.study.StoreTransaction tx = store.begin()) {
      for (String code : new String[] {"acteur/patient_ressource", "niveau/intermediaire"}) {
        tx.codings().add(new fr.parole.study.NewCoding(segment, "partenariat", code, "Alice", "human", null, "accepted",
            null, null, null));
      }
      tx.commit();
    }
    HttpClient alice = atelier.researcher();
    HttpResponse<String> preview = atelier.get(alice, CodebookPage.PATH + "/fusionner?livre=partenariat"
        + "&code=acteur/patient_ressource&cible=niveau/institutionnel");
    assertEquals(400, preview.statusCode());
    assertTrue(preview.body().contains("est exclusive (un code par segment) et 1 segment porterait alors deux de ses codes")
        && preview.body().contains("(Alice : « Patient ressource » et « Intermédiaire (méso) »)")
        && !preview.body().contains("action=\"/livre-de-codes/fusionner\""), preview.body());
    HttpResponse<String> posted = post(alice, "/fusionner", null, "code", "acteur/patient_ressource", "cible",
        "niveau/institutionnel");
    assertEquals(400, posted.statusCode());
    assertTrue(posted.body().contains("Rien n&#39;a été modifié") || posted.body().contains("Rien n'a été modifié"),
        posted.body());
    assertTrue(posted.body().contains("<strong>Patient ressource</strong>"), "the code is still there");
  }
}
