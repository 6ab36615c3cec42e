package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
      Long sourceId, String sourcePath, String segmentText, int version, String editedBy, String editedAt) {}

  /**
   * A memo as stored, deleted or not: its subject, author and date, current text and version, who
   * changed it last and when (null before any edit), who deleted it and when (null while shown).
   */
  public record StoredMemo(long id, String targetKind, String target, String author, String at, String text,
      int version, String editedBy, String editedAt, String deletedBy, String deletedAt) {}

  /** A text a memo had before an edit, and who wrote it when. */
  public record EarlierText(int version, String text, String writtenBy, String writtenAt) {}

  /** The memos of a kind ({@code null}: all) by an author ({@code null}: anyone), newest first. */
  public List<MemoRow> memos(String kind, String author) {
    List<MemoRow> memos = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT m.id, m.target_kind, m.target, m.author, m.at,"
        + " m.text, COALESCE(src.id, seg_src.id), COALESCE(src.path, seg_src.path), seg.text, m.version, m.edited_by,"
        + " m.edited_at FROM memos m"
        + " LEFT JOIN sources src ON m.target_kind = 'source' AND src.id = CAST(m.target AS INTEGER)"
        + " LEFT JOIN segments seg ON m.target_kind = 'segment' AND seg.id = CAST(m.target AS INTEGER)"
        + " LEFT JOIN sources seg_src ON seg_src.id = seg.source_id"
        + " WHERE m.deleted_at IS NULL AND (? IS NULL OR m.target_kind = ?) AND (? IS NULL OR m.author = ?) ORDER BY m.at DESC, m.id DESC")) {
      ps.setString(1, kind);
      ps.setString(2, kind);
      ps.setString(3, author);
      ps.setString(4, author);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long source = rs.getLong(7);
          Long sourceId = rs.wasNull() ? null : source;
          memos.add(new MemoRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), sourceId, rs.getString(8), rs.getString(9), rs.getInt(10), rs.getString(11),
              rs.getString(12)));
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
    try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT author FROM memos"
        + " WHERE deleted_at IS NULL ORDER BY author");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        authors.add(rs.getString(1));
      }
      return authors;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Memo {@code id} as stored, deleted or not. */
  public Optional<StoredMemo> stored(long id) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT id, target_kind, target, author, at, text, version,"
        + " edited_by, edited_at, deleted_by, deleted_at FROM memos WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new StoredMemo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9), rs.getString(10),
            rs.getString(11))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The texts memo {@code id} had before its edits, latest first. */
  public List<EarlierText> earlierTexts(long id) {
    List<EarlierText> texts = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT version, text, written_by, written_at"
        + " FROM memo_versions WHERE memo_id = ? ORDER BY version DESC")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          texts.add(new EarlierText(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
      return texts;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }
}
