package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

/** Writes e-Satis results within a {@link StoreTransaction}. */
final class EsatisWriter implements AutoCloseable {
  private final PreparedStatement establishment;
  private final PreparedStatement result;
  private final PreparedStatement score;

  EsatisWriter(Connection connection) throws SQLException {
    // The most recent year's name and region win: establishments are renamed and regions merged.
    establishment = connection.prepareStatement("INSERT INTO esatis_establishments (finess_geo, finess, name,"
        + " legal_name, region, seen_year) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (finess_geo) DO UPDATE SET"
        + " finess = COALESCE(excluded.finess, finess), name = COALESCE(excluded.name, name),"
        + " legal_name = COALESCE(excluded.legal_name, legal_name), region = COALESCE(excluded.region, region),"
        + " seen_year = excluded.seen_year WHERE excluded.seen_year >= seen_year");
    result = connection.prepareStatement("INSERT INTO esatis_results (source_id, finess_geo, survey, year, class,"
        + " evolution, participation, deposit, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS);
    score = connection.prepareStatement(
        "INSERT INTO esatis_scores (result_id, dimension, score, answers) VALUES (?, ?, ?, ?)");
  }

  void insert(long sourceId, List<EsatisResult> results) throws SQLException {
    for (EsatisResult row : results) {
      EsatisResult.Establishment e = row.establishment();
      establishment.setString(1, e.finessGeo());
      establishment.setString(2, e.finess());
      establishment.setString(3, e.name());
      establishment.setString(4, e.legalName());
      establishment.setString(5, e.region());
      establishment.setInt(6, row.year());
      establishment.executeUpdate();
      result.setLong(1, sourceId);
      result.setString(2, e.finessGeo());
      result.setString(3, row.survey());
      result.setInt(4, row.year());
      result.setString(5, row.esatisClass());
      result.setString(6, row.evolution());
      result.setString(7, row.participation());
      result.setString(8, row.deposit());
      result.setInt(9, row.line());
      result.executeUpdate();
      long resultId = StoreTransaction.generatedKey(result);
      for (EsatisResult.Score s : row.scores()) {
        score.setLong(1, resultId);
        score.setString(2, s.dimension());
        if (s.score() == null) {
          score.setNull(3, Types.REAL);
        } else {
          score.setDouble(3, s.score());
        }
        if (s.answers() == null) {
          score.setNull(4, Types.INTEGER);
        } else {
          score.setInt(4, s.answers());
        }
        score.addBatch();
      }
      score.executeBatch();
    }
  }

  @Override
  public void close() throws SQLException {
    establishment.close();
    result.close();
    score.close();
  }
}
