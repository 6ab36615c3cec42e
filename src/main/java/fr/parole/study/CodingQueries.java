package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the codings: a codebook's, one by id, the segments per code and state, the machine's
 * pending suggestions a reviewer goes through, and which sources a codebook has coded. Apart from
 * the segments ({@link SegmentQueries}) and the corpus counts ({@link StoreQueries}) so that what
 * makes a coding's state (a person's decision over the machine's suggestion,
 * {@link Codings#humanDecision}) is read in one place.
 */
public final class CodingQueries {
  private final Connection connection;

  CodingQueries(Connection connection) {
    this.connection = connection;
  }

  /** A coding from a row of {@code SELECT id, segment_id, codebook, code, coder, origin, confidence, status}. */
  static CodingRecord codingRecord(ResultSet rs) throws SQLException {
    double confidence = rs.getDouble(7);
    return new CodingRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.wasNull() ? null : confidence, rs.getString(8));
  }

  /** The codings of a codebook, in segment order. */
  public List<CodingRecord> codings(String codebook) {
    List<CodingRecord> codings = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT id, segment_id, codebook, code, coder, origin,"
        + " confidence, status FROM codings WHERE codebook = ? ORDER BY segment_id, code, id")) {
      ps.setString(1, codebook);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          codings.add(codingRecord(rs));
        }
      }
      return codings;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The coding with this id, if the store has it. */
  public Optional<CodingRecord> coding(long codingId) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT id, segment_id, codebook, code, coder, origin,"
        + " confidence, status FROM codings WHERE id = ?")) {
      ps.setLong(1, codingId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(codingRecord(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * The sources a codebook coded with what {@code fingerprint} names, or with anything when it is
   * null (V18 {@code coded_sources}).
   */
  public Set<Long> codedSources(String codebook, String fingerprint) {
    Set<Long> ids = new TreeSet<>();
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT source_id FROM coded_sources WHERE codebook = ? AND fingerprint = COALESCE(?, fingerprint)")) {
      ps.setString(1, codebook);
      ps.setString(2, fingerprint);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The codebooks that coded at least one source still in the store (V18 {@code coded_sources}). */
  public Set<String> codebooksOfCodedSources() {
    Set<String> codebooks = new TreeSet<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT codebook FROM coded_sources");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        codebooks.add(rs.getString(1));
      }
      return codebooks;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** How many codings the store holds, of every codebook, suggestions and decisions alike. */
  public long codingCount() {
    try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM codings");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * Segments per codebook, code and state, in code order. A segment counts once per code, in the
   * state that wins: a person's decision (their coding or acceptance: {@code accepted}, else their
   * rejection: {@code rejected}) over the machine's suggestion ({@code suggested}), which stays
   * stored beside the decision. {@code codings} counts the rows of those segments.
   */
  public List<CodeCount> codeCounts() {
    return new CodeCounts(connection).all();
  }

  /**
   * The first pending machine suggestion of a codebook that the filter keeps, in corpus order after
   * the suggestion {@code afterCodingId} (from the start when it is -1 or the last one): one row read
   * through the index, however many are pending.
   */
  public Optional<PendingSuggestion> nextPending(String codebook, PendingFilter filter, long afterCodingId) {
    long afterSegment = -1;
    String afterCode = "";
    if (afterCodingId >= 0) {
      try (PreparedStatement ps = connection.prepareStatement("SELECT segment_id, code FROM codings WHERE id = ?")) {
        ps.setLong(1, afterCodingId);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            afterSegment = rs.getLong(1);
            afterCode = rs.getString(2);
          }
        }
      } catch (SQLException e) {
        throw StudyStore.storeError(e);
      }
    }
    Optional<PendingSuggestion> next = firstPending(codebook, filter, afterSegment, afterCode);
    return next.isPresent() || afterSegment < 0 ? next : firstPending(codebook, filter, -1, "");
  }

  /** How many pending machine suggestions of a codebook the filter keeps. */
  public long countPending(String codebook, PendingFilter filter) {
    List<Object> parameters = new ArrayList<>();
    String sql = "SELECT COUNT(*) FROM codings c" + (filter.source().isEmpty() ? ""
        : " JOIN segments s ON s.id = c.segment_id JOIN sources src ON src.id = s.source_id")
        + pendingWhere(codebook, filter, parameters);
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, parameters);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  private Optional<PendingSuggestion> firstPending(String codebook, PendingFilter filter, long afterSegment,
      String afterCode) {
    List<Object> parameters = new ArrayList<>();
    String sql = "SELECT c.id, c.segment_id, src.path, s.speaker, s.text, c.code, c.confidence, c.origin, "
        + Evidences.text("c.")
        // Read in corpus order through the segment index and stop at the first match: left to
        // itself, SQLite picks the codebook index and sorts every pending suggestion for one row.
        + " FROM codings c INDEXED BY codings_by_segment JOIN segments s ON s.id = c.segment_id"
        + " JOIN sources src ON src.id = s.source_id"
        + pendingWhere(codebook, filter, parameters)
        + (afterSegment < 0 ? "" : " AND c.segment_id >= ? AND (c.segment_id > ? OR c.code > ?)")
        + " ORDER BY c.segment_id, c.code LIMIT 1";
    if (afterSegment >= 0) {
      parameters.add(afterSegment);
      parameters.add(afterSegment);
      parameters.add(afterCode);
    }
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, parameters);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new PendingSuggestion(rs.getLong(1), rs.getLong(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getString(8), rs.getString(9)));
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  static String pendingWhere(String codebook, PendingFilter filter, List<Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE c.codebook = ? AND c.status = 'suggested' AND c.origin <> 'human'");
    parameters.add(codebook);
    if (!filter.code().isEmpty()) {
      where.append(" AND c.code = ?");
      parameters.add(filter.code());
    }
    if (!filter.source().isEmpty()) {
      where.append(" AND src.path = ?");
      parameters.add(filter.source());
    }
    where.append(" AND c.confidence >= ? AND c.confidence <= ?");
    parameters.add(filter.min());
    parameters.add(filter.max());
    where.append(" AND NOT EXISTS (SELECT 1 FROM codings h WHERE h.segment_id = c.segment_id AND h.codebook = c.codebook"
        + " AND h.code = c.code AND ").append(Codings.humanDecision("h.")).append(")");
    return where.toString();
  }

  static void bind(PreparedStatement ps, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      ps.setObject(i + 1, parameters.get(i));
    }
  }

  /** Pending machine suggestions of a codebook with their segment, in corpus order. */
  public List<PendingSuggestion> pendingSuggestions(String codebook) {
    List<PendingSuggestion> rows = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT c.id, c.segment_id, src.path, s.speaker, s.text,"
        + " c.code, c.confidence, c.origin, " + Evidences.text("c.")
        + " FROM codings c JOIN segments s ON s.id = c.segment_id"
        + " JOIN sources src ON src.id = s.source_id WHERE c.codebook = ? AND c.status = 'suggested'"
        + " AND c.origin <> 'human' AND NOT EXISTS (SELECT 1 FROM codings h WHERE h.segment_id = c.segment_id"
        + " AND h.codebook = c.codebook AND h.code = c.code AND " + Codings.humanDecision("h.") + ")"
        + " ORDER BY c.segment_id, c.code")) {
      ps.setString(1, codebook);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new PendingSuggestion(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getString(8), rs.getString(9)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }
}
