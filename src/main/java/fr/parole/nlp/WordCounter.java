package fr.parole.nlp;

/**
 * Counts words as the reports show them: runs of letters or digits, so that "l'hôpital" is two
 * words (as in Lexico and IRaMuTeQ, where the elided article is a form) and "aide-soignante" two.
 * Kept by hand because it runs on every segment at import and needs no tokenizer state.
 */
public final class WordCounter {
  public int count(CharSequence text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
