package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Read-only counts for the atelier's dashboard and theme pages, as SQL aggregates (a page over a
 * 1,000,000-segment study never holds its segments in memory), and the segments behind each count,
 * a page at a time. A coding counts as the report counts it ({@link CodeThreshold#counts}: a
 * person's or an accepted one, a pending suggestion from its code's threshold, never a rejected
 * one); in an exclusive dimension only a segment's best counted code stays (a person's first, then
 * the most confident, then the first code), in the others every counted code does. Counts and
 * lists are written from the one {@link #kept} query, so a number and the list behind it agree.
 */
public final class DashboardQueries {
  private static final String ANALYSED = SegmentKind.analysedIn("s.kind");
  private static final String DIMENSION = "substr(c.code, 1, instr(c.code, '/') - 1)";

  private final Connection connection;

  DashboardQueries(Connection connection) {
    this.connection = connection;
  }

  /** How a codebook's codings are counted: its id and the dimensions that keep one code per segment. */
  public record Counting(String codebook, Set<String> exclusiveDimensions) {
    public Counting {
      exclusiveDimensions = Set.copyOf(exclusiveDimensions);
    }
  }

  /**
   * Which segments: those with a counted code of {@code counting} among {@code codes} (any code when
   * empty; every segment when {@code counting} is null); only those a person checked (a counted
   * code made or accepted by a person) when {@code checked}; with each attribute of
   * {@code attributes} at its value (a null value: the segment lacks the attribute); of
   * {@code sources} when not null. Without {@code counting}, the participants' segments; with it,
   * every segment coded (as the report counts them).
   */
  public record Selection(Counting counting, Collection<String> codes, boolean checked, Map<String, String> attributes,
      Collection<Long> sources) {
    public Selection {
      codes = codes == null ? List.of() : List.copyOf(codes);
      attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
      sources = sources == null ? null : List.copyOf(sources);
    }
  }

  /** Segments per (node, value of an attribute, null when missing or blank). */
  public record Cell(String node, String value, long segments) {}

  /** A participant's segment with its context: the interviewer's question before a turn (null without one). */
  public record Excerpt(long id, long sourceId, String sourcePath, SegmentKind kind, String speaker, int line,
      String text, Map<String, String> attributes, String question, String questionSpeaker) {
    public Excerpt {
      attributes = Map.copyOf(attributes);
    }
  }

  /** How many segments the selection holds. */
  public long count(Selection selection) {
    List<Object> parameters = new ArrayList<>();
    String sql = "SELECT COUNT(*) FROM (" + selected(selection, parameters) + ")";
    return single(sql, parameters);
  }

  /** The ids of the selection's segments in id order, {@code limit} from {@code offset}. */
  public List<Long> ids(Selection selection, int limit, long offset) {
    List<Object> parameters = new ArrayList<>();
    String sql = selected(selection, parameters) + " ORDER BY id LIMIT ? OFFSET ?";
    parameters.add(limit);
    parameters.add(offset);
    List<Long> ids = new ArrayList<>();
    query(sql, parameters, rs -> ids.add(rs.getLong(1)));
    return ids;
  }

  /**
   * Segments per node: {@code nodesOf} gives each code the nodes it counts for (itself and its
   * parents); a segment counts once per node however many of its codes fall under it.
   */
  public Map<String, Long> segmentsPerNode(Counting counting, Map<String, List<String>> nodesOf) {
    Map<String, Long> counts = new TreeMap<>();
    if (nodesOf.isEmpty()) {
      return counts;
    }
    List<Object> parameters = new ArrayList<>();
    String sql = kept(counting, List.of(), parameters) + ", " + nodes(nodesOf, parameters)
        + " SELECT m.node, COUNT(DISTINCT k.segment_id) FROM kept k JOIN nodes m ON m.code = k.code GROUP BY m.node";
    query(sql, parameters, rs -> counts.put(rs.getString(1), rs.getLong(2)));
    return counts;
  }

  /** Segments per node (as {@link #segmentsPerNode}) and value of {@code attribute}. */
  public List<Cell> segmentsPerNodeAndValue(Counting counting, Map<String, List<String>> nodesOf, String attribute) {
    List<Cell> cells = new ArrayList<>();
    if (nodesOf.isEmpty()) {
      return cells;
    }
    List<Object> parameters = new ArrayList<>();
    String sql = kept(counting, List.of(), parameters) + ", " + nodes(nodesOf, parameters)
        + " SELECT m.node, NULLIF(TRIM(v.value), ''), COUNT(DISTINCT k.segment_id) FROM kept k"
        + " JOIN nodes m ON m.code = k.code JOIN segments s ON s.id = k.segment_id"
        + " LEFT JOIN attribute_values v ON v.set_id = s.attribute_set_id AND v.name = ?"
        + " GROUP BY m.node, NULLIF(TRIM(v.value), '')";
    parameters.add(attribute);
    query(sql, parameters, rs -> cells.add(new Cell(rs.getString(1), rs.getString(2), rs.getLong(3))));
    return cells;
  }

  /** Participants' segments of {@code sources} per value of {@code attribute} (null: missing or blank). */
  public Map<String, Long> analysedPerValue(Collection<Long> sources, String attribute) {
    Map<String, Long> counts = new LinkedHashMap<>();
    List<Object> parameters = new ArrayList<>();
    parameters.add(attribute);
    String sql = "SELECT NULLIF(TRIM(v.value), ''), COUNT(*) FROM segments s"
        + " LEFT JOIN attribute_values v ON v.set_id = s.attribute_set_id AND v.name = ?"
        + " WHERE " + ANALYSED + " AND s.source_id IN (" + longs(sources) + ") GROUP BY 1";
    query(sql, parameters, rs -> counts.put(rs.getString(1), rs.getLong(2)));
    return counts;
  }

  /** The sources with at least one coding of the codebook (one index probe per source). */
  public List<Long> codedSources(String codebook) {
    List<Long> ids = new ArrayList<>();
    query("SELECT src.id FROM sources src WHERE EXISTS (SELECT 1 FROM segments s JOIN codings c ON c.segment_id = s.id"
        + " AND c.codebook = ? WHERE s.source_id = src.id) ORDER BY src.id", List.of(codebook),
        rs -> ids.add(rs.getLong(1)));
    return ids;
  }

  /** Distinct non-blank values of an attribute on participants' segments, with their segments, by value. */
  public Map<String, Long> values(String attribute) {
    Map<String, Long> values = new TreeMap<>();
    query("SELECT TRIM(v.value), COUNT(*) FROM attribute_values v JOIN segments s ON s.attribute_set_id = v.set_id"
        + " WHERE v.name = ? AND TRIM(v.value) <> '' AND " + ANALYSED + " GROUP BY 1", List.of(attribute),
        rs -> values.put(rs.getString(1), rs.getLong(2)));
    return values;
  }

  /** The segments with these ids, in the order given, each with its context. */
  public List<Excerpt> excerpts(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String in = longs(ids);
    Map<Long, Map<String, String>> sets = StoreQueries.attributeSets(connection,
        " WHERE set_id IN (SELECT attribute_set_id FROM segments WHERE id IN (" + in + "))");
    // The interviewer's turn closest before each turn of the same source, through the (source, ordinal) index.
    String sql = "SELECT s.id, s.source_id, src.path, s.kind, s.speaker, s.line, s.text, s.attribute_set_id,"
        + " q.text, q.speaker FROM segments s JOIN sources src ON src.id = s.source_id"
        + " LEFT JOIN segments q ON s.kind = 'turn' AND q.id = (SELECT p.id FROM segments p WHERE p.source_id = s.source_id"
        + "   AND p.ordinal < s.ordinal AND p.kind = 'interviewer' ORDER BY p.ordinal DESC LIMIT 1)"
        + " WHERE s.id IN (" + in + ")";
    Map<Long, Excerpt> found = new java.util.HashMap<>();
    query(sql, List.of(), rs -> {
      long set = rs.getLong(8);
      Map<String, String> attributes = rs.wasNull() ? Map.of() : sets.getOrDefault(set, Map.of());
      found.put(rs.getLong(1), new Excerpt(rs.getLong(1), rs.getLong(2), rs.getString(3),
          SegmentKind.fromCode(rs.getString(4)), rs.getString(5), rs.getInt(6), rs.getString(7), attributes,
          rs.getString(9), rs.getString(10)));
    });
    return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
  }

  /** The selection as a query of distinct segment ids ({@code id}). */
  private static String selected(Selection selection, List<Object> parameters) {
    StringBuilder sql = new StringBuilder();
    String from;
    if (selection.counting() != null) {
      sql.append(kept(selection.counting(), selection.codes(), parameters)).append(' ');
      from = "SELECT DISTINCT k.segment_id AS id FROM kept k JOIN segments s ON s.id = k.segment_id WHERE 1 = 1";
      if (!selection.codes().isEmpty()) {
        from += " AND k.code IN (" + marks(selection.codes().size()) + ")";
        parameters.addAll(selection.codes());
      }
      if (selection.checked()) {
        from += " AND k.decided = 0";
      }
    } else {
      from = "SELECT s.id AS id FROM segments s WHERE " + ANALYSED;
    }
    sql.append(from);
    if (selection.sources() != null) {
      sql.append(" AND s.source_id IN (").append(longs(selection.sources())).append(')');
    }
    selection.attributes().forEach((name, value) -> {
      if (value == null) {
        sql.append(" AND NOT EXISTS (SELECT 1 FROM attribute_values v WHERE v.set_id = s.attribute_set_id"
            + " AND v.name = ? AND TRIM(v.value) <> '')");
        parameters.add(name);
      } else {
        sql.append(" AND EXISTS (SELECT 1 FROM attribute_values v WHERE v.set_id = s.attribute_set_id"
            + " AND v.name = ? AND TRIM(v.value) = ?)");
        parameters.add(name);
        parameters.add(value);
      }
    });
    return sql.toString();
  }

  /**
   * {@code WITH counted AS (…), kept AS (…)}: the codings that count, then per segment those that
   * stay (every one in a non-exclusive dimension, the best in an exclusive one), with their rank
   * (0: a person's decision). {@code codes}, when given, narrows the read to them and to the
   * exclusive dimensions they belong to (whose other codes decide which one stays).
   */
  private static String kept(Counting counting, Collection<String> codes, List<Object> parameters) {
    List<String> exclusive = new ArrayList<>(counting.exclusiveDimensions());
    StringBuilder sql = new StringBuilder("WITH counted AS (SELECT c.segment_id, c.code, ").append(DIMENSION)
        .append(" AS dimension, CASE WHEN c.origin = 'human' OR c.status = 'accepted' THEN 0 ELSE 1 END AS decided,")
        .append(" COALESCE(c.confidence, 1.0) AS confidence FROM codings c")
        .append(" LEFT JOIN code_thresholds t ON t.codebook = c.codebook AND t.code = c.code")
        .append(" WHERE c.codebook = ? AND c.status <> 'rejected' AND (c.origin = 'human' OR c.status = 'accepted'")
        .append(" OR COALESCE(c.confidence, 1.0) >= COALESCE(t.threshold, ").append(CodeThreshold.DEFAULT).append("))");
    parameters.add(counting.codebook());
    if (!codes.isEmpty()) {
      List<String> dimensions = codes.stream().map(c -> c.substring(0, Math.max(0, c.indexOf('/'))))
          .filter(exclusive::contains).distinct().toList();
      sql.append(" AND (c.code IN (").append(marks(codes.size())).append(')');
      parameters.addAll(codes);
      if (!dimensions.isEmpty()) {
        sql.append(" OR ").append(DIMENSION).append(" IN (").append(marks(dimensions.size())).append(')');
        parameters.addAll(dimensions);
      }
      sql.append(')');
    }
    sql.append("), kept AS (SELECT segment_id, code, decided FROM counted WHERE dimension NOT IN (")
        .append(marks(exclusive.size())).append(')');
    parameters.addAll(exclusive);
    if (!exclusive.isEmpty()) {
      sql.append(" UNION ALL SELECT segment_id, code, decided FROM (SELECT segment_id, code, decided, ROW_NUMBER() OVER")
          .append(" (PARTITION BY segment_id, dimension ORDER BY decided, confidence DESC, code) AS best FROM counted")
          .append(" WHERE dimension IN (").append(marks(exclusive.size())).append(")) WHERE best = 1");
      parameters.addAll(exclusive);
    }
    return sql.append(')').toString();
  }

  /** {@code nodes(code, node) AS (VALUES …)}: each code with the nodes it counts for. */
  private static String nodes(Map<String, List<String>> nodesOf, List<Object> parameters) {
    List<String> rows = new ArrayList<>();
    nodesOf.forEach((code, nodes) -> nodes.forEach(node -> {
      rows.add("(?, ?)");
      parameters.add(code);
      parameters.add(node);
    }));
    return "nodes(code, node) AS (VALUES " + String.join(", ", rows) + ")";
  }

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  private static String longs(Collection<Long> ids) {
    return ids.isEmpty() ? "NULL" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  private void query(String sql, List<?> parameters, Row row) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        ps.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          row.read(rs);
        }
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  private long single(String sql, List<?> parameters) {
    long[] value = {0};
    query(sql, parameters, rs -> value[0] = rs.getLong(1));
    return value[0];
  }
}
