package fr.parole.coding;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A slice of a study's sources for {@code parole code --shard k/N}: the sources whose id modulo
 * {@code count} is {@code index - 1}, so that N processes (or machines sharing the study) code
 * each source exactly once. Whole sources, not segments: a source's lemma counts and its record
 * of what coded it stay in one piece.
 */
public record Shard(int index, int count) {
  /** Every source. */
  public static final Shard ALL = new Shard(1, 1);

  private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*");

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException(index + "/" + count);
    }
  }

  /** {@code k/N} with 1 ≤ k ≤ N, or empty when the text is not one. */
  public static Optional<Shard> parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int index = Integer.parseInt(m.group(1));
    int count = Integer.parseInt(m.group(2));
    return count >= 1 && index >= 1 && index <= count ? Optional.of(new Shard(index, count)) : Optional.empty();
  }

  public boolean covers(long sourceId) {
    return Math.floorMod(sourceId, count) == index - 1;
  }

  public boolean isAll() {
    return count == 1;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
