package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeSetsTest {
  @Test
  void aSetForgottenByTheCacheIsFoundAgainNotStoredTwice() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      try (Statement st = connection.createStatement()) {
        st.execute("CREATE TABLE attribute_sets (id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE)");
        st.execute("CREATE TABLE attribute_values (set_id INTEGER NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL,"
            + " PRIMARY KEY (set_id, name))");
      }
      try (AttributeSets sets = new AttributeSets(connection, 2)) {
        Long first = sets.idOf(Map.of("date", "2019-07-19", "establishment", "990000094"));
        Long second = sets.idOf(Map.of("date", "2019-07-20", "establishment", "990000094"));
        sets.idOf(Map.of("date", "2019-07-21", "establishment", "990000094")); // the first is forgotten now
        assertNotEquals(first, second);
        assertEquals(first, sets.idOf(Map.of("establishment", "990000094", "date", "2019-07-19")),
            "found again by its key, in any order of the attributes");
        assertEquals(second, sets.idOf(Map.of("date", "2019-07-20", "establishment", "990000094")));
        assertNull(sets.idOf(Map.of()), "no attributes, no set");
      }
      try (Statement st = connection.createStatement();
          ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM attribute_sets), (SELECT COUNT(*) FROM attribute_values)")) {
        rs.next();
        assertEquals(3, rs.getInt(1), "three sets, each stored once");
        assertEquals(6, rs.getInt(2));
      }
    }
  }
}
