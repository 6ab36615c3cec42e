package fr.parole.study;

import fr.parole.study.CopiedItems.Coding;
import fr.parole.study.CopiedItems.Contents;
import fr.parole.study.CopiedItems.Discussion;
import fr.parole.study.CopiedItems.Memo;
import fr.parole.study.CopiedItems.SegmentKey;
import fr.parole.study.CopiedItems.SourceKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * Reads what people did in another copy of a study (its human codings, review decisions, memos,
 * discussion, and blinded-coding assignments with their resolutions), through a read-only connection: the copy is never migrated nor written, whatever
 * happens. Machine suggestions are not read: they are derived, and the study merged into makes its own.
 */
public final class StudyCopy {
  private static final String SEGMENT = "SELECT s.ordinal, s.line, s.text, so.content_hash, so.path FROM segments s"
      + " JOIN sources so ON so.id = s.source_id WHERE s.id = ?";

  private StudyCopy() {}

  /** Everything people made in the store {@code file} of the study {@code name}. */
  public static Contents read(Path file, String name) {
    if (!Files.isRegularFile(file)) {
      throw new StudyException("« " + name + " » n'a pas de stockage (" + STORE + " introuvable) : rien à fusionner."
          + " Importez-la d'abord (parole import " + name + ").");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    try (Connection connection = config.createConnection("jdbc:sqlite:" + file)) {
      checkVersion(connection, name);
      connection.setAutoCommit(false); // one snapshot, whatever another process commits meanwhile
      Segments segments = new Segments();
      Map<Long, SourceKey> sources = sources(connection);
      Contents contents = new Contents(sources.size(), codings(connection, segments), memos(connection, segments,
          sources), discussion(connection, segments), assignments(connection, segments));
      connection.rollback();
      segments.close();
      return contents;
    } catch (SQLException e) {
      throw new StudyException("« " + name + " » : " + StudyStore.storeProblem(file, e), e);
    }
  }

  private static final String STORE = StudyStore.STORE_FILE;

  private static void checkVersion(Connection connection, String name) throws SQLException {
    int version;
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
      version = rs.next() ? rs.getInt(1) : 0;
    }
    if (version != StudyStore.MIGRATIONS.size()) {
      throw new StudyException("« " + name + " » a un stockage d'une autre version de Parole (schéma " + version
          + ", attendu " + StudyStore.MIGRATIONS.size() + ") : la fusion ne le modifie pas. Ouvrez-la d'abord avec"
          + " cette version-ci (parole status " + name + "), puis relancez la fusion.");
    }
  }

  private static Map<Long, SourceKey> sources(Connection connection) throws SQLException {
    Map<Long, SourceKey> sources = new HashMap<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, content_hash, path FROM sources")) {
      while (rs.next()) {
        sources.put(rs.getLong(1), new SourceKey(rs.getString(2), rs.getString(3)));
      }
    }
    return sources;
  }

  private static List<Coding> codings(Connection connection, Segments segments) throws SQLException {
    List<Coding> codings = new ArrayList<>();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT segment_id, codebook,"
        + " code, coder, origin, confidence, status, " + Evidences.text("codings.") + ", span_start, span_end, at"
        + " FROM codings WHERE " + Codings.humanDecision("") + " ORDER BY id")) {
      while (rs.next()) {
        codings.add(new Coding(segment(connection, segments, rs.getLong(1)), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), NullableColumns.decimal(rs, 6),
            rs.getString(7), rs.getString(8), NullableColumns.integer(rs, 9), NullableColumns.integer(rs, 10), rs.getString(11)));
      }
    }
    return codings;
  }

  private static List<Memo> memos(Connection connection, Segments segments, Map<Long, SourceKey> sources)
      throws SQLException {
    List<Memo> memos = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT target_kind, target, author, at, text FROM memos"
            + " WHERE deleted_at IS NULL ORDER BY id")) {
      while (rs.next()) {
        String kind = rs.getString(1);
        String target = rs.getString(2);
        SegmentKey segment = "segment".equals(kind) ? segment(connection, segments, id(target)) : null;
        SourceKey source = "source".equals(kind) ? sources.get(id(target)) : null;
        memos.add(new Memo(kind, target, segment, source, rs.getString(3), rs.getString(4), rs.getString(5)));
      }
    }
    return memos;
  }

  private static List<Discussion> discussion(Connection connection, Segments segments) {
    List<Discussion> items = new ArrayList<>();
    for (DiscussionItem item : new Discussions(connection).all().stream()
        .sorted(java.util.Comparator.comparingLong(DiscussionItem::id)).toList()) {
      SegmentKey segment = "segment".equals(item.targetKind()) ? segment(connection, segments, id(item.target()))
          : null;
      items.add(new Discussion(item, segment));
    }
    return items;
  }

  private static List<CopiedItems.Assignment> assignments(Connection connection, Segments segments)
      throws SQLException {
    List<String[]> rows = new ArrayList<>();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT id, codebook, selection,"
        + " created_by, created_at, status, closed_by, closed_at FROM assignments ORDER BY id")) {
      while (rs.next()) {
        String[] row = new String[8];
        for (int i = 0; i < 8; i++) {
          row[i] = rs.getString(i + 1);
        }
        rows.add(row);
      }
    }
    List<CopiedItems.Assignment> assignments = new ArrayList<>();
    for (String[] row : rows) {
      long id = Long.parseLong(row[0]);
      List<String> coders = new ArrayList<>();
      List<SegmentKey> keys = new ArrayList<>();
      List<CopiedItems.Resolution> resolutions = new ArrayList<>();
      List<String[]> decided = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement("SELECT person FROM assignment_coders WHERE"
          + " assignment_id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            coders.add(rs.getString(1));
          }
        }
      }
      List<Long> ids = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement("SELECT segment_id FROM assignment_segments WHERE"
          + " assignment_id = ? ORDER BY segment_id")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getLong(1));
          }
        }
      }
      try (PreparedStatement ps = connection.prepareStatement("SELECT segment_id, dimension, codes, decided_by,"
          + " decided_at FROM resolutions WHERE assignment_id = ? ORDER BY segment_id, dimension")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            decided.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5)});
          }
        }
      }
      ids.forEach(segment -> keys.add(segment(connection, segments, segment)));
      decided.forEach(r -> resolutions.add(new CopiedItems.Resolution(segment(connection, segments, id(r[0])), r[1],
          r[2], r[3], r[4])));
      assignments.add(new CopiedItems.Assignment(row[1], row[2], row[3], row[4], row[5], row[6], row[7], coders, keys,
          resolutions));
    }
    return assignments;
  }

  /** The segment's key, or null when the copy has no such segment any more. */
  private static SegmentKey segment(Connection connection, Segments known, long id) {
    if (known.containsKey(id)) {
      return known.get(id);
    }
    try {
      PreparedStatement ps = known.statement(connection);
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        SegmentKey key = rs.next() ? new SegmentKey(new SourceKey(rs.getString(4), rs.getString(5)), rs.getInt(1),
            rs.getInt(2), rs.getString(3)) : null;
        known.put(id, key);
        return key;
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The segments read so far by id (null: gone), and the one statement that reads them. */
  private static final class Segments extends HashMap<Long, SegmentKey> {
    private static final long serialVersionUID = 1L;
    private transient PreparedStatement statement;

    PreparedStatement statement(Connection connection) throws SQLException {
      if (statement == null) {
        statement = connection.prepareStatement(SEGMENT);
      }
      return statement;
    }

    void close() throws SQLException {
      if (statement != null) {
        statement.close();
      }
    }
  }

  private static long id(String target) {
    try {
      return Long.parseLong(target);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
