package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.study.CodingRecord;
import fr.parole.study.OldStores;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source study.yaml gives to another codebook loses the machine's pending suggestions of the one
 * that coded it, when the next coding run runs, also in a store written before V18 (which began
 * listing what each codebook coded in {@code coded_sources}) or migrated past it; a person's
 * codings, and the suggestions a person accepted or rejected, stay.
 */
class ReassignedSourcesTest {
  /** Before: both sources coded with the study's codebook (partenariat). Now: the comments go to esatis. */
  private static final String YAML = """
      name: t
      codebook: partenariat
      sources:
        - path: verbatims/
          type: verbatims
          codebook: esatis
        - path: entretiens/
          type: transcript
      """;
  private static final String COMMENT = "La chambre était bruyante et le repas froid.";
  private static final String TURN = "Le patient est partenaire de ses soins : on l'écoute et on décide avec lui.";

  @TempDir
  Path dir;

  private final Pipeline pipeline = new Pipeline(Progress.SILENT);

  private Study study() {
    return Study.open(TestStudies.write(dir.resolve("s"), YAML, "verbatims/a.csv", "texte\n" + COMMENT + "\n",
        "entretiens/b.md", "P 1 : " + TURN + "\n"));
  }

  /**
   * The sources, segments and codings of a store at {@code version}: comments 1 and 2 (source 1)
   * and turn 3 (source 2) coded with partenariat. Codings 1, 2 and 6 are the machine's pending
   * suggestions; 3 is alice's, 4 a suggestion she accepted, 5 one she rejected.
   */
  private static void partenariatOnBoth(Statement st, int version) throws SQLException {
    st.execute("INSERT INTO sources (id, path, format, content_hash, content, imported_at) VALUES"
        + " (1, 'verbatims/a.csv', 'verbatims', 'h1', NULL, 'now'), (2, 'entretiens/b.md', 'transcript/md', 'h2',"
        + " NULL, 'now')");
    st.execute("INSERT INTO segments (id, source_id, ordinal, kind, speaker, start_offset, end_offset, line, text,"
        + " word_count) VALUES (1, 1, 0, 'comment', NULL, 0, 45, 2, '" + COMMENT + "', 9),"
        + " (2, 1, 1, 'comment', NULL, 0, 45, 3, '" + COMMENT + "', 9),"
        + " (3, 2, 0, 'turn', 'P 1', 6, 80, 1, '" + TURN.replace("'", "''") + "', 15)");
    String evidence = version < 20 ? "evidence" : "evidence_id";
    st.execute("INSERT INTO codings (id, segment_id, codebook, code, coder, origin, confidence, status, " + evidence
        + ", at) VALUES (1, 1, 'partenariat', 'type/levier', 'machine', 'rule', 0.9, 'suggested', NULL, 'now'),"
        + " (2, 2, 'partenariat', 'type/obstacle', 'machine', 'model', 0.7, 'suggested', NULL, 'now'),"
        + " (3, 1, 'partenariat', 'type/pratique', 'alice', 'human', NULL, 'accepted', NULL, 'now'),"
        + " (4, 2, 'partenariat', 'type/levier', 'machine', 'rule', 0.8, 'accepted', NULL, 'now'),"
        + " (5, 1, 'partenariat', 'type/obstacle', 'machine', 'rule', 0.6, 'rejected', NULL, 'now'),"
        + " (6, 3, 'partenariat', 'ancien/code', 'machine', 'rule', 0.9, 'suggested', NULL, 'now')");
  }

  /** The partenariat codings of the comments (source 1), by id: status. */
  private static Map<Long, String> partenariatOnComments(Study study) {
    Map<Long, String> codings = new TreeMap<>();
    try (StudyStore store = study.openStore()) {
      for (CodingRecord coding : store.codingQueries().codings("partenariat")) {
        if (coding.segmentId() <= 2) {
          codings.put(coding.id(), coding.status());
        }
      }
    }
    return codings;
  }

  private static final Map<Long, String> PEOPLES = Map.of(3L, "accepted", 4L, "accepted", 5L, "rejected");

  @Test
  void aStoreFromBeforeV18LosesTheOldCodebooksSuggestionsOnTheSourcesGivenToAnother() throws Exception {
    Study study = study();
    OldStores.storeAt(study.storeFile(), 17, st -> partenariatOnBoth(st, 17));

    List<CodingRun> runs = pipeline.codeBySource(study);
    assertEquals(List.of("esatis", "partenariat"), runs.stream().map(CodingRun::codebook).sorted().toList());
    assertEquals(PEOPLES, partenariatOnComments(study),
        "the machine's pending partenariat suggestions on the comments are gone; people's decisions stay");
    try (StudyStore store = study.openStore()) {
      assertTrue(store.codingQueries().codings("partenariat").stream().noneMatch(c -> c.id() == 6),
          "the transcript, still partenariat's, was coded again");
      assertTrue(store.codingQueries().codings("esatis").stream().allMatch(c -> c.segmentId() <= 2));
    }
  }

  @Test
  void aStoreAlreadyPastV18LosesThemTooAndKeepsWhatItListsAsCoded() throws Exception {
    Study study = study();
    // Migrated to V18 and coded since: esatis coded the comments, partenariat the transcript, and
    // the old partenariat suggestions on the comments were left (nothing listed them).
    OldStores.storeAt(study.storeFile(), 20, st -> {
      partenariatOnBoth(st, 20);
      st.execute("INSERT INTO coded_sources (source_id, codebook, fingerprint, coded_at) VALUES"
          + " (1, 'esatis', 'f-esatis', 'now'), (2, 'partenariat', 'f-partenariat', 'now')");
    });
    study.openStore().close(); // migrated
    Map<String, String> listed = codedSources(study);
    assertEquals("f-esatis", listed.get("1/esatis"), "the rows already there are kept as they were");
    assertEquals("f-partenariat", listed.get("2/partenariat"));

    pipeline.codeBySource(study);
    assertEquals(PEOPLES, partenariatOnComments(study));
    assertEquals(List.of("1/esatis", "2/partenariat"), List.copyOf(codedSources(study).keySet()),
        "each source listed under its codebook only");
  }

  /** coded_sources' rows: "source/codebook" → fingerprint. */
  private static Map<String, String> codedSources(Study study) throws SQLException {
    Map<String, String> rows = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + study.storeFile());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT source_id, codebook, fingerprint FROM coded_sources")) {
      while (rs.next()) {
        rows.put(rs.getLong(1) + "/" + rs.getString(2), rs.getString(3));
      }
    }
    return rows;
  }
}
