package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The study's latest Reinert classification (tables {@code lexical_*}, V13): written whole by
 * {@code parole classes} in one transaction (the previous one deleted), read by the report, the
 * atelier and « créer un code à partir de cette classe ».
 */
public final class LexicalClasses {
  /**
   * The run: when, by whom, its parameters and sizes, the store generation it read, and for a double
   * classification the second classification's unit length ({@code segmentWords2}, 0 for a simple one).
   */
  public record Run(String at, String person, int classesAsked, int segmentWords, int textSegments, int classified,
      int lemmas, long generation, int segmentWords2) {
    public boolean isDouble() {
      return segmentWords2 > 0;
    }
  }

  /** A node of the dendrogram (parent -1 for the root; class number 0 for an inner node). */
  public record NodeRow(int node, int parent, double chiSquare, int size, int classNumber) {}

  /** A lemma over-represented in a class, with its rank there (1 first). */
  public record TermRow(int classNumber, int rank, String lemma, int inClass, int total, double chiSquare, double p) {}

  /** An attribute value over-represented in a class. */
  public record AttributeRow(int classNumber, int rank, String attribute, String value, int inClass, int total,
      double chiSquare, double p) {}

  /** An attribute crossed with the classes (χ² NaN when it could not be tested). */
  public record TestRow(String attribute, double chiSquare, int degrees, double p) {}

  /** A classified text segment: a piece of a stored segment's text, its class, its rank among the class's typical ones. */
  public record PieceRow(long segmentId, int start, int end, int classNumber, Integer typicalRank) {}

  /** A typical text segment as read back, with its words (raw: pseudonymise before showing). */
  public record TypicalRow(int classNumber, int rank, long segmentId, String sourcePath, String text) {}

  /** A whole classification. */
  public record Classification(Run run, List<NodeRow> nodes, List<TermRow> terms, List<AttributeRow> attributes,
      List<TestRow> tests) {}

  private final Connection connection;

  LexicalClasses(Connection connection) {
    this.connection = connection;
  }

  /** Replaces the stored classification by {@code classification} and its classified pieces. */
  public void replace(Classification classification, List<PieceRow> pieces) {
    try {
      for (String table : List.of("lexical_class_segments", "lexical_class_tests", "lexical_class_attributes",
          "lexical_class_terms", "lexical_class_nodes", "lexical_classification")) {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + table)) {
          ps.executeUpdate();
        }
      }
      Run run = classification.run();
      try (PreparedStatement ps = connection.prepareStatement("INSERT INTO lexical_classification (id, at, person,"
          + " classes_asked, segment_words, text_segments, classified, lemmas, generation, segment_words2)"
          + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, run.at());
        ps.setString(2, run.person());
        ps.setInt(3, run.classesAsked());
        ps.setInt(4, run.segmentWords());
        ps.setInt(5, run.textSegments());
        ps.setInt(6, run.classified());
        ps.setInt(7, run.lemmas());
        ps.setLong(8, run.generation());
        ps.setInt(9, run.segmentWords2());
        ps.executeUpdate();
      }
      try (PreparedStatement ps = connection.prepareStatement("INSERT INTO lexical_class_nodes (node, parent,"
          + " chi_square, size, class_number) VALUES (?, ?, ?, ?, ?)")) {
        for (NodeRow node : classification.nodes()) {
          ps.setInt(1, node.node());
          if (node.parent() < 0) {
            ps.setNull(2, java.sql.Types.INTEGER);
          } else {
            ps.setInt(2, node.parent());
          }
          ps.setDouble(3, node.chiSquare());
          ps.setInt(4, node.size());
          ps.setInt(5, node.classNumber());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = connection.prepareStatement("INSERT INTO lexical_class_terms (class_number, rank,"
          + " lemma, in_class, total, chi_square, p) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (TermRow term : classification.terms()) {
          ps.setInt(1, term.classNumber());
          ps.setInt(2, term.rank());
          ps.setString(3, term.lemma());
          ps.setInt(4, term.inClass());
          ps.setInt(5, term.total());
          ps.setDouble(6, term.chiSquare());
          ps.setDouble(7, term.p());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = connection.prepareStatement("INSERT INTO lexical_class_attributes (class_number,"
          + " rank, attribute, value, in_class, total, chi_square, p) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (AttributeRow row : classification.attributes()) {
          ps.setInt(1, row.classNumber());
          ps.setInt(2, row.rank());
          ps.setString(3, row.attribute());
          ps.setString(4, row.value());
          ps.setInt(5, row.inClass());
          ps.setInt(6, row.total());
          ps.setDouble(7, row.chiSquare());
          ps.setDouble(8, row.p());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = connection.prepareStatement("INSERT INTO lexical_class_tests (attribute, chi_square,"
          + " degrees, p) VALUES (?, ?, ?, ?)")) {
        for (TestRow test : classification.tests()) {
          ps.setString(1, test.attribute());
          setDouble(ps, 2, test.chiSquare());
          ps.setInt(3, test.degrees());
          setDouble(ps, 4, test.p());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = connection.prepareStatement("INSERT INTO lexical_class_segments (segment_id,"
          + " start_offset, end_offset, class_number, typical_rank) VALUES (?, ?, ?, ?, ?)")) {
        int batch = 0;
        for (PieceRow piece : pieces) {
          ps.setLong(1, piece.segmentId());
          ps.setInt(2, piece.start());
          ps.setInt(3, piece.end());
          ps.setInt(4, piece.classNumber());
          if (piece.typicalRank() == null) {
            ps.setNull(5, java.sql.Types.INTEGER);
          } else {
            ps.setInt(5, piece.typicalRank());
          }
          ps.addBatch();
          if (++batch % 5_000 == 0) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  private static void setDouble(PreparedStatement ps, int index, double value) throws SQLException {
    if (Double.isNaN(value)) {
      ps.setNull(index, java.sql.Types.REAL);
    } else {
      ps.setDouble(index, value);
    }
  }

  /** The stored classification, if {@code parole classes} ran. */
  public Optional<Classification> read() {
    try {
      Run run;
      try (PreparedStatement ps = connection.prepareStatement("SELECT at, person, classes_asked, segment_words,"
          + " text_segments, classified, lemmas, generation, segment_words2 FROM lexical_classification WHERE id = 1");
          ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        run = new Run(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
            rs.getInt(7), rs.getLong(8), rs.getInt(9));
      }
      List<NodeRow> nodes = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement("SELECT node, COALESCE(parent, -1), chi_square, size,"
          + " class_number FROM lexical_class_nodes ORDER BY node"); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          nodes.add(new NodeRow(rs.getInt(1), rs.getInt(2), rs.getDouble(3), rs.getInt(4), rs.getInt(5)));
        }
      }
      List<TermRow> terms = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement("SELECT class_number, rank, lemma, in_class, total,"
          + " chi_square, p FROM lexical_class_terms ORDER BY class_number, rank"); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          terms.add(new TermRow(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
              rs.getDouble(6), rs.getDouble(7)));
        }
      }
      List<AttributeRow> attributes = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement("SELECT class_number, rank, attribute, value, in_class,"
          + " total, chi_square, p FROM lexical_class_attributes ORDER BY class_number, rank");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          attributes.add(new AttributeRow(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5),
              rs.getInt(6), rs.getDouble(7), rs.getDouble(8)));
        }
      }
      List<TestRow> tests = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement("SELECT attribute, chi_square, degrees, p"
          + " FROM lexical_class_tests ORDER BY attribute"); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          double chi = rs.getDouble(2);
          boolean noChi = rs.wasNull();
          double p = rs.getDouble(4);
          boolean noP = rs.wasNull();
          tests.add(new TestRow(rs.getString(1), noChi ? Double.NaN : chi, rs.getInt(3), noP ? Double.NaN : p));
        }
      }
      return Optional.of(new Classification(run, List.copyOf(nodes), List.copyOf(terms), List.copyOf(attributes),
          List.copyOf(tests)));
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * The {@code limit} most typical text segments of each class, in class then rank order, with their
   * words; a text a class has already shown is passed over for the next (comments repeat sentences:
   * a class showed the same one three times).
   */
  public List<TypicalRow> typical(int limit) {
    List<TypicalRow> rows = new ArrayList<>();
    Map<Integer, Set<String>> shown = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT c.class_number, c.typical_rank, c.segment_id,"
        + " so.path, substr(s.text, c.start_offset + 1, c.end_offset - c.start_offset)"
        + " FROM lexical_class_segments c JOIN segments s ON s.id = c.segment_id JOIN sources so ON so.id = s.source_id"
        + " WHERE c.typical_rank IS NOT NULL ORDER BY c.class_number, c.typical_rank")) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Set<String> texts = shown.computeIfAbsent(rs.getInt(1), n -> new HashSet<>());
          String text = rs.getString(5);
          if (texts.size() < limit && texts.add(text.strip())) {
            rows.add(new TypicalRow(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getString(4), text));
          }
        }
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
    return rows;
  }

  /** The pieces of class {@code classNumber}, in segment order. */
  public List<PieceRow> pieces(int classNumber) {
    List<PieceRow> rows = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT segment_id, start_offset, end_offset, class_number,"
        + " typical_rank FROM lexical_class_segments WHERE class_number = ? ORDER BY segment_id, start_offset")) {
      ps.setInt(1, classNumber);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int rank = rs.getInt(5);
          rows.add(new PieceRow(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.wasNull() ? null : rank));
        }
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
    return rows;
  }
}
