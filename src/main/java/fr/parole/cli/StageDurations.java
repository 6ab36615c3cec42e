package fr.parole.cli;

import fr.parole.pipeline.StageClock.Stage;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** The last line of {@code parole run}: « Durées : import 12 s, index 5 s, codage 1 min 40 s, rapport 18 s ». */
final class StageDurations {
  private StageDurations() {}

  static String line(Map<Stage, Duration> durations) {
    return "Durées : " + durations.entrySet().stream()
        .map(e -> name(e.getKey()) + " " + FrenchDuration.of(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private static String name(Stage stage) {
    return switch (stage) {
      case IMPORT -> "import";
      case INDEX -> "index";
      case CODING -> "codage";
      case REPORT -> "rapport";
    };
  }
}
