package fr.parole.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Writes questionnaires, respondents and their closed answers inside a {@link StoreTransaction}.
 * Respondents go with their source: deleting or replacing the source deletes them.
 */
public final class Questionnaires {
  private final Connection connection;
  private final AttributeSets attributeSets;
  private final Runnable setsMayBeUnused;

  Questionnaires(Connection connection, AttributeSets attributeSets, Runnable setsMayBeUnused) {
    this.connection = connection;
    this.attributeSets = attributeSets;
    this.setsMayBeUnused = setsMayBeUnused;
  }

  /**
   * Stores the respondents of a response file; {@code segmentIds} are the ids of the source's
   * segments by ordinal, for open answers. The questionnaire's items are brought up to the
   * definition the file was read with.
   */
  public void insert(long sourceId, NewResponses responses, List<Long> segmentIds) {
    try {
      long questionnaireId = questionnaire(responses.questionnaire());
      try (PreparedStatement respondent = connection.prepareStatement("INSERT INTO respondents (source_id,"
              + " questionnaire_id, line, attribute_set_id) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
          PreparedStatement answer = connection.prepareStatement(
              "INSERT INTO answers (respondent_id, item, value, number, segment_id) VALUES (?, ?, ?, ?, ?)")) {
        for (NewResponses.Respondent row : responses.respondents()) {
          respondent.setLong(1, sourceId);
          respondent.setLong(2, questionnaireId);
          respondent.setInt(3, row.line());
          respondent.setObject(4, attributeSets.idOf(row.attributes()));
          respondent.executeUpdate();
          long respondentId = StoreTransaction.generatedKey(respondent);
          for (NewResponses.Answer given : row.answers()) {
            answer.setLong(1, respondentId);
            answer.setString(2, given.item());
            answer.setString(3, given.value());
            answer.setObject(4, given.number());
            answer.setObject(5, given.segmentOrdinal() == null ? null : segmentIds.get(given.segmentOrdinal()));
            answer.addBatch();
          }
        }
        answer.executeBatch();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The cases file changed: a respondent's attributes are computed again, its answers stay. */
  public void updateAttributes(long sourceId, int line, Map<String, String> attributes) {
    try (PreparedStatement ps = connection.prepareStatement(
        "UPDATE respondents SET attribute_set_id = ? WHERE source_id = ? AND line = ?")) {
      ps.setObject(1, attributeSets.idOf(attributes));
      ps.setLong(2, sourceId);
      ps.setInt(3, line);
      ps.executeUpdate();
      setsMayBeUnused.run();
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Questionnaires no respondent answers any more (their response files were removed). */
  void deleteUnused() throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.executeUpdate("DELETE FROM questionnaires WHERE id NOT IN (SELECT questionnaire_id FROM respondents)");
    }
  }

  /** The questionnaire's id, created or updated to this definition. */
  private long questionnaire(NewResponses.Questionnaire definition) throws SQLException {
    Long id = null;
    String hash = null;
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT id, definition_hash FROM questionnaires WHERE name = ?")) {
      ps.setString(1, definition.name());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          id = rs.getLong(1);
          hash = rs.getString(2);
        }
      }
    }
    if (id != null && hash.equals(definition.definitionHash())) {
      return id;
    }
    if (id == null) {
      try (PreparedStatement ps = connection.prepareStatement("INSERT INTO questionnaires (name, title, definition,"
          + " definition_hash) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        ps.setString(1, definition.name());
        ps.setString(2, definition.title());
        ps.setString(3, definition.definition());
        ps.setString(4, definition.definitionHash());
        ps.executeUpdate();
        id = StoreTransaction.generatedKey(ps);
      }
    } else {
      try (PreparedStatement ps = connection.prepareStatement(
          "UPDATE questionnaires SET title = ?, definition = ?, definition_hash = ? WHERE id = ?")) {
        ps.setString(1, definition.title());
        ps.setString(2, definition.definition());
        ps.setString(3, definition.definitionHash());
        ps.setLong(4, id);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = connection.prepareStatement(
          "DELETE FROM questionnaire_items WHERE questionnaire_id = ?")) {
        ps.setLong(1, id);
        ps.executeUpdate();
      }
    }
    insertItems(id, definition.items());
    return id;
  }

  private void insertItems(long questionnaireId, List<NewResponses.Item> items) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO questionnaire_items (questionnaire_id,"
        + " item, ordinal, label, type, choices) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < items.size(); i++) {
        NewResponses.Item item = items.get(i);
        ps.setLong(1, questionnaireId);
        ps.setString(2, item.id());
        ps.setInt(3, i);
        ps.setString(4, item.label());
        ps.setString(5, item.type());
        ps.setString(6, item.choices().isEmpty() ? null : json(item.choices()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static String json(List<String> values) {
    try {
      return new ObjectMapper().writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings is always JSON", e);
    }
  }
}
