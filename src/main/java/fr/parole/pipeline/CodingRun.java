package fr.parole.pipeline;

import fr.parole.coding.Codebook;
import fr.parole.coding.CodingService;
import fr.parole.study.CodeCount;
import java.util.List;

/**
 * What {@code parole code} did with a codebook ({@code book}, whose id is {@code codebook}), and the
 * codings the study now holds.
 */
public record CodingRun(String codebook, CodingService.Result result, List<CodeCount> counts, Codebook book) {
  public CodingRun {
    counts = List.copyOf(counts);
  }
}
