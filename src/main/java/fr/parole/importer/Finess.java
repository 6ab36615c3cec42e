package fr.parole.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** FINESS numbers, which key establishments in e-Satis results and in comment exports. */
public final class Finess {
  /** 9 characters: the department (2 digits, or 2A / 2B for Corsica) then 7 digits. */
  private static final Pattern FINESS = Pattern.compile("(\\d{2}|2[AB])\\d{7}");

  private Finess() {}

  /** The number as stored: upper case ("2a…" is "2A…"). */
  public static String normalise(String value) {
    return value.toUpperCase(Locale.ROOT);
  }

  /**
   * Why {@code value} is not a FINESS number, in French, or empty when it is one. An 8-digit value
   * most likely lost its leading zero in a spreadsheet: the message says so, followed by
   * {@code lostZeroAdvice} (what to do about it in this kind of file, or "").
   */
  public static Optional<String> problem(String value, String lostZeroAdvice) {
    String finess = normalise(value);
    if (FINESS.matcher(finess).matches()) {
      return Optional.empty();
    }
    String hint = finess.length() == 8 && finess.chars().allMatch(Character::isDigit)
        ? " ; le zéro initial a-t-il été perdu par un tableur ?" + lostZeroAdvice : "";
    return Optional.of("« " + value + " » n'est pas un numéro FINESS (" + finess.length()
        + " caractère(s) ; attendu : 9 caractères, 2 chiffres ou 2A/2B puis 7 chiffres" + hint + ").");
  }
}
