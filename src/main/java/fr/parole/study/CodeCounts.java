package fr.parole.study;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link CodingQueries#codeCounts()}: each codebook's codings read once in the order of the
 * (segment, codebook, code) index, a segment's codings of one code coming together, each such group
 * given its state as it ends. SQLite grouped them by code and segment, then by code and state,
 * sorting every coding (over 3,364,576 codings: 7 s in sqlite3, and 10 s of a thread beside the
 * report of {@code parole run}); read in index order they are sorted already.
 */
final class CodeCounts {
  /** States in the order SQLite sorted them by name. */
  private static final List<String> STATES = List.of("accepted", "below", "rejected", "suggested");
  private static final int ACCEPTED = 0;
  private static final int BELOW = 1;
  private static final int REJECTED = 2;
  private static final int SUGGESTED = 3;

  private final Connection connection;

  CodeCounts(Connection connection) {
    this.connection = connection;
  }

  List<CodeCount> all() {
    ReportQueries queries = new ReportQueries(connection);
    List<CodeCount> counts = new ArrayList<>();
    for (String codebook : queries.codedCodebooks()) {
      Map<String, Double> thresholds = new HashMap<>(); // looked up once per segment and code
      queries.thresholds(codebook).forEach((code, threshold) -> thresholds.put(code, threshold.value()));
      counts.addAll(of(codebook, thresholds));
    }
    return counts;
  }

  /** One codebook's counts, by code (as SQLite orders text) and state. */
  private List<CodeCount> of(String codebook, Map<String, Double> thresholds) {
    // Per code: codings then segments, for each state.
    Map<String, int[][]> byCode = new HashMap<>();
    String sql = "SELECT c.segment_id, c.code, " + ReportQueries.originAndStatus() + ", COALESCE(c.confidence, 1.0)"
        + " FROM codings c INDEXED BY codings_by_segment WHERE +c.codebook = ? ORDER BY c.segment_id, c.codebook, c.code";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, codebook);
      try (ResultSet rs = ps.executeQuery()) {
        Group group = new Group();
        while (rs.next()) {
          long segment = rs.getLong(1);
          String code = rs.getString(2);
          if (segment != group.segment || !code.equals(group.code)) {
            group.end(byCode, thresholds);
            group.start(segment, code);
          }
          group.add(rs.getInt(3), rs.getDouble(4));
        }
        group.end(byCode, thresholds);
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
    List<CodeCount> counts = new ArrayList<>();
    Map<String, int[][]> sorted = new TreeMap<>(CodeCounts::binary);
    sorted.putAll(byCode);
    sorted.forEach((code, states) -> {
      for (int state = 0; state < STATES.size(); state++) {
        if (states[state][1] > 0) {
          counts.add(new CodeCount(codebook, code, STATES.get(state), states[state][0], states[state][1]));
        }
      }
    });
    return counts;
  }

  /** Text in SQLite's order: by UTF-8 bytes. */
  private static int binary(String a, String b) {
    return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /** One segment's codings of one code, as they are read. */
  private static final class Group {
    private long segment = -1;
    private String code;
    private int codings;
    private boolean human;
    private boolean applied;
    private double confidence;

    void start(long segment, String code) {
      this.segment = segment;
      this.code = code;
      codings = 0;
      human = false;
      applied = false;
      confidence = Double.NEGATIVE_INFINITY;
    }

    /** A coding, its origin and status as {@link ReportQueries#originAndStatus()} gives them. */
    void add(int kind, double confidence) {
      String origin = ReportQueries.ORIGINS.get(kind / ReportQueries.STATUSES.size());
      String status = ReportQueries.STATUSES.get(kind % ReportQueries.STATUSES.size());
      // Codings.humanDecision: a person coded it, or accepted or rejected the suggestion.
      boolean decided = origin.equals("human") || !status.equals("suggested");
      human |= decided;
      applied |= decided && !status.equals("rejected");
      this.confidence = Math.max(this.confidence, confidence);
      codings++;
    }

    void end(Map<String, int[][]> byCode, Map<String, Double> thresholds) {
      if (codings == 0) {
        return;
      }
      int state = applied ? ACCEPTED : human ? REJECTED
          : confidence >= thresholds.getOrDefault(code, CodeThreshold.DEFAULT) ? SUGGESTED : BELOW;
      int[] counts = byCode.computeIfAbsent(code, c -> new int[STATES.size()][2])[state];
      counts[0] += codings;
      counts[1]++;
    }
  }
}
