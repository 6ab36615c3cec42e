package fr.parole.coding;

import java.util.Locale;

/**
 * What a person decided about a suggestion: accept it, reject it, or recode the segment with
 * another code. Written in a spreadsheet as {@code accepte}, {@code rejete} or
 * {@code recode:dimension/code} (accents and case do not matter; {@code a}, {@code r} work too).
 */
public record ReviewDecision(long segmentId, String code, Kind kind, String newCode, String coder, int line) {
  /** The three decisions. */
  public enum Kind { ACCEPT, REJECT, RECODE }

  /** Reads a decision cell; null when the cell is empty (no decision yet). */
  public static Kind kindOf(String cell) {
    String value = java.text.Normalizer.normalize(cell.strip(), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    if (value.isEmpty()) {
      return null;
    }
    if (value.startsWith("recode") || value.startsWith("c:")) {
      return Kind.RECODE;
    }
    if (value.equals("a") || value.startsWith("accept") || value.equals("oui")) {
      return Kind.ACCEPT;
    }
    if (value.equals("r") || value.startsWith("rejet") || value.startsWith("reject") || value.equals("non")) {
      return Kind.REJECT;
    }
    throw new IllegalArgumentException(cell);
  }
}
