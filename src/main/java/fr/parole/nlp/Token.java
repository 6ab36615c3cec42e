package fr.parole.nlp;

/**
 * One token of a segment, with what the tagger found about it.
 *
 * @param text the token exactly as written: {@code segment.substring(start, end)}
 * @param start offset of the first character in the segment text
 * @param end offset after the last character in the segment text
 * @param pos the Universal Dependencies tag from the French GSD model ({@code NOUN}, {@code VERB},
 *     {@code ADP+DET} for "du"/"au", …)
 * @param lemma the lemma from the French dictionary, always in lower case ("hôpitaux" →
 *     "hôpital", "n'" → "ne", "du" → "de+le"); the lower-cased form when the dictionary does not
 *     know the word
 * @param negated true when the token lies inside the scope of a negation ("problème" in "pas de
 *     problème"); the negation words themselves (ne, pas, sans, …) are never marked
 */
public record Token(String text, int start, int end, String pos, String lemma, boolean negated) {
  public Token {
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end + " for " + text);
    }
  }

  public boolean isPunctuation() {
    return "PUNCT".equals(pos);
  }
}
