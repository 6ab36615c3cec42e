package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Read-only queries the report needs beyond {@link StoreQueries}: codings with their segment's
 * source and attributes (streamed), quotes, e-Satis scores and questionnaire answers. Every list comes in a
 * fixed order so that two reports of the same study are identical.
 */
public final class ReportQueries {
  /** What {@code codings.origin} and {@code codings.status} may hold (V2__codings.sql checks them). */
  static final List<String> ORIGINS = List.of("rule", "model", "rule+model", "human");
  static final List<String> STATUSES = List.of("suggested", "accepted", "rejected");

  private final Connection connection;

  ReportQueries(Connection connection) {
    this.connection = connection;
  }

  /**
   * A coding as the report reads it, with its segment's source.
   * {@code coder} is given for a person's codings and for a machine coder other than the default
   * one (the fast path's {@code machine-rapide}), null for the default machine coder's, so that a
   * full run's million suggestions read no coder string; and
   * {@code confidence} is 1 where none was stored (a person's), as the report ranks codings.
   */
  public record CodingRow(long segmentId, long sourceId, String code, String coder,
      String origin, String status, double confidence) {}

  /** A participant's segment as a quote: where it comes from, who speaks, what they say, when (or null). */
  public record Quote(long segmentId, String source, int line, String speaker, String text,
      Map<String, String> attributes, SegmentTimes times) {
    public Quote {
      attributes = Map.copyOf(attributes);
    }
  }

  /** One published e-Satis score (null when missing: never invented). */
  public record EsatisRow(String finessGeo, String name, String region, String survey, int year,
      String scoreClass, String dimension, Double score, Integer answers) {}

  /** One closed answer with its item and the respondent's attributes. */
  public record AnswerRow(String questionnaire, String title, long respondent, String item, int ordinal,
      String label, String type, String choices, String value, Map<String, String> attributes) {
    public AnswerRow {
      attributes = Map.copyOf(attributes);
    }
  }

  /**
   * The thresholds the last coding run of {@code codebook} recorded, by code ({@code dimension/code});
   * empty for a study coded before they were recorded (then {@link CodeThreshold#DEFAULT} applies).
   */
  public Map<String, CodeThreshold> thresholds(String codebook) {
    Map<String, CodeThreshold> thresholds = new java.util.TreeMap<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT code, threshold, origin, f1 FROM code_thresholds"
        + " WHERE codebook = ? ORDER BY code")) {
      ps.setString(1, codebook);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          double value = rs.getDouble(4);
          Double f1 = rs.wasNull() ? null : value; // wasNull speaks of the last column read: read it here
          thresholds.put(rs.getString(1), new CodeThreshold(rs.getString(1), rs.getDouble(2), rs.getString(3), f1));
        }
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
    return thresholds;
  }

  /**
   * Codebooks with at least one coding, alphabetically: from one to the next through the codebook
   * index, a seek per codebook, where DISTINCT read every coding's entry (3,364,576: 0.25 s of CPU).
   */
  public List<String> codedCodebooks() {
    return strings("WITH RECURSIVE books(name) AS (SELECT MIN(codebook) FROM codings"
        + " UNION ALL SELECT (SELECT MIN(codebook) FROM codings WHERE codebook > name) FROM books WHERE name IS NOT NULL)"
        + " SELECT name FROM books WHERE name IS NOT NULL");
  }

  /**
   * Streams every coding of a codebook by segment, code and id, with its segment's source as
   * {@code segments} knows it: a report over 1,000,000 segments reads them once
   * and keeps only counts. Few columns, no join: over 2 million codings, each column read costs
   * about a second, and so did the join to the segments.
   */
  public void forEachCoding(String codebook, CorpusCounts segments, Consumer<CodingRow> action) {
    forEachCoding(codebook, null, segments, action);
  }

  /** As {@link #forEachCoding(String, CorpusCounts, Consumer)}, for the segments {@code only} (all when null). */
  public void forEachCoding(String codebook, Collection<Long> only, CorpusCounts segments, Consumer<CodingRow> action) {
    String kind = originAndStatus();
    // In segment order through the (segment, codebook, code) index: only each segment's few codings
    // are then sorted, where the codebook index would sort them all (1 s against 2 s for 221,069).
    // Over the whole codebook, the index's own order is the order asked (one codebook, by segment,
    // code and id): SQLite sees it when the codebook is filtered row by row (« + ») and ordered by,
    // and sorts nothing (1.7 s of CPU instead of 2.3 s for 3,364,576 codings).
    String sql = "SELECT c.segment_id, c.code, CASE WHEN c.origin = 'human' OR c.coder <> 'machine' THEN c.coder END, " + kind
        + ", COALESCE(c.confidence, 1.0) FROM codings c INDEXED BY codings_by_segment"
        + (only == null ? " WHERE +c.codebook = ? ORDER BY c.segment_id, c.codebook, c.code, c.id"
        : " WHERE c.codebook = ? AND c.segment_id IN (" + only.stream().map(String::valueOf)
            .collect(Collectors.joining(",")) + ") ORDER BY c.segment_id, c.code, c.id");
    TextCache codes = new TextCache();
    TextCache coders = new TextCache();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, codebook);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long segment = rs.getLong(1);
          int both = rs.getInt(4);
          // Code and coder as bytes, made strings once each (TextCache).
          action.accept(new CodingRow(segment, segments.sourceOf(segment), codes.of(rs.getBytes(2)),
              coders.of(rs.getBytes(3)), ORIGINS.get(both / STATUSES.size()), STATUSES.get(both % STATUSES.size()),
              rs.getDouble(5)));
        }
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * The SQL of a coding's origin and status (of {@code c}) as one small number, origin times
   * {@code STATUSES.size()} plus status, indexes in {@link #ORIGINS} and {@link #STATUSES} (the
   * vocabularies the codings table's checks allow): two strings fewer to read per coding.
   */
  static String originAndStatus() {
    StringBuilder kind = new StringBuilder("CASE c.origin");
    for (int o = 0; o < ORIGINS.size(); o++) {
      kind.append(" WHEN '").append(ORIGINS.get(o)).append("' THEN ").append(o * STATUSES.size());
    }
    kind.append(" END + CASE c.status");
    for (int st = 0; st < STATUSES.size(); st++) {
      kind.append(" WHEN '").append(STATUSES.get(st)).append("' THEN ").append(st);
    }
    return kind.append(" END").toString();
  }

  /** The codings of a codebook by these coders, by segment, code and id (for their agreement). */
  public List<CodingRecord> codings(String codebook, Collection<String> coders) {
    if (coders.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", Collections.nCopies(coders.size(), "?"));
    List<CodingRecord> codings = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT id, segment_id, codebook, code, coder, origin,"
        + " confidence, status FROM codings WHERE codebook = ? AND coder IN (" + marks + ")"
        + " ORDER BY segment_id, code, id")) {
      ps.setString(1, codebook);
      int i = 2;
      for (String coder : coders) {
        ps.setString(i++, coder);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          codings.add(CodingQueries.codingRecord(rs));
        }
      }
      return codings;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The segments with these ids, by id. */
  public List<Quote> quotes(Collection<Long> segmentIds) {
    if (segmentIds.isEmpty()) {
      return List.of();
    }
    String ids = segmentIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    Map<Long, Map<String, String>> sets = attributeSets("SELECT attribute_set_id FROM segments WHERE id IN (" + ids + ")");
    String sql = "SELECT s.id, src.path, s.line, s.speaker, s.text, s.attribute_set_id, s.start_ms, s.end_ms, s.date"
        + " FROM segments s"
        + " JOIN sources src ON src.id = s.source_id WHERE s.id IN (" + ids + ") ORDER BY s.id";
    List<Quote> quotes = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long set = rs.getLong(6);
        Map<String, String> attributes = SegmentDates.withDate(rs.wasNull() ? Map.of() : sets.getOrDefault(set, Map.of()),
            rs.getString(9));
        quotes.add(new Quote(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
            attributes, SegmentQueries.times(rs, 7)));
      }
      return quotes;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Sources per format (transcript, esatis, verbatims…), by format. */
  public Map<String, Integer> sourcesByFormat() {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT format, COUNT(*) FROM sources GROUP BY format");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getInt(2));
      }
      return counts;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Every e-Satis score, by survey, year, establishment and dimension. */
  public List<EsatisRow> esatisScores() {
    String sql = "SELECT e.finess_geo, e.name, e.region, r.survey, r.year, r.class, s.dimension, s.score, s.answers"
        + " FROM esatis_results r JOIN esatis_establishments e ON e.finess_geo = r.finess_geo"
        + " JOIN esatis_scores s ON s.result_id = r.id ORDER BY r.survey, r.year, e.finess_geo, s.dimension";
    List<EsatisRow> rows = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        double score = rs.getDouble(8);
        Double scoreValue = rs.wasNull() ? null : score;
        int answers = rs.getInt(9);
        Integer answersValue = rs.wasNull() ? null : answers;
        rows.add(new EsatisRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
            rs.getString(6), rs.getString(7), scoreValue, answersValue));
      }
      return rows;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Closed answers (not open text), by questionnaire, item order, respondent and value. */
  public List<AnswerRow> closedAnswers() {
    Map<Long, Map<String, String>> sets = attributeSets("SELECT attribute_set_id FROM respondents");
    String sql = "SELECT q.name, q.title, r.id, a.item, i.ordinal, i.label, i.type, i.choices, a.value,"
        + " r.attribute_set_id FROM answers a JOIN respondents r ON r.id = a.respondent_id"
        + " JOIN questionnaires q ON q.id = r.questionnaire_id"
        + " JOIN questionnaire_items i ON i.questionnaire_id = q.id AND i.item = a.item"
        + " WHERE i.type <> 'text' ORDER BY q.name, i.ordinal, r.id, a.value";
    List<AnswerRow> rows = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long set = rs.getLong(10);
        Map<String, String> attributes = rs.wasNull() ? Map.of() : sets.getOrDefault(set, Map.of());
        rows.add(new AnswerRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), attributes));
      }
      return rows;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * The values of the attribute sets {@code setIds} (a query) selects, by set id: a verbatim study
   * has thousands of sets (and respondents one each), too many to read them all for a few quotes.
   */
  private Map<Long, Map<String, String>> attributeSets(String setIds) {
    return SegmentQueries.attributeSets(connection, " WHERE set_id IN (" + setIds + ")");
  }

  private List<String> strings(String sql) {
    List<String> values = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }
}
