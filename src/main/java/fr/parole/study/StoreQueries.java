package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only counts of what the study holds: its sources, the attributes and their values, the
 * questionnaires and e-Satis results, and the store's meta values; counts are computed here, never
 * stored. Segments are read by {@link SegmentQueries} and codings by {@link CodingQueries}, so that
 * each kind of read has one place to look for it.
 */
public final class StoreQueries implements CorpusQueries {
  private static final String ANALYSED = SegmentKind.analysedIn("s.kind");

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

  /** Every source, in path order, with its participants' segment and word counts. */
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

  /**
   * The same list, its counts taken from {@code counts} (which read them in its own pass): the
   * report's sources without a second scan of the segments (a second at a million segments).
   */
  public List<SourceRecord> sources(CorpusCounts counts) {
    List<SourceRecord> sources = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT id, path, format, content_hash, encoding,"
        + " imported_at FROM sources ORDER BY path"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong(1);
        sources.add(new SourceRecord(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), counts.segmentsOfSource(id), (int) counts.wordsOfSource(id)));
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
      return CorpusCounts.read(connection, ANALYSED);
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
