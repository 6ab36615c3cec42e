package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Pipeline;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counts read in index order are those SQLite's grouping gave (the query kept here as the
 * reference), on the demo's coding with people's decisions of every kind added, a threshold
 * raised, a suggestion without confidence and a second codebook.
 */
class CodeCountsTest {
  /** The former query of {@link CodingQueries#codeCounts()}, a GROUP BY per segment and then per state. */
  private static final String GROUPED = "SELECT codebook, code, state, SUM(n), COUNT(*) FROM"
      + " (SELECT c.codebook, c.code, c.segment_id, COUNT(*) AS n, CASE"
      + "   WHEN MAX(" + Codings.humanDecision("c.") + " AND c.status <> 'rejected') = 1 THEN 'accepted'"
      + "   WHEN MAX(" + Codings.humanDecision("c.") + ") = 1 THEN 'rejected'"
      + "   WHEN MAX(COALESCE(c.confidence, 1.0)) >= COALESCE(t.threshold, " + CodeThreshold.DEFAULT + ")"
      + "     THEN 'suggested' ELSE 'below' END AS state"
      + "  FROM codings c LEFT JOIN code_thresholds t ON t.codebook = c.codebook AND t.code = c.code"
      + "  GROUP BY c.codebook, c.code, c.segment_id)"
      + " GROUP BY codebook, code, state ORDER BY codebook, code, state";

  @TempDir
  Path dir;

  @Test
  void theCountsReadInIndexOrderAreThoseOfTheGroupedQuery() throws Exception {
    Study study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    Pipeline pipeline = new Pipeline(Progress.SILENT);
    pipeline.importStudy(study);
    pipeline.codeBySource(study);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + study.storeFile())) {
      List<long[]> suggestions = new ArrayList<>(); // id, segment id
      List<String> codes = new ArrayList<>();
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
          "SELECT id, segment_id, code FROM codings WHERE codebook = 'esatis' ORDER BY id LIMIT 6")) {
        while (rs.next()) {
          suggestions.add(new long[] {rs.getLong(1), rs.getLong(2)});
          codes.add(rs.getString(3));
        }
      }
      assertEquals(6, suggestions.size());
      human(c, suggestions.get(0)[1], "esatis", codes.get(0), "alice", "accepted"); // beside the suggestion
      human(c, suggestions.get(1)[1], "esatis", codes.get(1), "alice", "rejected");
      human(c, suggestions.get(2)[1], "esatis", codes.get(2), "alice", "rejected"); // two people disagree
      human(c, suggestions.get(2)[1], "esatis", codes.get(2), "bruno", "accepted");
      human(c, suggestions.get(3)[1], "esatis", "esatis/nouveau", "alice", "accepted"); // no suggestion
      try (Statement st = c.createStatement()) {
        st.execute("UPDATE codings SET status = 'accepted' WHERE id = " + suggestions.get(4)[0]); // accepted in review
        st.execute("UPDATE codings SET status = 'rejected' WHERE id = " + suggestions.get(5)[0]);
        st.execute("UPDATE codings SET confidence = NULL WHERE id = (SELECT MAX(id) FROM codings)");
        st.execute("INSERT OR REPLACE INTO code_thresholds (codebook, code, threshold, origin)"
            + " SELECT codebook, code, 0.95, 'codebook' FROM codings WHERE id = " + suggestions.get(0)[0]);
      }
      human(c, suggestions.get(0)[1], "autre", "é/x", "alice", "accepted");
      human(c, suggestions.get(1)[1], "autre", "z/x", "alice", "rejected");

      List<CodeCount> grouped = new ArrayList<>();
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(GROUPED)) {
        while (rs.next()) {
          grouped.add(new CodeCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
        }
      }
      assertTrue(grouped.stream().map(CodeCount::status).distinct().count() == 4, grouped.toString());
      try (StudyStore store = study.openStore()) {
        assertEquals(grouped, store.codingQueries().codeCounts());
      }
    }
  }

  private static void human(Connection c, long segment, String codebook, String code, String coder, String status)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO codings (segment_id, codebook, code, coder, origin,"
        + " status, at) VALUES (?, ?, ?, ?, 'human', ?, '2026-12-05T03:00:00Z')")) {
      ps.setLong(1, segment);
      ps.setString(2, codebook);
      ps.setString(3, code);
      ps.setString(4, coder);
      ps.setString(5, status);
      ps.executeUpdate();
    }
  }
}
