package fr.parole.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;

/**
 * What the index adds for a tagged segment, one term per word (punctuation left out) with the
 * word's offsets in the segment text, so that a hit on a lemma highlights the word as written:
 * <ul>
 *   <li>field {@code lemma}: {@link #lemmas} ("Les infirmières n'étaient pas là" →
 *       "le infirmier ne être pas là");</li>
 *   <li>field {@code pos}: {@link #posTags}, aligned with the lemmas position by position
 *       ("DET NOUN ADV AUX ADV ADV"), for queries such as "ADJ" next to a lemma;</li>
 *   <li>field {@code lemma_neg}: {@link #negationMarkedLemmas}, the lemmas with
 *       {@value #NEGATED_PREFIX} before those inside a negation scope ("pas de problème" →
 *       "pas NEG_de NEG_problème"), so that a rule can ask for "problème" but not
 *       "NEG_problème".</li>
 * </ul>
 * {@link #tokenStream} turns any of these lists into a Lucene {@code TokenStream} for a field
 * ({@code new TextField("lemma", IndexTerms.tokenStream(terms))}); {@link #join} gives the
 * space-separated text for storage or a whitespace analyzer.
 */
public final class IndexTerms {
  /** Prefix of a lemma inside a negation scope. Upper case, so it never collides with a lemma. */
  public static final String NEGATED_PREFIX = "NEG_";

  /** One index term and the offsets of the word it comes from. */
  public record Term(String value, int start, int end) {
  }

  private IndexTerms() {
  }

  public static List<Term> lemmas(TaggedText text) {
    return terms(text, Token::lemma);
  }

  public static List<Term> negationMarkedLemmas(TaggedText text) {
    return terms(text, token -> token.negated() ? NEGATED_PREFIX + token.lemma() : token.lemma());
  }

  public static List<Term> posTags(TaggedText text) {
    return terms(text, Token::pos);
  }

  /** The terms as one space-separated string: "le hôpital être loin". */
  public static String join(List<Term> terms) {
    StringBuilder joined = new StringBuilder(terms.size() * 8);
    for (Term term : terms) {
      if (joined.length() > 0) {
        joined.append(' ');
      }
      joined.append(term.value());
    }
    return joined.toString();
  }

  /** A Lucene token stream of the terms, one position each, with the words' offsets. */
  public static TokenStream tokenStream(List<Term> terms) {
    return new TermTokenStream(terms);
  }

  private static List<Term> terms(TaggedText text, Function<Token, String> value) {
    List<Term> terms = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      for (Token token : sentence.tokens()) {
        if (!token.isPunctuation()) {
          terms.add(new Term(value.apply(token), token.start(), token.end()));
        }
      }
    }
    return terms;
  }
}
