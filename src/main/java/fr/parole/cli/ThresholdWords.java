package fr.parole.cli;

/** How a threshold's origin reads in French. */
final class ThresholdWords {
  private ThresholdWords() {}

  static String origin(String origin) {
    return switch (origin) {
      case "calibrated" -> "calibré";
      case "codebook" -> "livre de codes";
      default -> "défaut";
    };
  }
}
