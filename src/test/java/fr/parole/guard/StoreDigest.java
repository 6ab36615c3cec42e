package fr.parole.guard;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a study's store holds, table by table, as rows count and a SHA-256 of the sorted rows: two
 * stores with the same sources, segments, codings… give the same digest. The moments things were
 * done (imported_at, at…) are left out: a store rebuilt later holds the same data at other times.
 */
final class StoreDigest {
  private static final Set<String> MOMENTS = Set.of("imported_at", "at", "counted_at", "coded_at", "created_at", "answered_at");

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  private StoreDigest() {}

  /** Table → "rows:sha256"; empty when the study has no store yet. */
  static Map<String, String> of(Path study) {
    Path db = study.resolve(".parole/study.db");
    Map<String, String> tables = new TreeMap<>();
    if (!Files.exists(db)) {
      return tables;
    }
    // A plain read: what another process left, committed (SQLite rolls a torn journal back on open).
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement statement = connection.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      for (String name : names) {
        tables.put(name, table(statement, name));
      }
      return tables;
    } catch (SQLException e) {
      throw new IllegalStateException("store unreadable: " + db, e);
    }
  }

  private static String table(Statement statement, String name) throws SQLException {
    List<String> rows = rows(statement, name);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      rows.forEach(row -> sha.update((row + "\n").getBytes(StandardCharsets.UTF_8)));
      return rows.size() + ":" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A JSON object's keys in order: an event's detail is written from a map whose order varies between JVMs. */
  private static Object sortedJson(Object value) {
    if (!(value instanceof String text) || !text.startsWith("{")) {
      return value;
    }
    try {
      return JSON.writeValueAsString(JSON.readValue(text, TreeMap.class));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return value;
    }
  }

  private static List<String> rows(Statement statement, String name) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet rs = statement.executeQuery("SELECT * FROM \"" + name + "\"")) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          if (!MOMENTS.contains(meta.getColumnName(c).toLowerCase(java.util.Locale.ROOT))) {
            Object value = sortedJson(rs.getObject(c));
            row.append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value).append('\u001f');
          }
        }
        rows.add(row.toString());
      }
    }
    Collections.sort(rows);
    return rows;
  }
}
