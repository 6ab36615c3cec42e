package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The atelier's discussion (table {@code discussion}, V8): read anywhere, written in a transaction. */
public final class Discussions {
  private static final String COLUMNS = "SELECT id, target_kind, target, author, at, text, codebook, proposed_code,"
      + " status, answer, answered_by, answered_at FROM discussion";

  private final Connection connection;

  Discussions(Connection connection) {
    this.connection = connection;
  }

  /** Stores a comment or a proposal (open); returns its id. */
  public long add(DiscussionItem.New item) {
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO discussion (target_kind, target, author, at,"
        + " text, codebook, proposed_code) VALUES (?, ?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, item.targetKind());
      ps.setString(2, item.target());
      ps.setString(3, item.author());
      ps.setString(4, item.at());
      ps.setString(5, item.text());
      ps.setString(6, item.codebook());
      ps.setString(7, item.proposedCode());
      ps.executeUpdate();
      return StoreTransaction.generatedKey(ps);
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * Closes an open item with {@code status} (answered, accepted, declined) and the researcher's
   * answer; false when it was not open any more (another person decided first: kept as they left it).
   */
  public boolean close(long id, String status, String answer, String by, String at) {
    try (PreparedStatement ps = connection.prepareStatement("UPDATE discussion SET status = ?, answer = ?,"
        + " answered_by = ?, answered_at = ? WHERE id = ? AND status = 'open'")) {
      ps.setString(1, status);
      ps.setString(2, answer);
      ps.setString(3, by);
      ps.setString(4, at);
      ps.setLong(5, id);
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Every item, open ones first, then newest first. */
  public List<DiscussionItem> all() {
    return read(COLUMNS + " ORDER BY status = 'open' DESC, id DESC", null);
  }

  public Optional<DiscussionItem> find(long id) {
    return read(COLUMNS + " WHERE id = ?", id).stream().findFirst();
  }

  private List<DiscussionItem> read(String sql, Long id) {
    List<DiscussionItem> items = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      if (id != null) {
        ps.setLong(1, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(new DiscussionItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
              rs.getString(11), rs.getString(12)));
        }
      }
      return items;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }
}
