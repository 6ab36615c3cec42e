package fr.parole.report;

import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.CodePresence;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tests per code of the report, computed once and read twice: by the summary at the top (the
 * differences a test supports) and by the sections that show them. A code is tested on the
 * segments analysed with its codebook, coded or not, in the groups of a cut; segments without the
 * attribute are left out of the test (their count is given apart).
 */
final class ThemeFindings {
  /** The level at which an adjusted p-value marks a difference. */
  static final double LEVEL = 0.05;

  private final Map<String, CodePresence.Table> presence = new HashMap<>();
  private final CodePresence tests = new CodePresence();

  /** Each code of {@code dimension} rolled up, by group of {@code cut}: shares and tests. */
  CodePresence.Table presence(ThemeCodings theme, String dimension, String cut) {
    return presence.computeIfAbsent(theme.codebookId() + "\u0000" + dimension + "\u0000" + cut, key -> {
      Map<String, Long> sizes = new TreeMap<>();
      theme.groupSizes(cut).forEach((group, count) -> sizes.put(group, count.segments()));
      sizes.remove(CodeFrequencies.MISSING);
      Map<String, Map<String, Long>> coded = theme.codedByGroup(dimension, cut);
      coded.values().forEach(groups -> groups.remove(CodeFrequencies.MISSING));
      return tests.analyse(cut, sizes, coded);
    });
  }

  /** The analysed segments without the attribute, which the tests by it leave out. */
  static long missing(ThemeCodings theme, String cut) {
    CodeFrequencies.Count count = theme.groupSizes(cut).get(CodeFrequencies.MISSING);
    return count == null ? 0 : count.segments();
  }
}
