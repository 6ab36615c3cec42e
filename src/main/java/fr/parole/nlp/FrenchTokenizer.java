package fr.parole.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Splits French text into word, number and punctuation tokens with exact offsets.
 *
 * <p>No French tokenizer model is published with OpenNLP, so this follows the tokenisation the
 * French UD (GSD) POS model was trained on:
 * <ul>
 *   <li>elided words are split and keep their apostrophe: "l'hôpital" → "l'" "hôpital",
 *       "qu'on m'a dit" → "qu'" "on" "m'" "a" "dit"; both ' and ’ are apostrophes. Only the
 *       elidable words below are split, so "aujourd'hui", "quelqu'un", "prud'homme" stay whole;</li>
 *   <li>hyphenated compounds stay whole ("aide-soignante", "peut-être", "après-midi"), except
 *       verb-pronoun inversions, which are split before the pronoun as in UD: "pouvez-vous" →
 *       "pouvez" "-vous", "a-t-il" → "a" "-t-il", "dis-le-moi" → "dis" "-le" "-moi". A compound
 *       that ends like a pronoun but is a word of its own ("rendez-vous", "chez-soi") is kept
 *       whole when the {@code knownWord} predicate (the French dictionary) knows it;</li>
 *   <li>decimal numbers stay whole ("3,5", "1.000"); a run of dots is one token ("...").</li>
 * </ul>
 * Scanning is by hand, by code point (emoji with skin tones or joiners stay one token), with no
 * regular expression: it runs on every segment and sits next to the POS tagger in the budget.
 * Thread-safe if {@code knownWord} is.
 */
public final class FrenchTokenizer {
  /** A token's offsets in the text given to {@link #tokenize}. */
  public record Span(int start, int end) {
    public String text(CharSequence source) {
      return source.subSequence(start, end).toString();
    }
  }

  /** Words that elide their vowel before another word and are then tokens of their own. */
  private static final Set<String> ELIDED = Set.of(
      "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu");

  /** Pronouns that follow a verb in inversions and imperatives. */
  private static final Set<String> CLITICS = Set.of(
      "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce", "moi", "toi", "le",
      "la", "les", "lui", "leur", "en", "y");

  /** Pronouns that take the euphonic "-t-" ("a-t-il", "va-t-on", "va-t-en"). */
  private static final Set<String> AFTER_EUPHONIC_T = Set.of("il", "elle", "on", "ils", "elles", "en");

  /** Fixed expressions whose apostrophe is not an elision to split. */
  private static final Set<String> WHOLE = Set.of("c'est-à-dire");

  private final Predicate<String> knownWord;

  /** @param knownWord true for a lower-case hyphenated form that is a word of its own */
  public FrenchTokenizer(Predicate<String> knownWord) {
    this.knownWord = knownWord;
  }

  /** A tokenizer without a dictionary: every hyphenated form ending in a pronoun is split. */
  public FrenchTokenizer() {
    this(form -> false);
  }

  public List<Span> tokenize(CharSequence text) {
    return tokenize(text, 0, text.length());
  }

  /** Tokens of {@code text[from, to)}, with offsets into {@code text}. */
  public List<Span> tokenize(CharSequence text, int from, int to) {
    List<Span> spans = new ArrayList<>(Math.max(4, (to - from) / 5));
    int i = from;
    while (i < to) {
      int cp = Character.codePointAt(text, i);
      if (isSeparator(cp)) {
        i += Character.charCount(cp);
      } else if (isWordChar(cp)) {
        i = word(text, i, to, spans);
      } else {
        i = symbol(text, i, to, cp, spans);
      }
    }
    return spans;
  }

  /** Scans a word from {@code start} (a word character), adds its tokens, returns its end. */
  private int word(CharSequence text, int start, int to, List<Span> spans) {
    int j = start;
    while (j < to) {
      int cp = Character.codePointAt(text, j);
      if (isWordChar(cp)) {
        j += Character.charCount(cp);
      } else if ((isHyphen(cp) || isApostrophe(cp)) && j + 1 < to
          && isWordChar(Character.codePointAt(text, j + 1))) {
        j++;
      } else if ((cp == ',' || cp == '.') && j + 1 < to && Character.isDigit(text.charAt(j + 1))
          && Character.isDigit(text.charAt(j - 1))) {
        j++;
      } else {
        break;
      }
    }
    // "qu' euh", "l' " in transcripts: the apostrophe still belongs to the elided word.
    if (j < to && isApostrophe(text.charAt(j)) && ELIDED.contains(lower(text, start, j))) {
      j++;
    }
    splitElisions(text, start, j, spans);
    return j;
  }

  private void splitElisions(CharSequence text, int start, int end, List<Span> spans) {
    int apostrophe = -1;
    for (int k = start; k < end; k++) {
      if (isApostrophe(text.charAt(k))) {
        apostrophe = k;
        break;
      }
    }
    if (apostrophe > start && ELIDED.contains(lower(text, start, apostrophe))
        && !WHOLE.contains(normalised(text, start, end))) {
      spans.add(new Span(start, apostrophe + 1));
      if (apostrophe + 1 < end) {
        // "j'l'ai" in transcribed speech: the rest may start with another elided word.
        splitElisions(text, apostrophe + 1, end, spans);
      }
      return;
    }
    splitInversion(text, start, end, spans);
  }

  /** Peels pronouns off the end of "pouvez-vous", "a-t-il", "donnez-le-moi". */
  private void splitInversion(CharSequence text, int start, int end, List<Span> spans) {
    int head = end;
    int peeled = 0;
    int[] cuts = null;
    while (true) {
      int hyphen = lastHyphen(text, start, head);
      if (hyphen <= start || !CLITICS.contains(lower(text, hyphen + 1, head))) {
        break;
      }
      if (peeled == 0 && knownWord.test(normalised(text, start, end))) {
        break;
      }
      int cut = hyphen;
      if (hyphen - 2 > start && isHyphen(text.charAt(hyphen - 2))
          && Character.toLowerCase(text.charAt(hyphen - 1)) == 't'
          && AFTER_EUPHONIC_T.contains(lower(text, hyphen + 1, head))) {
        cut = hyphen - 2;
      }
      if (cuts == null) {
        cuts = new int[4];
      } else if (peeled == cuts.length) {
        cuts = Arrays.copyOf(cuts, peeled * 2);
      }
      cuts[peeled++] = cut;
      head = cut;
    }
    spans.add(new Span(start, head));
    for (int k = peeled - 1; k >= 0; k--) {
      spans.add(new Span(cuts[k], k == 0 ? end : cuts[k - 1]));
    }
  }

  /** Punctuation and symbols: one token per character, except runs of dots and of ?!. */
  private static int symbol(CharSequence text, int start, int to, int cp, List<Span> spans) {
    int j = start + Character.charCount(cp);
    if (cp == '.' || cp == '!' || cp == '?') {
      while (j < to && (text.charAt(j) == cp || cp != '.' && (text.charAt(j) == '!' || text.charAt(j) == '?'))) {
        j++;
      }
    } else {
      j = emojiTail(text, j, to);
    }
    spans.add(new Span(start, j));
    return j;
  }

  /** Keeps variation selectors, skin tones and zero-width-joined parts with their emoji. */
  private static int emojiTail(CharSequence text, int j, int to) {
    while (j < to) {
      int next = Character.codePointAt(text, j);
      if (next >= 0xFE00 && next <= 0xFE0F || next >= 0x1F3FB && next <= 0x1F3FF) {
        j += Character.charCount(next);
      } else if (next == 0x200D && j + 1 < to) {
        j += 1 + Character.charCount(Character.codePointAt(text, j + 1));
      } else {
        break;
      }
    }
    return Math.min(j, to);
  }

  private static int lastHyphen(CharSequence text, int start, int end) {
    for (int k = end - 1; k > start; k--) {
      if (isHyphen(text.charAt(k))) {
        return k;
      }
    }
    return -1;
  }

  static boolean isApostrophe(int c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  private static boolean isHyphen(int c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return cp != '\u02BC'; // the modifier apostrophe is a "letter" but elides like '
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** Spaces (including the no-break spaces French puts before ; : ! ?), controls, BOM. */
  private static boolean isSeparator(int cp) {
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT && cp != 0x200D;
  }

  private static String lower(CharSequence text, int start, int end) {
    return text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
  }

  /** Lower case with straight apostrophes, as the dictionary spells words. */
  private static String normalised(CharSequence text, int start, int end) {
    return FrenchLexicon.normalise(lower(text, start, end));
  }
}
