package fr.parole.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Tags a segment: sentences (OpenNLP, French GSD model), tokens ({@link FrenchTokenizer}), UD
 * part-of-speech tags (OpenNLP, French GSD model, decoded greedily: {@link GreedyPosTagger}), lemmas ({@link Lemmatizer}) and negation
 * scopes ({@link NegationMarker}).
 *
 * <p>Not thread-safe: OpenNLP's {@code SentenceDetectorME} and the POS tagger keep the
 * state of the last call, and the lemmatizer has a lookup buffer and a cache. Create one per
 * thread with {@link FrenchModels#newTagger()}; the models themselves are shared.
 */
public final class FrenchTagger {
  /** Abbreviations written with a period that are followed by a name or a number, case-sensitive. */
  private static final Set<String> TITLES = Set.of(
      "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Prs", "St", "Ste", "cf", "ex",
      "env", "vs", "p", "pp", "art", "réf", "tél", "Tél");

  private final SentenceDetectorME sentenceDetector;
  private final GreedyPosTagger posTagger;
  private final Lemmatizer lemmatizer;
  private final FrenchTokenizer tokenizer;
  private final NegationMarker negation = new NegationMarker();

  FrenchTagger(FrenchModels models) {
    this.sentenceDetector = new SentenceDetectorME(models.sentenceModel());
    this.posTagger = new GreedyPosTagger(models.posModel());
    this.lemmatizer = models.lexicon().newLemmatizer();
    this.tokenizer = new FrenchTokenizer(lemmatizer::isKnown);
  }

  public TaggedText tag(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = paragraphEnd(text, start);
      // Blank lines separate paragraphs (and speaker turns in pasted transcripts): a sentence
      // never runs across one. Single line breaks are often just wrapping, so they do not.
      CharSequence paragraph = start == 0 && end == text.length() ? text : text.substring(start, end);
      Span[] spans = sentenceDetector.sentPosDetect(paragraph);
      for (int i = 0; i < spans.length; i++) {
        int from = start + spans[i].getStart();
        // The GSD model splits after "Dr." and "M." (it saw few titles): join such sentences.
        while (i + 1 < spans.length && endsWithTitle(text, from, start + spans[i].getEnd())) {
          i++;
        }
        Sentence sentence = tagSentence(text, from, start + spans[i].getEnd());
        if (!sentence.tokens().isEmpty()) {
          sentences.add(sentence);
        }
      }
      start = end;
    }
    return new TaggedText(text, sentences);
  }

  private Sentence tagSentence(String text, int from, int to) {
    List<FrenchTokenizer.Span> spans = tokenizer.tokenize(text, from, to);
    int n = spans.size();
    String[] raw = new String[n];
    String[] forms = new String[n];
    String[] words = new String[n];
    for (int i = 0; i < n; i++) {
      FrenchTokenizer.Span span = spans.get(i);
      raw[i] = text.substring(span.start(), span.end());
      // The GSD model and the dictionary write the apostrophe straight: "l'", "aujourd'hui".
      forms[i] = FrenchLexicon.normalise(raw[i]);
      words[i] = forms[i].toLowerCase(Locale.ROOT);
    }
    String[] pos = n == 0 ? forms : posTagger.tag(forms);
    String[] lemmas = new String[n];
    for (int i = 0; i < n; i++) {
      lemmas[i] = lemmatizer.lemma(forms[i], pos[i]);
    }
    boolean[] negated = negation.mark(words, pos, lemmas);
    List<Token> tokens = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      FrenchTokenizer.Span span = spans.get(i);
      tokens.add(new Token(raw[i], span.start(), span.end(), pos[i], lemmas[i], negated[i]));
    }
    return new Sentence(from, to, tokens);
  }

  /** Whether {@code text[from, end)} ends with an abbreviation that never ends a sentence. */
  static boolean endsWithTitle(String text, int from, int end) {
    if (end - from < 2 || text.charAt(end - 1) != '.') {
      return false;
    }
    int word = end - 1;
    while (word > from && Character.isLetter(text.charAt(word - 1))) {
      word--;
    }
    return word < end - 1 && TITLES.contains(text.substring(word, end - 1));
  }

  /** End of the paragraph starting at {@code from}: after the blank line that closes it. */
  static int paragraphEnd(String text, int from) {
    int newline = text.indexOf('\n', from);
    while (newline >= 0) {
      int k = newline + 1;
      while (k < text.length() && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      if (k < text.length() && text.charAt(k) == '\n') {
        return k + 1;
      }
      newline = text.indexOf('\n', k);
    }
    return text.length();
  }
}
