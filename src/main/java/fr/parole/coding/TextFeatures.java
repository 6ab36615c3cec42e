package fr.parole.coding;

import fr.parole.index.IndexFields;
import fr.parole.nlp.Sentence;
import fr.parole.nlp.TaggedText;
import fr.parole.nlp.Token;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;

/**
 * What a learned coder sees of a text. The standard set: the search index's stemmed words and
 * their pairs (every word but stop words, as written), the tagger's lemmas of content words
 * ("reconnus" is {@code reconnaitre}), and for a content word inside a negation's scope a
 * {@code non:} feature as well ("pas reconnus" also gives {@code non:reconnaitre}): the negation
 * turns a lever into an obstacle but does not change what the text is about, so the plain lemma
 * stays. Each feature counts once per text: in one or two sentences, presence says as much as a
 * count and long texts do not outweigh short ones. The other kinds exist for the cross-validated
 * comparison in {@code CoderExperiment}.
 *
 * @param kinds the kinds of feature; a model is trained and read with the same set
 */
record TextFeatures(Set<Kind> kinds) {
  enum Kind {
    /** The search index's stemmed words and their pairs, from the raw text. */
    STEMS,
    /** Lemmas of nouns, proper nouns, verbs, adjectives, adverbs and numbers. */
    LEMMAS,
    /** Content lemmas inside a negation's scope are written {@code non:lemma} instead of the lemma. */
    NEGATION,
    /** Content lemmas inside a negation's scope also give {@code non:lemma}. */
    NEGATION_ADDED,
    /** Successive content lemmas within a sentence ("prise_charge"). */
    LEMMA_PAIRS,
    /** Lemmas of every word but punctuation, function words included. */
    ALL_LEMMAS,
    /**
     * Character 3- to 5-grams of each word but function words and punctuation, in lower case
     * without accents, the word's edges marked ({@code <rep}, {@code pas>}): "repat", "repas" and
     * "REPAS" share most of theirs, so a misspelt or unaccented word still weighs (Cavnar and
     * Trenkle 1994; fastText's subwords).
     */
    CHAR_NGRAMS
  }

  /** The content parts of speech: what a text is about, not how it is built. */
  private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM");
  /** Function words: their letters say nothing of what a text is about. */
  private static final Set<String> FUNCTION = Set.of("DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT");
  private static final java.util.regex.Pattern ACCENTS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final int SHORTEST_GRAM = 3;
  private static final int LONGEST_GRAM = 5;
  /** Negation adverbs carry the negation, which the {@code non:} mark already says. */
  private static final Set<String> NEGATION_WORDS = Set.of("ne", "pas", "jamais", "plus", "rien", "guère", "point");
  /** Lucene analyzers are thread-safe (one token stream per thread). */
  private static final Analyzer ANALYZER = IndexFields.analyzer();

  TextFeatures {
    kinds = Set.copyOf(kinds);
  }

  /** What Parole trains with. */
  static TextFeatures standard() {
    return new TextFeatures(EnumSet.of(Kind.STEMS, Kind.LEMMAS, Kind.NEGATION_ADDED));
  }

  /** The features of {@code text}, each once, in text order. */
  String[] of(TaggedText text) {
    return of(terms(text));
  }

  /** The terms of {@code text} that features read, for a text no rule has analysed. */
  static SegmentTerms terms(TaggedText text) {
    return SegmentTerms.of(text, ANALYZER);
  }

  /**
   * The features of the text {@code terms} were taken from: its stems are those of the
   * {@code text} field, which the rules may already have analysed.
   */
  String[] of(SegmentTerms terms) {
    return pieces(terms).get(0);
  }

  /**
   * The features of the whole text, then, when it has several clauses (sentences, cut again at
   * commas, semicolons and colons), of each clause: a comment of five sentences may speak of meals
   * in one, and a yes-or-no model of a theme reads each clause as well as the whole
   * ({@link DimensionModel#scores}), so that one clause on meals weighs as much in a long comment
   * as in a short one. The whole text's features are those of its clauses together (a pair of
   * stems does not span two clauses), so each clause is read once.
   */
  List<String[]> pieces(SegmentTerms terms) {
    List<Sentence> clauses = clauses(terms.tagged().sentences());
    List<String> stems = kinds.contains(Kind.STEMS) ? terms.words(IndexFields.TEXT) : List.of();
    if (clauses.size() < 2) {
      return java.util.Collections.singletonList(features(stems, clauses).toArray(String[]::new));
    }
    List<SegmentTerms.Occurrence> places = kinds.contains(Kind.STEMS) ? terms.places(IndexFields.TEXT) : List.of();
    List<String[]> pieces = new java.util.ArrayList<>(clauses.size() + 1);
    pieces.add(null);
    Set<String> whole = new LinkedHashSet<>();
    int next = 0;
    for (Sentence clause : clauses) {
      int from = next;
      while (next < stems.size() && places.get(next).start() < clause.end()) {
        next++;
      }
      Set<String> own = features(stems.subList(from, next), List.of(clause));
      whole.addAll(own);
      pieces.add(own.toArray(String[]::new));
    }
    pieces.set(0, whole.toArray(String[]::new));
    return pieces;
  }

  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":");

  /**
   * The sentences, cut again after each comma, semicolon and colon: patients' comments often run
   * several themes into one sentence ("repas froids, chambre sale, personnel adorable").
   */
  private static List<Sentence> clauses(List<Sentence> sentences) {
    List<Sentence> clauses = new java.util.ArrayList<>();
    for (Sentence sentence : sentences) {
      List<Token> current = new java.util.ArrayList<>();
      for (Token token : sentence.tokens()) {
        current.add(token);
        if (CLAUSE_ENDS.contains(token.text())) {
          clauses.add(new Sentence(current.get(0).start(), token.end(), current));
          current = new java.util.ArrayList<>();
        }
      }
      if (!current.isEmpty()) {
        clauses.add(new Sentence(current.get(0).start(), sentence.end(), current));
      }
    }
    return clauses;
  }

  /** The features of {@code stems} (the search analysis) and {@code sentences} (the tagging) of one text or piece. */
  private Set<String> features(List<String> stems, List<Sentence> sentences) {
    Set<String> features = new LinkedHashSet<>();
    if (kinds.contains(Kind.STEMS)) {
      stems(stems, features);
    }
    for (Sentence sentence : sentences) {
      String previous = null;
      for (Token token : sentence.tokens()) {
        if (kinds.contains(Kind.ALL_LEMMAS) && !token.isPunctuation()) {
          features.add("a:" + token.lemma());
        }
        if (kinds.contains(Kind.CHAR_NGRAMS) && !token.isPunctuation() && !FUNCTION.contains(token.pos())) {
          characterGrams(token.text(), features);
        }
        String word = word(token);
        if (word == null) {
          continue;
        }
        if (kinds.contains(Kind.LEMMAS)) {
          features.add(word);
        }
        if (kinds.contains(Kind.NEGATION_ADDED) && token.negated()) {
          features.add("non:" + token.lemma());
        }
        if (kinds.contains(Kind.LEMMA_PAIRS) && previous != null) {
          features.add(previous + "_" + word);
        }
        previous = word;
      }
    }
    return features;
  }

  /** The character n-grams of {@code word}, lower case without accents, its edges marked by {@code <} and {@code >}. */
  static void characterGrams(String word, Set<String> features) {
    String plain = ACCENTS.matcher(java.text.Normalizer.normalize(word.toLowerCase(java.util.Locale.ROOT),
        java.text.Normalizer.Form.NFD)).replaceAll("");
    if (plain.codePoints().noneMatch(Character::isLetter)) {
      return;
    }
    String marked = "<" + plain + ">";
    for (int n = SHORTEST_GRAM; n <= LONGEST_GRAM; n++) {
      for (int i = 0; i + n <= marked.length(); i++) {
        features.add("c:" + marked.substring(i, i + n));
      }
    }
  }

  /** Each stem, and each pair of successive stems. */
  private static void stems(List<String> words, Set<String> features) {
    String previous = null;
    for (String stem : words) {
      String word = "s:" + stem;
      features.add(word);
      if (previous != null) {
        features.add(previous + "_" + word);
      }
      previous = word;
    }
  }

  /** The content lemma of {@code token}, marked when negated and {@link Kind#NEGATION} is on; else null. */
  private String word(Token token) {
    if (!CONTENT.contains(token.pos()) || NEGATION_WORDS.contains(token.lemma())) {
      return null;
    }
    return kinds.contains(Kind.NEGATION) && token.negated() ? "non:" + token.lemma() : token.lemma();
  }

  /** Names the set, for a model's manifest: {@code STEMS+LEMMAS+NEGATION_ADDED}. */
  String name() {
    return kinds.stream().sorted().map(Kind::name).collect(Collectors.joining("+"));
  }

  /** Reads a set written by {@link #name()}; an unknown kind is refused. */
  static TextFeatures named(String name) {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    for (String part : name.split("\\+")) {
      if (!part.isBlank()) {
        try {
          kinds.add(Kind.valueOf(part.strip()));
        } catch (IllegalArgumentException e) {
          throw new CodebookException("Modèle appris d'une autre version de Parole (caractéristiques « " + part
              + " » inconnues) : réentraînez-le avec « parole train ».", e);
        }
      }
    }
    return new TextFeatures(kinds);
  }
}
