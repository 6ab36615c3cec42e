package fr.parole.importer;

import fr.parole.study.EsatisResult;
import java.util.List;

/** The e-Satis results read from one file: one row per establishment. */
public record ImportedResults(String format, String encoding, String survey, List<EsatisResult> results,
    List<String> warnings) implements ReadSource {
  public ImportedResults {
    results = List.copyOf(results);
    warnings = List.copyOf(warnings);
  }

  /** The years the results are for, in order (usually one). */
  public List<Integer> years() {
    return results.stream().map(EsatisResult::year).distinct().sorted().toList();
  }
}
