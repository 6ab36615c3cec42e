package fr.parole.pipeline;

import fr.parole.coding.Codebook;
import fr.parole.coding.Dimension;
import fr.parole.coding.Uncertainty;
import fr.parole.study.LearningQueries.WindowRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review queue's order « les plus utiles d'abord »: among a window of pending suggestions (the
 * next {@link #WINDOW} in corpus order, so a decision costs the same on a study of a million
 * segments), the segment and dimension the model is least sure of ({@link Uncertainty}, the measure
 * the learning-curve benchmark simulates), where a person's decision teaches it most. The
 * probabilities are those stored with the suggestions (the model with the rules, as the last coding
 * run or retraining scored them): no text is tagged to order the queue. A code stored under half its
 * threshold is absent and counts as 0, which can only make a segment look surer than it is.
 */
final class UncertainFirst {
  /** How many pending suggestions are ordered each time: a few ms to read, whatever the study's size. */
  static final int WINDOW = 400;

  private final Codebook codebook;

  UncertainFirst(Codebook codebook) {
    this.codebook = codebook;
  }

  /** One segment's suggestions in one dimension, and how unsure the model is there. */
  private record Group(double uncertainty, WindowRow shown) {}

  /**
   * The suggestion to show: that of the most unsure group, or the one ranked after
   * {@code afterCodingId} (a person passed it; after the last, the first again).
   */
  Optional<Long> pick(List<WindowRow> window, long afterCodingId) {
    List<Group> ranked = ranked(window);
    if (ranked.isEmpty()) {
      return Optional.empty();
    }
    int at = 0;
    for (int i = 0; afterCodingId >= 0 && i < ranked.size(); i++) {
      if (ranked.get(i).shown().codingId() == afterCodingId) {
        at = (i + 1) % ranked.size();
        break;
      }
    }
    return Optional.of(ranked.get(at).shown().codingId());
  }

  /** The groups, most unsure first; ties in corpus order. */
  List<Group> ranked(List<WindowRow> window) {
    Map<String, List<WindowRow>> groups = new LinkedHashMap<>();
    for (WindowRow row : window) {
      groups.computeIfAbsent(row.segmentId() + "/" + dimension(row.code()), k -> new ArrayList<>()).add(row);
    }
    List<Group> ranked = new ArrayList<>();
    groups.values().forEach(rows -> ranked.add(group(rows)));
    ranked.sort(Comparator.comparingDouble(Group::uncertainty).reversed());
    return ranked;
  }

  private Group group(List<WindowRow> rows) {
    boolean exclusive = codebook.dimension(dimension(rows.get(0).code())).map(Dimension::exclusive).orElse(false);
    Map<String, Double> probabilities = new LinkedHashMap<>();
    Map<String, Double> thresholds = new LinkedHashMap<>();
    for (WindowRow row : rows) {
      probabilities.merge(row.code(), row.confidence(), Math::max);
      thresholds.put(row.code(), row.threshold());
    }
    // The suggestion to decide: in an exclusive dimension the model's choice; else the code nearest its threshold.
    WindowRow shown = rows.stream().min(exclusive
        ? Comparator.comparingDouble((WindowRow r) -> -r.confidence())
        : Comparator.comparingDouble((WindowRow r) -> Math.abs(r.confidence() - r.threshold()))).orElseThrow();
    return new Group(Uncertainty.of(probabilities, exclusive, thresholds), shown);
  }

  private static String dimension(String code) {
    return code.substring(0, code.indexOf('/'));
  }
}
