package fr.parole.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * ([TEL]), social-security numbers ([NIR]) and person names ([NOM-1], [NOM-2]… the same name
 * always gets the same placeholder through one {@link Placeholders}). A name is a capitalised word
 * after a title ("Dr Martin", "Mme Dupont") or a role ("l'infirmière Julie"), a known first name
 * ("Julie", "Marie Dupont"), or a word the POS tagger calls a proper noun that the French
 * dictionary does not know as a common word. Titles and roles stay; job titles, services and
 * establishment names are never names.
 */
public final class Pseudonymiser {
  private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
  private static final Pattern NIR = Pattern.compile("\\b[12][ .]?\\d{2}[ .]?\\d{2}[ .]?(?:\\d{2}|2[AB])[ .]?\\d{3}"
      + "[ .]?\\d{3}(?:[ .]?\\d{2})?\\b");
  /** A final period or apostrophe ("Dr.", "l'") that is not part of the word. */
  private static final Pattern TRAILING_MARK = Pattern.compile("[.’']$");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");
  private static final Pattern PHONE = Pattern.compile("(?:(?:\\+|00)33[ .-]?|\\b0)[1-9](?:[ .-]?\\d{2}){4}\\b");
  private static final Set<String> TITLES = Set.of("dr", "docteur", "docteure", "pr", "professeur", "professeure",
      "mme", "madame", "m", "monsieur", "mlle", "mademoiselle", "me", "maître");
  private static final Set<String> ROLES = Set.of("infirmier", "infirmière", "infirmiere", "aide-soignant",
      "aide-soignante", "cadre", "interne", "externe", "médecin", "medecin", "chirurgien", "chirurgienne",
      "kiné", "kinésithérapeute", "sage-femme", "brancardier", "brancardière", "secrétaire", "patient", "patiente",
      "voisin", "voisine", "collègue", "anesthésiste", "psychologue", "assistante", "assistant");
  /** Capitalised words of hospitals and health care that are never a person's name. */
  private static final Set<String> NEVER_NAMES = Set.of("chu", "ch", "chr", "chru", "hôpital", "hopital", "clinique",
      "service", "pôle", "pole", "urgences", "réanimation", "cardiologie", "chirurgie", "médecine", "pédiatrie",
      "maternité", "oncologie", "gériatrie", "psychiatrie", "has", "ars", "cdu", "ru", "etp", "esatis", "e-satis",
      "samu", "smur", "ehpad", "france", "covid", "ide", "as", "cgs", "cds", "css", "dq", "rq");

  private final FrenchTagger tagger;
  private final Lemmatizer lemmatizer;
  private final Set<String> firstNames;

  public Pseudonymiser(FrenchTagger tagger, Lemmatizer lemmatizer, Set<String> firstNames) {
    this.tagger = tagger;
    this.lemmatizer = lemmatizer;
    this.firstNames = firstNames;
  }

  /** A pseudonymiser on the given models, with the shipped first-name list. */
  public static Pseudonymiser french(FrenchModels models) {
    return new Pseudonymiser(models.newTagger(), models.lexicon().newLemmatizer(), defaultFirstNames());
  }

  /** The shipped list of common French first names (lower case, no accents). */
  public static Set<String> defaultFirstNames() {
    try (InputStream in = Pseudonymiser.class.getResourceAsStream("/fr/parole/nlp/prenoms.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(Pseudonymiser::key)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    } catch (IOException | NullPointerException e) {
      // The list ships inside the jar: failing to read it means a broken build.
      throw new UncheckedIOException(new IOException("Unable to load prenoms.txt", e));
    }
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

  public String pseudonymise(String text, Placeholders placeholders) {
    String masked = replace(PHONE, replace(NIR, replace(EMAIL, text, "[EMAIL]"), "[NIR]"), "[TEL]");
    List<int[]> spans = nameSpans(masked);
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

  /** Spans of consecutive name tokens, in order. */
  private List<int[]> nameSpans(String text) {
    List<Token> tokens = tagger.tag(text).tokens();
    List<int[]> spans = new ArrayList<>();
    int[] open = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String previous = i > 0 ? key(TRAILING_MARK.matcher(tokens.get(i - 1).text()).replaceAll("")) : "";
      String word = key(TRAILING_MARK.matcher(token.text()).replaceAll(""));
      // After "Hôpital", "CHU"…, a capitalised word names the establishment, not a person. A word
      // in capitals ("AMPATTI", "DUPONT") is an acronym unless a title, a role or a first name
      // comes before it: the tagger's proper-noun guess alone is not enough for it.
      boolean name = isCapitalised(token.text()) && !NEVER_NAMES.contains(word) && !TITLES.contains(word)
          && !ROLES.contains(word) && !NEVER_NAMES.contains(previous) && !word.startsWith("saint")
          && (open != null || TITLES.contains(previous) || ROLES.contains(previous)
              || firstNames.contains(key(token.text())) || !isAllCaps(token.text()) && unknownProperNoun(token));
      if (name && open != null && token.start() - open[1] <= 1) {
        open[1] = token.end();
      } else if (name) {
        open = new int[] {token.start(), token.end()};
        spans.add(open);
      } else {
        open = null;
      }
    }
    return spans;
  }

  private boolean unknownProperNoun(Token token) {
    return "PROPN".equals(token.pos()) && token.text().length() > 1
        && !lemmatizer.isKnown(token.text().toLowerCase(Locale.ROOT));
  }

  private static boolean isCapitalised(String word) {
    return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(
        c -> Character.isLetter(c) || c == '-' || c == '\'');
  }

  private static boolean isAllCaps(String word) {
    return word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  static String key(String word) {
    return COMBINING_MARKS.matcher(Normalizer.normalize(word.strip(), Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
