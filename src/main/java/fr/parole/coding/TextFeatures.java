package fr.parole.coding;

import fr.parole.index.FrenchTextAnalyzer;
import fr.parole.nlp.Sentence;
import fr.parole.nlp.TaggedText;
import fr.parole.nlp.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What a learned coder sees of a text: the lemmas of its content words ("patients" and "patient"
 * are one word, "reconnus" is "reconnaître"), marked when they lie in a negation's scope ("pas
 * reconnus" is {@code non:reconnaitre}, not {@code reconnaitre}), and pairs of successive content
 * lemmas ("prise_charge"). Each feature counts once per text: with texts of one or two sentences,
 * presence says as much as a count and keeps long texts from outweighing short ones.
 */
final class TextFeatures {
  /** The kinds of feature; a model is trained and read with the same set. */
  enum Kind {
    /** Lemmas of nouns, proper nouns, verbs, adjectives, adverbs and numbers. */
    LEMMAS,
    /** Content lemmas inside a negation's scope are written {@code non:lemma} instead. */
    NEGATION,
    /** Successive content lemmas within a sentence. */
    LEMMA_PAIRS,
    /** Personal pronouns ("je", "on", "nous", "ils"): who speaks, about whom. */
    PRONOUNS,
    /** Negated content lemmas give {@code non:lemma} as well as the lemma (the topic stays visible). */
    NEGATION_ADDED,
    /** Lemmas of every word but punctuation, function words included. */
    ALL_LEMMAS,
    /** The search index's stemmed words and their pairs, from the raw text (the first models). */
    STEMS
  }

  /** The content parts of speech: what a text is about, not how it is built. */
  private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM");
  /** Negation adverbs carry the negation, which the {@code non:} mark already says. */
  private static final Set<String> NEGATION_WORDS = Set.of("ne", "pas", "jamais", "plus", "rien", "guère", "point");

  /** Lucene analyzers are thread-safe (one token stream per thread). */
  private static final Analyzer ANALYZER = new FrenchTextAnalyzer();

  private final Set<Kind> kinds;

  TextFeatures(Set<Kind> kinds) {
    this.kinds = kinds.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(kinds);
  }

  /** The default: everything but pronouns. */
  static TextFeatures standard() {
    return new TextFeatures(EnumSet.of(Kind.LEMMAS, Kind.NEGATION, Kind.LEMMA_PAIRS));
  }

  Set<Kind> kinds() {
    return EnumSet.copyOf(kinds.isEmpty() ? EnumSet.noneOf(Kind.class) : kinds);
  }

  /** The features of {@code text}, each once, in text order. */
  String[] of(TaggedText text) {
    Set<String> features = new LinkedHashSet<>();
    if (kinds.contains(Kind.STEMS)) {
      stems(text.text(), features);
    }
    for (Sentence sentence : text.sentences()) {
      String previous = null;
      for (Token token : sentence.tokens()) {
        if (kinds.contains(Kind.ALL_LEMMAS) && !token.isPunctuation()) {
          features.add("a:" + token.lemma());
        }
        String word = word(token);
        if (word == null) {
          if (kinds.contains(Kind.PRONOUNS) && "PRON".equals(token.pos())) {
            features.add("pron:" + token.lemma());
          }
          continue;
        }
        if (kinds.contains(Kind.LEMMAS)) {
          features.add(word);
          if (kinds.contains(Kind.NEGATION_ADDED) && token.negated()) {
            features.add(token.lemma());
            features.add("non:" + token.lemma());
          }
        }
        if (kinds.contains(Kind.LEMMA_PAIRS) && previous != null) {
          features.add(previous + "_" + word);
        }
        previous = word;
      }
    }
    return features.toArray(String[]::new);
  }

  private void stems(String text, Set<String> features) {
    String previous = null;
    try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String word = "s:" + term;
        features.add(word);
        if (previous != null) {
          features.add(previous + "_" + word);
        }
        previous = word;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Analysing a string cannot fail on I/O", e);
    }
  }

  /** The content lemma of {@code token}, marked when negated; null for other words. */
  private String word(Token token) {
    if (!CONTENT.contains(token.pos()) || NEGATION_WORDS.contains(token.lemma())) {
      return null;
    }
    String lemma = token.lemma();
    return kinds.contains(Kind.NEGATION) && token.negated() ? "non:" + lemma : lemma;
  }

  /** Names the set, for a model's metadata: {@code LEMMAS+NEGATION+LEMMA_PAIRS}. */
  String name() {
    List<String> names = new ArrayList<>();
    kinds.forEach(k -> names.add(k.name()));
    return String.join("+", names);
  }

  /** Reads a set written by {@link #name()}. */
  static TextFeatures named(String name) {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    for (String part : name.split("\\+")) {
      if (!part.isBlank()) {
        kinds.add(Kind.valueOf(part.strip()));
      }
    }
    return new TextFeatures(kinds);
  }
}
