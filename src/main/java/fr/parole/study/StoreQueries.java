package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Read-only queries on the store. Counts are computed here, never stored. */
public final class StoreQueries implements CorpusQueries {
  private static final String ANALYSED = SegmentKind.analysedIn("s.kind");
  /** A segment with its source's path, read by {@link #segmentRecord}; a WHERE clause follows. */
  static final String SEGMENTS = "SELECT s.id, s.source_id, src.path, s.ordinal, s.kind, s.speaker,"
      + " s.start_offset, s.end_offset, s.line, s.text, s.word_count, s.attribute_set_id, s.start_ms, s.end_ms,"
      + " s.date FROM segments s JOIN sources src ON src.id = s.source_id";

  private final Connection connection;

  StoreQueries(Connection connection) {
    this.connection = connection;
  }

  @Override
  public StoreSummary summary() {
    String sql = "SELECT (SELECT COUNT(*) FROM sources),"
        + " COALESCE(SUM(CASE WHEN " + ANALYSED + " THEN 1 END), 0),"
        + " COALESCE(SUM(CASE WHEN " + ANALYSED + " THEN s.word_count END), 0),"
        + " COALESCE(SUM(CASE WHEN s.kind = 'interviewer' THEN 1 END), 0),"
        + " COALESCE(SUM(CASE WHEN s.kind = 'preamble' THEN 1 END), 0)"
        + " FROM segments s";
    try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return new StoreSummary(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getInt(4), rs.getInt(5));
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Every source, in path order, with its participants' segment and word counts. */
  /** Each source's id by path, in path order: the sources without their counts (a scan of the segments). */
  public Map<String, Long> sourceIds() {
    Map<String, Long> ids = new java.util.LinkedHashMap<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT path, id FROM sources ORDER BY path");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.put(rs.getString(1), rs.getLong(2));
      }
      return ids;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  public List<SourceRecord> sources() {
    String sql = "SELECT src.id, src.path, src.format, src.content_hash, src.encoding, src.imported_at,"
        + " COUNT(s.id), COALESCE(SUM(s.word_count), 0)"
        + " FROM sources src LEFT JOIN segments s ON s.source_id = src.id AND " + ANALYSED
        + " GROUP BY src.id ORDER BY src.path";
    List<SourceRecord> sources = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        sources.add(new SourceRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8)));
      }
      return sources;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  @Override
  public List<String> attributeNames() {
    List<String> names = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(
            "SELECT DISTINCT name FROM attribute_values UNION SELECT '" + SegmentDates.DATE + "' WHERE EXISTS"
                + " (SELECT 1 FROM segments WHERE date IS NOT NULL) ORDER BY 1");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
      return names;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  @Override
  public int distinctValues(String attribute) {
    // A respondent's date stays in its set (V19): both places count.
    try (PreparedStatement ps = connection.prepareStatement(SegmentDates.onSegment(attribute)
        ? "SELECT COUNT(DISTINCT value) FROM (SELECT value FROM attribute_values WHERE name = ?"
            + " UNION SELECT date FROM segments WHERE date IS NOT NULL)"
        : "SELECT COUNT(DISTINCT value) FROM attribute_values WHERE name = ?")) {
      ps.setString(1, attribute);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  @Override
  public List<ValueCount> countsBy(String attribute) {
    // The date is the segment's own column (V19); any other attribute is in the segment's set.
    boolean date = SegmentDates.onSegment(attribute);
    String value = date ? "s.date" : "a.value";
    String sql = "SELECT " + value + ", COUNT(DISTINCT s.source_id), COUNT(*), COALESCE(SUM(s.word_count), 0)"
        + " FROM segments s" + (date ? "" : " LEFT JOIN attribute_values a ON a.set_id = s.attribute_set_id AND a.name = ?")
        + " WHERE " + ANALYSED + " GROUP BY " + value + " ORDER BY COUNT(*) DESC, " + value;
    List<ValueCount> counts = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      if (!date) {
        ps.setString(1, attribute);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.add(new ValueCount(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4)));
        }
      }
      return counts;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * The corpus counts of every attribute read once (for a report: many tables, one read); they do
   * not follow later changes to the store.
   */
  public CorpusCounts corpusCounts() {
    try {
      return CorpusCounts.read(connection, summary(), ANALYSED);
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  public long maxSegmentId() {
    try (PreparedStatement ps = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM segments");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * Streams the segments whose id is above {@code afterId}, in id order, with their attributes,
   * without holding the corpus in memory (only the few distinct attribute sets are).
   */
  public void forEachSegment(long afterId, Consumer<SegmentRecord> action) {
    Map<Long, Map<String, String>> sets = attributeSets(connection);
    try (PreparedStatement segments = connection.prepareStatement(SEGMENTS + " WHERE s.id > ? ORDER BY s.id")) {
      segments.setLong(1, afterId);
      try (ResultSet rs = segments.executeQuery()) {
        while (rs.next()) {
          action.accept(segmentRecord(rs, sets::get));
        }
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * The segments of one source, in their order in it, read a page at a time (through the source's
   * unique index on its ordinals) with the attribute sets of that page only: a run over a million
   * comments never holds more than a page.
   */
  public void forEachSegmentOfSource(long sourceId, Consumer<SegmentRecord> action) {
    final int page = 5_000;
    long after = Integer.MIN_VALUE;
    try (PreparedStatement segments = connection.prepareStatement(SEGMENTS
        + " WHERE s.source_id = ? AND s.ordinal > ? ORDER BY s.ordinal LIMIT " + page)) {
      while (true) {
        Map<Long, Map<String, String>> sets = attributeSets(connection, " WHERE set_id IN (SELECT attribute_set_id"
            + " FROM segments WHERE source_id = " + sourceId + " AND ordinal > " + after + " ORDER BY ordinal LIMIT "
            + page + ")");
        segments.setLong(1, sourceId);
        segments.setLong(2, after);
        int read = 0;
        try (ResultSet rs = segments.executeQuery()) {
          while (rs.next()) {
            SegmentRecord segment = segmentRecord(rs, sets::get);
            after = segment.ordinal();
            read++;
            action.accept(segment);
          }
        }
        if (read < page) {
          return;
        }
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** A value the store keeps in {@code meta} (the attribute rules' hash, the generation…). */
  public Optional<String> meta(String key) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * The sources a codebook coded with what {@code fingerprint} names, or with anything when it is
   * null (V18 {@code coded_sources}).
   */
  public java.util.Set<Long> codedSources(String codebook, String fingerprint) {
    java.util.Set<Long> ids = new java.util.TreeSet<>();
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

  /**
   * Every attribute set's values, by set id: a few hundred sets for interviews, but about one per
   * comment for dated verbatims (the report reads only the sets it needs, see the overload).
   */
  static Map<Long, Map<String, String>> attributeSets(Connection connection) {
    return attributeSets(connection, "");
  }

  /** The values of the attribute sets the SQL {@code where} clause (empty: all) selects, by set id. */
  static Map<Long, Map<String, String>> attributeSets(Connection connection, String where) {
    Map<Long, Map<String, String>> sets = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT set_id, name, value FROM attribute_values" + where);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        sets.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
    sets.replaceAll((id, values) -> Map.copyOf(values));
    return sets;
  }

  /** The codings of a codebook, in segment order. */
  /** A coding from a row of {@code SELECT id, segment_id, codebook, code, coder, origin, confidence, status}. */
  static CodingRecord codingRecord(ResultSet rs) throws SQLException {
    double confidence = rs.getDouble(7);
    return new CodingRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.wasNull() ? null : confidence, rs.getString(8));
  }

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

  /** Which pending suggestions a reviewer asked for: a code, a source (its path), a confidence range; empty: any. */
  public record PendingFilter(String code, String source, double min, double max) {}

  /**
   * The first pending machine suggestion of a codebook that the filter keeps, in corpus order after
   * the suggestion {@code afterCodingId} (from the start when it is -1 or the last one): one row read
   * through the index, however many are pending.
   */
  public java.util.Optional<PendingSuggestion> nextPending(String codebook, PendingFilter filter, long afterCodingId) {
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
    java.util.Optional<PendingSuggestion> next = firstPending(codebook, filter, afterSegment, afterCode);
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

  private java.util.Optional<PendingSuggestion> firstPending(String codebook, PendingFilter filter, long afterSegment,
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
          return java.util.Optional.empty();
        }
        return java.util.Optional.of(new PendingSuggestion(rs.getLong(1), rs.getLong(2), rs.getString(3),
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

  /** A segment from a row of {@link #SEGMENTS}, its attributes from its set id (null: none). */
  static SegmentRecord segmentRecord(ResultSet rs, java.util.function.LongFunction<Map<String, String>> sets)
      throws SQLException {
    long setId = rs.getLong(12);
    Map<String, String> set = rs.wasNull() ? null : sets.apply(setId);
    Map<String, String> attributes = SegmentDates.withDate(set == null ? Map.of() : set, rs.getString(15));
    return new SegmentRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
        SegmentKind.fromCode(rs.getString(5)), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
        rs.getString(10), rs.getInt(11), attributes, times(rs, 13));
  }

  /** The times in columns {@code column} and the next, or null when the segment has none. */
  static SegmentTimes times(ResultSet rs, int column) throws SQLException {
    long start = rs.getLong(column);
    if (rs.wasNull()) {
      return null;
    }
    return new SegmentTimes(start, rs.getLong(column + 1));
  }

  /** The segment with this id, with its attributes; empty when there is none. */
  public java.util.Optional<SegmentRecord> segment(long segmentId) {
    try (PreparedStatement ps = connection.prepareStatement(SEGMENTS + " WHERE s.id = ?")) {
      ps.setLong(1, segmentId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? java.util.Optional.of(segmentRecord(rs,
            setId -> attributeSets(connection, " WHERE set_id = " + setId).get(setId))) : java.util.Optional.empty();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The coding with this id, if the store has it. */
  public java.util.Optional<CodingRecord> coding(long codingId) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT id, segment_id, codebook, code, coder, origin,"
        + " confidence, status FROM codings WHERE id = ?")) {
      ps.setLong(1, codingId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? java.util.Optional.of(codingRecord(rs)) : java.util.Optional.empty();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** True when a segment with this id exists. */
  public boolean segmentExists(long segmentId) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM segments WHERE id = ?")) {
      ps.setLong(1, segmentId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
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
    List<CodeCount> counts = new ArrayList<>();
    String decided = Codings.humanDecision("");
    // A pending suggestion is « suggested » when it would count (at or above its code's threshold,
    // CodeThreshold.counts), « below » otherwise: the report counts the first, not the second.
    try (PreparedStatement ps = connection.prepareStatement("SELECT codebook, code, state, SUM(n), COUNT(*) FROM"
        + " (SELECT c.codebook, c.code, c.segment_id, COUNT(*) AS n, CASE"
        + "   WHEN MAX(" + Codings.humanDecision("c.") + " AND c.status <> 'rejected') = 1 THEN 'accepted'"
        + "   WHEN MAX(" + Codings.humanDecision("c.") + ") = 1 THEN 'rejected'"
        + "   WHEN MAX(COALESCE(c.confidence, 1.0)) >= COALESCE(t.threshold, " + CodeThreshold.DEFAULT + ")"
        + "     THEN 'suggested' ELSE 'below' END AS state"
        + "  FROM codings c LEFT JOIN code_thresholds t ON t.codebook = c.codebook AND t.code = c.code"
        + "  GROUP BY c.codebook, c.code, c.segment_id)"
        + " GROUP BY codebook, code, state ORDER BY codebook, code, state");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        counts.add(new CodeCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
      }
      return counts;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Response files, respondents and answers per questionnaire, by name. */
  public List<QuestionnaireCount> questionnaireCounts() {
    String sql = "SELECT q.name, q.title,"
        + " (SELECT COUNT(DISTINCT r.source_id) FROM respondents r WHERE r.questionnaire_id = q.id),"
        + " (SELECT COUNT(*) FROM respondents r WHERE r.questionnaire_id = q.id),"
        + " (SELECT COUNT(*) FROM (SELECT DISTINCT a.respondent_id, a.item FROM answers a"
        + "   JOIN respondents r ON r.id = a.respondent_id WHERE r.questionnaire_id = q.id)),"
        + " (SELECT COUNT(*) FROM answers a JOIN respondents r ON r.id = a.respondent_id"
        + "   WHERE r.questionnaire_id = q.id AND a.segment_id IS NOT NULL)"
        + " FROM questionnaires q ORDER BY q.name";
    List<QuestionnaireCount> counts = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        counts.add(new QuestionnaireCount(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
            rs.getInt(6)));
      }
      return counts;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * The wording of each questionnaire item, by item id (the value of the {@code questionnaire_item}
   * attribute of open answers); the first questionnaire's by name when two share an id.
   */
  public Map<String, String> questionnaireItemLabels() {
    Map<String, String> labels = new java.util.TreeMap<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT i.item, i.label FROM questionnaire_items i"
        + " JOIN questionnaires q ON q.id = i.questionnaire_id WHERE i.label IS NOT NULL ORDER BY q.name, i.ordinal");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        labels.putIfAbsent(rs.getString(1), rs.getString(2));
      }
      return labels;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The plain text of a source, to which its segments' offsets refer. */
  public String sourceContent(long sourceId) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT content FROM sources WHERE id = ?")) {
      ps.setLong(1, sourceId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** e-Satis results per survey and year: establishments, scores present, scores missing. */
  public List<EsatisCount> esatisCounts() {
    List<EsatisCount> counts = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT r.survey, r.year, COUNT(DISTINCT r.finess_geo),"
        + " COUNT(s.score), COUNT(s.dimension) - COUNT(s.score) FROM esatis_results r"
        + " LEFT JOIN esatis_scores s ON s.result_id = r.id GROUP BY r.survey, r.year ORDER BY r.year, r.survey");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        counts.add(new EsatisCount(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
      }
      return counts;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** How many establishments have e-Satis results. */
  public int esatisEstablishments() {
    try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM esatis_establishments");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The e-Satis scores of an establishment (by geographic FINESS), by year, survey and dimension. */
  public List<EsatisScoreRow> esatisScores(String finessGeo) {
    List<EsatisScoreRow> rows = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT e.finess_geo, e.name, e.region, r.survey, r.year,"
        + " r.class, s.dimension, s.score, s.answers FROM esatis_results r"
        + " JOIN esatis_establishments e ON e.finess_geo = r.finess_geo"
        + " JOIN esatis_scores s ON s.result_id = r.id WHERE r.finess_geo = ? ORDER BY r.year, r.survey, s.dimension")) {
      ps.setString(1, finessGeo);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          double score = rs.getDouble(8);
          Double scoreValue = rs.wasNull() ? null : score;
          int answers = rs.getInt(9);
          Integer answersValue = rs.wasNull() ? null : answers;
          rows.add(new EsatisScoreRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getInt(5), rs.getString(6), rs.getString(7), scoreValue, answersValue));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }
}
