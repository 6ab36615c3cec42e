package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every memo of the study in one list (the atelier's « Mémos » page, the report, {@code parole memo
 * list}), newest first, with what a reader needs to name its subject without an id: for a memo on
 * a segment, the segment's text and its document; for one on a document, the document's path.
 * Memos are the team's writing, a few thousand at most: they are read whole and filtered by text
 * in the caller.
 */
public final class MemoQueries {
  private final Connection connection;

  MemoQueries(Connection connection) {
    this.connection = connection;
  }

  /**
   * A memo and its subject: {@code sourceId} and {@code sourcePath} the document it is on or in
   * (null for a code or the study, or a segment no longer there), {@code segmentText} a segment's words.
   */
  public record MemoRow(long id, String targetKind, String target, String author, String at, String text,
      Long sourceId, String sourcePath, String segmentText) {}

  /** The memos of a kind ({@code null}: all) by an author ({@code null}: anyone), newest first. */
  public List<MemoRow> memos(String kind, String author) {
    List<MemoRow> memos = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT m.id, m.target_kind, m.target, m.author, m.at,"
        + " m.text, COALESCE(src.id, seg_src.id), COALESCE(src.path, seg_src.path), seg.text FROM memos m"
        + " LEFT JOIN sources src ON m.target_kind = 'source' AND src.id = CAST(m.target AS INTEGER)"
        + " LEFT JOIN segments seg ON m.target_kind = 'segment' AND seg.id = CAST(m.target AS INTEGER)"
        + " LEFT JOIN sources seg_src ON seg_src.id = seg.source_id"
        + " WHERE (? IS NULL OR m.target_kind = ?) AND (? IS NULL OR m.author = ?) ORDER BY m.at DESC, m.id DESC")) {
      ps.setString(1, kind);
      ps.setString(2, kind);
      ps.setString(3, author);
      ps.setString(4, author);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long source = rs.getLong(7);
          Long sourceId = rs.wasNull() ? null : source;
          memos.add(new MemoRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), sourceId, rs.getString(8), rs.getString(9)));
        }
      }
      return memos;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The people who wrote memos, by name. */
  public List<String> authors() {
    List<String> authors = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT author FROM memos ORDER BY author");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        authors.add(rs.getString(1));
      }
      return authors;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }
}
