package fr.parole.coding;

import fr.parole.index.IndexFields;
import fr.parole.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model's features ({@link TextFeatures}: {@code s:} stems and their pairs, lemmas, {@code non:}
 * lemmas) as a person reads them in one text: a stem as the word written there, a pair as the two
 * words, a negated lemma as « non : lemme » (a stem alone as its word's lemma, so that one word is
 * not explained twice). A feature that comes from a proper noun or from a
 * pseudonymisation placeholder ([NOM-3], [TEL]…) has no words: a name is never an explanation.
 */
final class FeatureWords {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\[(NOM-\\d+|TEL|EMAIL|NIR)\\]");
  private static final String STEM = "s:";
  private static final String NEGATED = "non:";

  private final Map<String, String> stems = new HashMap<>();
  private final Map<String, String> lone = new HashMap<>();
  private final Map<String, String> lemmas = new HashMap<>();

  FeatureWords(SegmentTerms terms) {
    String text = terms.tagged().text();
    List<int[]> hidden = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      hidden.add(new int[] {m.start(), m.end()});
    }
    Map<Integer, Token> byStart = new HashMap<>();
    for (Token token : terms.tagged().tokens()) {
      byStart.put(token.start(), token);
      if (!hides(token, token.start(), token.end(), hidden)) {
        lemmas.putIfAbsent(token.lemma(), token.lemma());
      }
    }
    List<String> words = terms.words(IndexFields.TEXT);
    List<SegmentTerms.Occurrence> places = terms.places(IndexFields.TEXT);
    for (int i = 0; i < words.size(); i++) {
      SegmentTerms.Occurrence at = places.get(i);
      if (!hides(byStart.get(at.start()), at.start(), at.end(), hidden)) {
        String written = text.substring(at.start(), at.end()).toLowerCase(java.util.Locale.ROOT);
        stems.putIfAbsent(words.get(i), written);
        Token token = byStart.get(at.start());
        // A stem alone reads as its word's lemma: « oubliée » and « oublier » are one word to explain.
        lone.putIfAbsent(words.get(i), token != null && token.end() == at.end() && !token.lemma().isBlank()
            ? token.lemma() : written);
      }
    }
  }

  private static boolean hides(Token token, int start, int end, List<int[]> hidden) {
    if (token != null && "PROPN".equals(token.pos())) {
      return true;
    }
    for (int[] span : hidden) {
      if (start < span[1] && end > span[0]) {
        return true;
      }
    }
    return false;
  }

  /** The feature as words of this text, or null when it has none a person may read (a name, a placeholder). */
  String of(String feature) {
    if (feature.startsWith(STEM)) {
      int pair = feature.indexOf('_' + STEM);
      if (pair > 0) {
        String first = stems.get(feature.substring(STEM.length(), pair));
        String second = stems.get(feature.substring(pair + 1 + STEM.length()));
        return first == null || second == null ? null : first + " " + second;
      }
      return lone.get(feature.substring(STEM.length()));
    }
    if (feature.startsWith(NEGATED)) {
      String lemma = lemmas.get(feature.substring(NEGATED.length()));
      return lemma == null ? null : "non : " + lemma;
    }
    if (feature.startsWith("a:")) {
      return lemmas.get(feature.substring(2));
    }
    int pair = feature.indexOf('_');
    if (pair > 0) {
      String first = lemmas.get(feature.substring(0, pair));
      String second = lemmas.get(feature.substring(pair + 1));
      return first == null || second == null ? null : first + " " + second;
    }
    return lemmas.get(feature);
  }
}
