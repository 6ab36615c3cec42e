package fr.parole.web;

import fr.parole.study.Study;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What the tests read straight from a study's store, to check what a page wrote. */
public final class StoreRows {
  private StoreRows() {}

  /** The first column of the first row of {@code sql}, as a number. */
  public static int count(Study study, String sql) throws SQLException {
    try (Connection c = connection(study); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  public static Connection connection(Study study) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + study.storeFile());
  }
}
