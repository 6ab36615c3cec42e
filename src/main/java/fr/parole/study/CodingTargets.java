package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Read queries behind the document page's coding actions: the participants' segments a speaker
 * said or a section holds (autocoding), the segments a person already coded with a code, and the
 * next turn nobody coded. A {@code null} source means the whole study.
 */
public final class CodingTargets {
  private static final String ANALYSED = SegmentKind.analysedIn("s.kind");
  /**
   * "This segment has a code that counts": a person's coding or acceptance, or a machine suggestion
   * at or above its code's threshold that no person rejected (as the document's margin shows it).
   */
  private static final String COUNTED = "EXISTS (SELECT 1 FROM codings c LEFT JOIN code_thresholds t"
      + " ON t.codebook = c.codebook AND t.code = c.code WHERE c.segment_id = s.id AND (c.status = 'accepted'"
      + " OR (c.status = 'suggested' AND c.origin <> 'human' AND (c.confidence IS NULL OR c.confidence >= COALESCE("
      + "t.threshold, " + CodeThreshold.DEFAULT + ")) AND NOT EXISTS (SELECT 1 FROM codings r WHERE r.segment_id ="
      + " c.segment_id AND r.codebook = c.codebook AND r.code = c.code AND r.status = 'rejected'))))";

  /** "A person coded this segment, or decided on a suggestion for it". */
  private static final String DECIDED = "EXISTS (SELECT 1 FROM codings c WHERE c.segment_id = s.id AND ("
      + "c.origin = 'human' OR c.status <> 'suggested'))";

  private final Connection connection;

  CodingTargets(Connection connection) {
    this.connection = connection;
  }

  /** Where a segment is: its id, its source, and how many segments come before it there. */
  public record Place(long segmentId, long sourceId, int index) {}

  /** A segment a coding action reaches, and its source. */
  public record Reached(long segmentId, long sourceId) {}

  /** The participants' segments {@code speaker} said, in order. */
  public List<Reached> bySpeaker(String speaker, Long sourceId) {
    return reached("SELECT s.id, s.source_id FROM segments s WHERE s.speaker = ? AND " + ANALYSED + source(sourceId)
        + " ORDER BY s.source_id, s.ordinal", speaker, sourceId);
  }

  /** The participants' segments whose attribute {@code name} is {@code value} (a section: level=…). */
  public List<Reached> byAttribute(String name, String value, Long sourceId) {
    if (SegmentDates.onSegment(name)) {
      return reached("SELECT s.id, s.source_id FROM segments s WHERE s.date = ? AND " + ANALYSED + source(sourceId)
          + " ORDER BY s.source_id, s.ordinal", value, sourceId);
    }
    return reached("SELECT s.id, s.source_id FROM segments s JOIN attribute_values v ON v.set_id = s.attribute_set_id"
        + " AND v.name = ? AND v.value = ? WHERE " + ANALYSED + source(sourceId) + " ORDER BY s.source_id, s.ordinal",
        name, value, sourceId);
  }

  /** The speakers of participants' segments, sorted (to list them when one is not found). */
  public List<String> speakers(Long sourceId) {
    return strings("SELECT DISTINCT s.speaker FROM segments s WHERE s.speaker IS NOT NULL AND " + ANALYSED
        + source(sourceId) + " ORDER BY 1", sourceId);
  }

  /** The values attribute {@code name} takes on participants' segments, sorted. */
  public List<String> values(String name, Long sourceId) {
    if (SegmentDates.onSegment(name)) {
      return strings("SELECT DISTINCT s.date FROM segments s WHERE s.date IS NOT NULL AND " + ANALYSED
          + source(sourceId) + " ORDER BY 1", sourceId);
    }
    return strings("SELECT DISTINCT v.value FROM segments s JOIN attribute_values v ON v.set_id = s.attribute_set_id"
        + " AND v.name = '" + name.replace("'", "''") + "' WHERE " + ANALYSED + source(sourceId) + " ORDER BY 1",
        sourceId);
  }

  /** Of these segments, those a person already coded with {@code code} (or accepted it). */
  public Set<Long> codedByPeople(String codebook, String code, Collection<Long> segments) {
    Set<Long> coded = new HashSet<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT segment_id FROM codings"
        + " WHERE codebook = ? AND code = ? AND status = 'accepted'")) {
      ps.setString(1, codebook);
      ps.setString(2, code);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          coded.add(rs.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
    coded.retainAll(new HashSet<>(segments));
    return coded;
  }

  /**
   * The first participant's segment of the source after {@code afterSegment} (or from it, when
   * {@code inclusive}; from the start when null) without a code that counts; empty when every later
   * one has one. With {@code byPeople}, a machine suggestion does not count: the next turn no person
   * has coded or decided on (a study the machine coded throughout still has those).
   */
  public Optional<Place> nextUncoded(long sourceId, Long afterSegment, boolean inclusive, boolean byPeople) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT s.id, (SELECT COUNT(*) FROM segments o"
        + " WHERE o.source_id = s.source_id AND o.ordinal < s.ordinal) FROM segments s WHERE s.source_id = ?"
        + " AND s.ordinal " + (inclusive ? ">=" : ">") + " COALESCE((SELECT ordinal FROM segments WHERE id = ?), -1)"
        + " AND " + ANALYSED
        + " AND NOT " + (byPeople ? DECIDED : COUNTED) + " ORDER BY s.ordinal LIMIT 1")) {
      ps.setLong(1, sourceId);
      ps.setObject(2, afterSegment);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Place(rs.getLong(1), sourceId, rs.getInt(2))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  private static String source(Long sourceId) {
    return sourceId == null ? "" : " AND s.source_id = ?";
  }

  private List<Reached> reached(String sql, Object... parameters) {
    List<Reached> ids = new ArrayList<>();
    try (PreparedStatement ps = prepare(sql, parameters); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.add(new Reached(rs.getLong(1), rs.getLong(2)));
      }
      return ids;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  private List<String> strings(String sql, Object... parameters) {
    List<String> values = new ArrayList<>();
    try (PreparedStatement ps = prepare(sql, parameters); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Binds the parameters in order, leaving out a null source (the whole study: no condition). */
  private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
    PreparedStatement ps = connection.prepareStatement(sql);
    int at = 1;
    for (Object parameter : parameters) {
      if (parameter != null) {
        ps.setObject(at++, parameter);
      }
    }
    return ps;
  }
}
