package fr.parole.study;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A nullable number column read as null, not 0 (JDBC's getters give 0 for NULL). */
final class NullableColumns {
  private NullableColumns() {}

  static Double decimal(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }

  static Integer integer(ResultSet rs, int column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}
