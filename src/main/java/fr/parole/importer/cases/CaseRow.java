package fr.parole.importer.cases;

import java.util.Map;

/** One row of a cases file: its key (a source name or a speaker code), attributes, and line. */
public record CaseRow(String key, Map<String, String> attributes, int line) {
  public CaseRow {
    attributes = Map.copyOf(attributes);
  }
}
