package fr.parole.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Lemmas from the French dictionary, chosen by the UD tag the POS model gave the token. Not
 * thread-safe (morfologik's lookup reuses buffers, and the cache is a plain map): one per thread,
 * from {@link FrenchLexicon#newLemmatizer()}.
 *
 * <p>Choice: the first reading whose primary tags contain the token's UD tag, else the first whose
 * secondary tags do, else the first reading. Readings of être and avoir come first, because
 * their forms are by far the most frequent readings of the forms they share with rarer verbs
 * ("étaient" étayer, "suis" suivre, "eus"…); "je suis le traitement" tagged VERB thus gets
 * être, an error accepted for the many "je suis" that are être. A form the dictionary does not know (a misspelling,
 * a name, a number) is its own lemma, in lower case. Lemmas are always lower case, so that rules
 * and the index need not care whether the word opened a sentence.
 */
public final class Lemmatizer {
  private record Reading(String lemma, int primary, int secondary) {
  }

  private static final Reading[] NONE = new Reading[0];
  /** Corpus vocabularies are a few tens of thousands of forms; past this the cache restarts. */
  private static final int CACHE_LIMIT = 100_000;

  private final DictionaryLookup lookup;
  private final boolean frequencyIncluded;
  private final Map<String, Reading[]> cache = new HashMap<>();

  Lemmatizer(Dictionary dictionary) {
    this.lookup = new DictionaryLookup(dictionary);
    // LanguageTool appends a frequency letter to every tag ("N m sK"); it is not part of the tag.
    this.frequencyIncluded = dictionary.metadata.isFrequencyIncluded();
  }

  /** The lemma of {@code form} (as written; ’ is read as ') tagged {@code pos} (a UD tag). */
  public String lemma(String form, String pos) {
    Reading[] readings = readings(form);
    if (readings.length == 0) {
      return FrenchLexicon.normalise(form.toLowerCase(Locale.ROOT));
    }
    int bit = LexiconTags.udBit(pos);
    Reading best = readings[0];
    int bestScore = 0;
    for (Reading reading : readings) {
      int score = (reading.primary & bit) != 0 ? 2 : (reading.secondary & bit) != 0 ? 1 : 0;
      if (score > bestScore) {
        best = reading;
        bestScore = score;
        if (score == 2) {
          break;
        }
      }
    }
    return best.lemma;
  }

  /** True if the dictionary lists {@code form} (or its lower-case spelling). */
  public boolean isKnown(String form) {
    return readings(form).length > 0;
  }

  private Reading[] readings(String form) {
    Reading[] cached = cache.get(form);
    if (cached != null) {
      return cached;
    }
    String normalised = FrenchLexicon.normalise(form);
    Reading[] readings = read(normalised);
    if (readings.length == 0) {
      String lower = normalised.toLowerCase(Locale.ROOT);
      if (!lower.equals(normalised)) {
        readings = read(lower);
      }
    }
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(form, readings);
    return readings;
  }

  /** Readings of one spelling, merged by lemma (first-seen order): "suis" → suivre, être. */
  private Reading[] read(String form) {
    List<WordData> found = lookup.lookup(form);
    if (found.isEmpty()) {
      return NONE;
    }
    List<Reading> readings = new ArrayList<>(found.size());
    for (WordData data : found) {
      // WordData and its char sequences are reused by the next lookup: copy now.
      CharSequence rawTag = data.getTag();
      if (rawTag == null || data.getStem() == null) {
        continue;
      }
      String tag = rawTag.toString();
      if (frequencyIncluded && !tag.isEmpty()) {
        tag = tag.substring(0, tag.length() - 1);
      }
      String lemma = data.getStem().toString().toLowerCase(Locale.ROOT);
      int primary = LexiconTags.primary(tag);
      int secondary = LexiconTags.secondary(tag);
      boolean merged = false;
      for (int i = 0; i < readings.size() && !merged; i++) {
        Reading r = readings.get(i);
        if (r.lemma.equals(lemma)) {
          readings.set(i, new Reading(lemma, r.primary | primary, r.secondary | secondary));
          merged = true;
        }
      }
      if (!merged) {
        readings.add(LexiconTags.isBeOrHave(tag) ? 0 : readings.size(), new Reading(lemma, primary, secondary));
      }
    }
    return readings.toArray(NONE);
  }
}
