package fr.parole.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Stores as an older Parole wrote them, for the tests of a migration: the migrations up to a
 * version run, the test's rows inserted, the file stamped with that version and Parole's
 * application id. {@link StudyStore#open} then migrates it as it would a user's store.
 */
public final class OldStores {
  /** Parole's {@code PRAGMA application_id} ("PROL"), as {@link StudyStore} stamps it. */
  private static final int APPLICATION_ID = 0x50524F4C;

  /** What a test writes into the old store, with the statements of the schema it was given. */
  @FunctionalInterface
  public interface Rows {
    void insert(Statement st) throws SQLException;
  }

  private OldStores() {}

  /**
   * Writes {@code file} (its folder created) as Parole wrote a store at schema {@code version}, with
   * the rows {@code rows} inserts; returns {@code file}.
   */
  public static Path storeAt(Path file, int version, Rows rows) throws IOException, SQLException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
      for (String script : StudyStore.MIGRATIONS.subList(0, version)) {
        for (String sql : StudyStore.script(script)) {
          st.execute(sql);
        }
      }
      rows.insert(st);
      st.execute("PRAGMA application_id = " + APPLICATION_ID);
      st.execute("PRAGMA user_version = " + version);
    }
    return file;
  }
}
