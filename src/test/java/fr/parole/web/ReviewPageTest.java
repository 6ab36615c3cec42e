package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Revue over HTTP: decisions written with the person's name and an audit row, never twice, bad input refused. */
class ReviewPageTest extends DemoAtelier {
  private static final Pattern SUGGESTION = Pattern.compile("action=\"/revue/(\\d+)\"");

  @Test
  void theQueueShowsOneSuggestionByItsLabelWithTheKeysAndTheProgress() {
    HttpResponse<String> page = atelier.get(atelier.researcher(), "/revue?livre=esatis");
    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(html.contains("Accepter (a)") && html.contains("aria-keyshortcuts=\"r\"") && html.contains("Passer (s)"));
    assertTrue(Pattern.compile("\\d+ décidées? sur \\d+ ; \\d+ restantes?").matcher(html).find(), html);
    assertTrue(html.contains("Thème : ") || html.contains(" : "), "code shown by its dimension and label");
    assertFalse(html.contains("<h2 id=\"suggestion-code\">esatis/"), "no bare id");
  }

  @Test
  void acceptRejectAndRecodeAreStoredWithTheNameAndAnAuditRow() throws SQLException {
    HttpClient client = atelier.researcher();
    for (String decision : List.of("accepter", "rejeter")) {
      String html = atelier.get(client, "/revue?livre=esatis").body();
      long id = first(html);
      HttpResponse<String> done = atelier.post(client, "/revue/" + id, "_csrf=" + AtelierFixture.csrf(html)
          + "&livre=esatis&decision=" + decision);
      assertEquals(200, done.statusCode(), done.body());
      assertEquals(decision.equals("accepter") ? "accepted" : "rejected", decisionOn(id));
      assertTrue(audited(id), "audit row for " + id);
      assertFalse(SUGGESTION.matcher(done.body()).find() && first(done.body()) == id, "the next one is shown");
    }
    String html = atelier.get(client, "/revue?livre=esatis").body();
    long id = first(html);
    Matcher other = Pattern.compile("<option value=\"(esatis/[^\"]+|[a-z_]+/[a-z_]+)\">").matcher(
        html.substring(html.indexOf("id=\"nouveau\"")));
    assertTrue(other.find());
    HttpResponse<String> recoded = atelier.post(client, "/revue/" + id, "_csrf=" + AtelierFixture.csrf(html)
        + "&livre=esatis&decision=recoder&nouveau=" + other.group(1));
    assertEquals(200, recoded.statusCode(), recoded.body());
    assertEquals("rejected", decisionOn(id));
    assertTrue(recoded.body().contains("Recodé en"));
  }

  @Test
  void theLatestDecisionIsTakenBackFromTheReviewPage() throws SQLException {
    HttpClient client = atelier.researcher();
    String html = atelier.get(client, "/revue?livre=esatis").body();
    long id = first(html);
    HttpResponse<String> done = atelier.post(client, "/revue/" + id, "_csrf=" + AtelierFixture.csrf(html)
        + "&livre=esatis&decision=rejeter");
    assertEquals("rejected", decisionOn(id));
    assertTrue(done.body().contains("Annuler : rejet de « "), "the button names the decision");
    assertEquals(403, atelier.post(client, "/revue/derniere/annuler", "livre=esatis").statusCode(), "no CSRF token");
    assertEquals("rejected", decisionOn(id));
    HttpResponse<String> undone = atelier.post(client, "/revue/derniere/annuler", "_csrf="
        + AtelierFixture.csrf(done.body()) + "&livre=esatis");
    assertEquals(200, undone.statusCode(), undone.body());
    assertTrue(undone.body().contains("Action annulée : rejet de « "), undone.body());
    assertEquals(0, count("SELECT COUNT(*) FROM codings h JOIN codings m ON m.segment_id = h.segment_id"
        + " AND m.codebook = h.codebook AND m.code = h.code WHERE m.id = " + id + " AND h.origin = 'human'"),
        "no decision left: the suggestion is to review again");
  }

  @Test
  void aSuggestionDecidedTwiceKeepsTheFirstDecision() throws SQLException {
    HttpClient first = atelier.researcher();
    HttpClient second = atelier.researcher();
    String one = atelier.get(first, "/revue?livre=esatis").body();
    String two = atelier.get(second, "/revue?livre=esatis").body();
    long id = first(one);
    assertEquals(id, first(two), "both see the same suggestion");
    assertEquals(200, atelier.post(first, "/revue/" + id, "_csrf=" + AtelierFixture.csrf(one)
        + "&livre=esatis&decision=accepter").statusCode());
    HttpResponse<String> late = atelier.post(second, "/revue/" + id, "_csrf=" + AtelierFixture.csrf(two)
        + "&livre=esatis&decision=rejeter");
    assertTrue(late.body().contains("déjà été décidée par alice"), late.body());
    assertEquals("accepted", decisionOn(id));
    assertEquals(1, count("SELECT COUNT(*) FROM codings c JOIN codings m ON m.segment_id = c.segment_id AND m.code = c.code"
        + " AND m.codebook = c.codebook WHERE m.id = " + id + " AND c.origin = 'human'"));
  }

  @Test
  void badRequestsAreRefusedAndNothingIsWritten() throws SQLException {
    HttpClient client = atelier.researcher();
    String html = atelier.get(client, "/revue?livre=esatis").body();
    long id = first(html);
    String csrf = AtelierFixture.csrf(html);
    int before = count("SELECT COUNT(*) FROM codings WHERE origin = 'human'");
    assertEquals(403, atelier.post(client, "/revue/" + id, "livre=esatis&decision=accepter").statusCode());
    HttpResponse<String> unknown = atelier.post(client, "/revue/999999999", "_csrf=" + csrf
        + "&livre=esatis&decision=accepter");
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("Cette suggestion n"));
    assertEquals(400, atelier.post(client, "/revue/abc", "_csrf=" + csrf + "&livre=esatis&decision=accepter")
        .statusCode());
    assertEquals(400, atelier.post(client, "/revue/" + id, "_csrf=" + csrf + "&livre=esatis&decision=peut-etre")
        .statusCode());
    assertEquals(400, atelier.post(client, "/revue/" + id, "_csrf=" + csrf + "&livre=esatis&decision=recoder&nouveau=x/y")
        .statusCode());
    assertEquals(400, atelier.get(client, "/revue?livre=esatis&min=abc").statusCode());
    assertEquals(400, atelier.get(client, "/revue?livre=esatis&code=pas/un-code").statusCode());
    assertEquals(404, atelier.get(client, "/revue?livre=inconnu").statusCode());
    assertEquals(before, count("SELECT COUNT(*) FROM codings WHERE origin = 'human'"));
  }

  @Test
  void filtersByConfidenceKeepOnlyThatRange() {
    HttpResponse<String> page = atelier.get(atelier.researcher(), "/revue?livre=esatis&min=100&max=100");
    assertEquals(200, page.statusCode());
    Matcher confidence = Pattern.compile("confiance <strong>(\\d+) %</strong>").matcher(page.body());
    while (confidence.find()) {
      assertEquals("100", confidence.group(1));
    }
  }

  private static long first(String html) {
    Matcher m = SUGGESTION.matcher(html);
    assertTrue(m.find(), "a suggestion to review");
    return Long.parseLong(m.group(1));
  }

  private String decisionOn(long suggestion) throws SQLException {
    List<String> statuses = new ArrayList<>();
    try (Connection c = connection(); PreparedStatement ps = c.prepareStatement("SELECT h.status, h.coder FROM codings h"
        + " JOIN codings m ON m.segment_id = h.segment_id AND m.codebook = h.codebook AND m.code = h.code"
        + " WHERE m.id = ? AND h.origin = 'human'")) {
      ps.setLong(1, suggestion);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          assertEquals("alice", rs.getString(2));
          statuses.add(rs.getString(1));
        }
      }
    }
    assertEquals(1, statuses.size(), "one decision: " + statuses);
    return statuses.get(0);
  }

  private boolean audited(long suggestion) throws SQLException {
    return count("SELECT COUNT(*) FROM audit_log WHERE person = 'alice' AND target = 'codage " + suggestion + "'") == 1;
  }

  private int count(String sql) throws SQLException {
    return StoreRows.count(atelier.study(), sql);
  }

  private Connection connection() throws SQLException {
    return StoreRows.connection(atelier.study());
  }
}
