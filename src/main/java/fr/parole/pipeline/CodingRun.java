package fr.parole.pipeline;

import fr.parole.coding.CodingService;
import fr.parole.study.CodeCount;
import java.util.List;

/** What {@code parole code} did, and the codings the study now holds. */
public record CodingRun(String codebook, CodingService.Result result, List<CodeCount> counts) {
  public CodingRun {
    counts = List.copyOf(counts);
  }
}
