package fr.parole.web;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Each code's colour in the document's margin. The page's Content-Security-Policy forbids inline
 * styles, so the colours reach the page as a small stylesheet ({@link #css}) with one class per
 * code ({@link #cssClass}).
 */
final class CodeColours {
  /**
   * Twelve colours that stay apart for colour-blind readers (Okabe–Ito, then Paul Tol's "muted"),
   * each dark or saturated enough to stand out against the page's white (contrast 3:1 or more for
   * a graphic object, WCAG 1.4.11).
   */
  static final List<String> PALETTE = List.of("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9",
      "#332288", "#882255", "#117733", "#aa4499", "#999933", "#44aa99");
  private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

  private CodeColours() {}

  /**
   * The colour of the code at {@code rank} in its codebook: the one the codebook gives it
   * ({@code color: "#rrggbb"}, set in « Livre de codes » or the file), else the palette's colour
   * at that rank, so that the first twelve codes never share one (a hash of the code's path, tried
   * first, gave four codes of the demo the same olive).
   */
  static String colour(Code code, int rank) {
    String own = code.color();
    if (own != null && HEX.matcher(own).matches()) {
      return own.toLowerCase(java.util.Locale.ROOT);
    }
    return PALETTE.get(rank % PALETTE.size());
  }

  /** The class of a code's stripe: its rank in the codebook (paths may hold any character). */
  static String cssClass(Codebook codebook, String path) {
    List<Code> codes = codebook.codes();
    for (int i = 0; i < codes.size(); i++) {
      if (codes.get(i).path().equals(path)) {
        return "k" + i;
      }
    }
    return "k-autre";
  }

  /** The stylesheet of a codebook's colours: one rule per code. */
  static String css(Codebook codebook) {
    StringBuilder css = new StringBuilder("/* Couleurs des codes du livre « " + codebook.id().replace("*/", "")
        + " » */\n");
    List<Code> codes = codebook.codes();
    for (int i = 0; i < codes.size(); i++) {
      css.append(".stripe.k").append(i).append(", .swatch.k").append(i).append(" { background: ")
          .append(colour(codes.get(i), i)).append("; }\n");
    }
    return css.toString();
  }
}
