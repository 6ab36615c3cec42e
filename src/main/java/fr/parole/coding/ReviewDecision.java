package fr.parole.coding;

import java.util.Locale;

/**
 * What a person decided about a suggestion: accept it, reject it, or recode the segment with
 * another code. Written in a spreadsheet as {@code accepte}, {@code rejete} or
 * {@code recode:dimension/code} (accents and case do not matter; {@code a}, {@code r} work too).
 * {@code codingId}: the suggestion the sheet's row was written for, when the sheet says it.
 */
public record ReviewDecision(long segmentId, String code, Kind kind, String newCode, String coder, int line,
    Long codingId) {
  /** A decision made without a sheet's {@code codage} column (in the terminal, in the atelier). */
  public ReviewDecision(long segmentId, String code, Kind kind, String newCode, String coder, int line) {
    this(segmentId, code, kind, newCode, coder, line, null);
  }

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
