package fr.parole.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces what identifies a person in a verbatim: e-mail addresses ([EMAIL]), phone numbers
 * ([TEL], every French spelling, « +33 (0)1 45 67 89 10 » included), social-security numbers
 * ([NIR]) and person names ([NOM-1], [NOM-2]… the same name always gets the same placeholder
 * through one {@link Placeholders}). How names are found: {@link NameFinder}. Titles and roles
 * stay; job titles, services, and places named after people (« hôpital Henri-Mondor », « rue
 * Pasteur », « maladie de Parkinson ») are not names.
 */
public final class Pseudonymiser {
  private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
  private static final Pattern NIR = Pattern.compile("\\b[12][ .]?\\d{2}[ .]?\\d{2}[ .]?(?:\\d{2}|2[AB])[ .]?\\d{3}"
      + "[ .]?\\d{3}(?:[ .]?\\d{2})?\\b");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");
  /** 0X XX XX XX XX with spaces, dots or dashes, or +33 / 0033 with an optional « (0) ». */
  private static final Pattern PHONE = Pattern.compile("(?:(?:\\+|\\b00)33[ .-]?(?:\\(0\\)[ .-]?)?|\\b0)[1-9]"
      + "(?:[ .-]?\\d{2}){4}\\b");

  private final NameFinder names;

  public Pseudonymiser(FrenchTagger tagger, Lemmatizer lemmatizer, Set<String> firstNames) {
    this.names = new NameFinder(tagger, lemmatizer, NameLexicon.shipped(firstNames));
  }

  /** A pseudonymiser on the given models, with the shipped first-name list. */
  public static Pseudonymiser french(FrenchModels models) {
    return new Pseudonymiser(models.newTagger(), models.lexicon().newLemmatizer(), defaultFirstNames());
  }

  /** The shipped list of French first names (lower case, no accents; sources in NOTICE.md). */
  public static Set<String> defaultFirstNames() {
    return NameLexicon.read("prenoms.txt", Pseudonymiser::key);
  }

  /**
   * Numbers names: in order of first appearance, or as {@code numbering} says (the study's table of
   * names, so that a person keeps one number across commands). Share one across a study.
   */
  public static final class Placeholders {
    private final Map<String, Integer> names = new HashMap<>();
    private final java.util.function.ToIntFunction<String> numbering;

    public Placeholders() {
      this.numbering = null;
    }

    /** Placeholders numbered by {@code numbering}: a name's key (no accents, lower case) → its number. */
    public Placeholders(java.util.function.ToIntFunction<String> numbering) {
      this.numbering = java.util.Objects.requireNonNull(numbering, "numbering");
    }

    synchronized String forName(String name) {
      return "[NOM-" + names.computeIfAbsent(key(name), k -> numbering == null ? names.size() + 1
          : numbering.applyAsInt(k)) + "]";
    }
  }

  /**
   * The spans of the person names {@link #pseudonymise} would replace in a text these models
   * tagged already: for counting words without counting names, without tagging twice.
   */
  public List<int[]> nameSpans(TaggedText tagged) {
    return names.find(tagged);
  }

  public String pseudonymise(String text, Placeholders placeholders) {
    String masked = replace(PHONE, replace(NIR, replace(EMAIL, text, "[EMAIL]"), "[NIR]"), "[TEL]");
    List<int[]> spans = names.find(masked);
    List<String> replacements = new ArrayList<>(); // numbered in reading order, replaced from the end
    spans.forEach(span -> replacements.add(placeholders.forName(masked.substring(span[0], span[1]))));
    StringBuilder out = new StringBuilder(masked);
    for (int i = spans.size() - 1; i >= 0; i--) {
      out.replace(spans.get(i)[0], spans.get(i)[1], replacements.get(i));
    }
    return out.toString();
  }

  private static String replace(Pattern pattern, String text, String placeholder) {
    Matcher m = pattern.matcher(text);
    return m.replaceAll(Matcher.quoteReplacement(placeholder));
  }

  static String key(String word) {
    if (word.chars().allMatch(c -> c < 128)) {
      return word.strip().toLowerCase(Locale.ROOT); // no accent to take off: most words, skip the normalising
    }
    return COMBINING_MARKS.matcher(Normalizer.normalize(word.strip(), Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
