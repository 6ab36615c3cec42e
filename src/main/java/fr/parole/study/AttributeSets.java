package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Finds or creates the stored row for a combination of attributes, within one transaction.
 * A 100,000-turn corpus has a few hundred combinations: storing each once is most of what makes
 * an import fast, and counts by attribute join a few hundred rows instead of hundreds of thousands.
 */
final class AttributeSets implements AutoCloseable {
  private static final int REMEMBERED = 100_000;
  private final Connection connection;
  /**
   * Prepared on first use and kept for the transaction, not prepared again for each new set: a
   * study's respondents (questionnaires), dated, make about one set each.
   */
  private PreparedStatement findSet;
  private PreparedStatement insertSet;
  private PreparedStatement insertValue;
  /**
   * Ids by the attributes themselves: hashing a small map is cheaper than building its
   * {@link #key} for each of a million segments; the key is built only for a set not seen lately.
   * The {@value #REMEMBERED} used last only: before segments kept their date apart (V19), an
   * import of 10 million comments (one transaction) held 1 GB of them; dated respondents still make
   * one set each. A set forgotten is found again in the store by its key.
   */
  private final Map<Map<String, String>, Long> ids;

  AttributeSets(Connection connection) {
    this(connection, REMEMBERED);
  }

  /** Remembering only the {@code remembered} sets used last (a test's small number). */
  AttributeSets(Connection connection, int remembered) {
    this.connection = connection;
    this.ids = new LinkedHashMap<>(1 << 10, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Map<String, String>, Long> eldest) {
        return size() > remembered;
      }
    };
  }

  /** The id of the set holding exactly {@code attributes}, or null when there are none. */
  Long idOf(Map<String, String> attributes) throws SQLException {
    if (attributes.isEmpty()) {
      return null;
    }
    Long id = ids.get(attributes);
    if (id == null) {
      String key = key(attributes);
      id = find(key);
      if (id == null) {
        id = insert(key, attributes);
      }
      ids.put(new HashMap<>(attributes), id); // a copy: the caller may reuse its map
    }
    return id;
  }

  /** Forgets what it knows: rows created after a savepoint that was rolled back are gone. */
  void forget() {
    ids.clear();
  }

  /** Deletes sets no segment or respondent points at any more (after sources were replaced or removed). */
  void deleteUnused() throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.executeUpdate("DELETE FROM attribute_sets WHERE id NOT IN"
          + " (SELECT DISTINCT attribute_set_id FROM segments WHERE attribute_set_id IS NOT NULL)"
          + " AND id NOT IN (SELECT DISTINCT attribute_set_id FROM respondents WHERE attribute_set_id IS NOT NULL)");
    }
    ids.clear();
  }

  /**
   * Gives each name and value a set's {@link #key} holds, in name order: reading the keys of the
   * sets is one row per set, where {@code attribute_values} is one row per set and attribute.
   */
  static void forEachInKey(String key, BiConsumer<String, String> action) {
    for (int start = 0; start < key.length(); ) {
      int unit = key.indexOf('\u001f', start);
      int record = key.indexOf('\u001e', unit);
      action.accept(key.substring(start, unit), key.substring(unit + 1, record));
      start = record + 1;
    }
  }

  /** Names and values in name order, separated by characters that never appear in either. */
  private static String key(Map<String, String> attributes) {
    StringBuilder key = new StringBuilder();
    new TreeMap<>(attributes).forEach((name, value) -> key.append(name).append('\u001f').append(value).append('\u001e'));
    return key.toString();
  }

  private Long find(String key) throws SQLException {
    if (findSet == null) {
      findSet = connection.prepareStatement("SELECT id FROM attribute_sets WHERE key = ?");
    }
    findSet.setString(1, key);
    try (ResultSet rs = findSet.executeQuery()) {
      return rs.next() ? rs.getLong(1) : null;
    }
  }

  private long insert(String key, Map<String, String> attributes) throws SQLException {
    if (insertSet == null) {
      insertSet = connection.prepareStatement("INSERT INTO attribute_sets (key) VALUES (?)",
          Statement.RETURN_GENERATED_KEYS);
      insertValue = connection.prepareStatement("INSERT INTO attribute_values (set_id, name, value) VALUES (?, ?, ?)");
    }
    insertSet.setString(1, key);
    insertSet.executeUpdate();
    long id = StoreTransaction.generatedKey(insertSet);
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      insertValue.setLong(1, id);
      insertValue.setString(2, attribute.getKey());
      insertValue.setString(3, attribute.getValue());
      insertValue.addBatch();
    }
    insertValue.executeBatch();
    return id;
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement statement : new PreparedStatement[] {findSet, insertSet, insertValue}) {
      if (statement != null) {
        statement.close();
      }
    }
  }
}
