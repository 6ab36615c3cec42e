package fr.parole.coding;

import fr.parole.index.IndexFields;
import fr.parole.nlp.TaggedText;
import fr.parole.nlp.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.memory.MemoryIndex;

/**
 * One tagged text as the fields a rule can query, each term with its positions and offsets:
 * {@code text} and {@code exact} as the search index analyses them, {@code lemma} and {@code pos}
 * from the tagger (one position per word, punctuation left out), plus where the text is negated.
 * Built once per text and shared by every rule and by the learned model's features. Each field is
 * built when first read: most codebooks query one or two fields, and analysing a field no rule
 * reads is most of the cost of coding a text. Not thread-safe (one text, one thread).
 */
final class SegmentTerms {
  /** Where a term occurs: its position in the field and the word's offsets in the text. */
  record Occurrence(int position, int start, int end) {}

  /** One field's terms in order, and by value. */
  private record FieldTerms(List<String> order, List<Occurrence> at, Map<String, List<Occurrence>> byTerm) {}

  /** The fields a segment has; a rule on any other field matches nothing. */
  private static final List<String> FIELDS =
      List.of(IndexFields.TEXT, IndexFields.EXACT, IndexFields.LEMMA, IndexFields.POS);
  private static final FieldTerms NONE = new FieldTerms(List.of(), List.of(), Map.of());

  private final TaggedText tagged;
  private final Analyzer analyzer;
  private final Map<String, FieldTerms> fields = new HashMap<>(8);
  private List<Occurrence> negated;
  private MemoryIndex memoryIndex;

  private SegmentTerms(TaggedText tagged, Analyzer analyzer) {
    this.tagged = tagged;
    this.analyzer = analyzer;
  }

  /** The terms of {@code tagged}; {@code analyzer} analyses {@code text} and {@code exact} ({@link IndexFields#analyzer()}). */
  static SegmentTerms of(TaggedText tagged, Analyzer analyzer) {
    return new SegmentTerms(tagged, analyzer);
  }

  /** The fields built so far (for tests: a field no rule reads is never built). */
  Set<String> built() {
    return Set.copyOf(fields.keySet());
  }

  /** The tagged text these terms are of. */
  TaggedText tagged() {
    return tagged;
  }

  /** The terms of {@code field} in text order, repeated as they occur. */
  List<String> words(String field) {
    return field(field).order();
  }

  /** Where each term of {@link #words(String)} occurs, in the same order. */
  List<Occurrence> places(String field) {
    return field(field).at();
  }

  /** The occurrences of {@code term} in {@code field}, empty when it does not occur. */
  List<Occurrence> occurrences(String field, String term) {
    List<Occurrence> found = field(field).byTerm().get(term);
    return found == null ? List.of() : found;
  }

  /**
   * Each term of {@code field}, in no particular order and possibly more than once. The tagger's
   * fields are read straight from the tokens, without being built: choosing the rules worth trying
   * needs the terms, not where they are.
   */
  void forEachTerm(String field, Consumer<String> action) {
    Function<Token, String> term = tagField(field);
    if (term == null || fields.containsKey(field)) {
      terms(field).keySet().forEach(action);
      return;
    }
    for (Token token : tagged.tokens()) {
      if (!token.isPunctuation()) {
        action.accept(term.apply(token));
      }
    }
  }

  /** The distinct terms of {@code field} with their occurrences. */
  Map<String, List<Occurrence>> terms(String field) {
    return field(field).byTerm();
  }

  /** True when the text has hits and every one lies inside a negation's scope. */
  boolean allNegated(List<Occurrence> hits) {
    List<Occurrence> negated = negated();
    if (negated.isEmpty() || hits.isEmpty()) {
      return false;
    }
    for (Occurrence hit : hits) {
      if (!insideAny(negated, hit)) {
        return false;
      }
    }
    return true;
  }

  private static boolean insideAny(List<Occurrence> scopes, Occurrence hit) {
    for (Occurrence scope : scopes) {
      if (scope.start() < hit.end() && hit.start() < scope.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The same fields as a one-document Lucene index, for the rare rule the direct matcher does not
   * handle; built on first use.
   */
  MemoryIndex memoryIndex() {
    if (memoryIndex == null) {
      memoryIndex = new MemoryIndex(true);
      for (String name : FIELDS) {
        memoryIndex.addField(name, new Replay(field(name)));
      }
    }
    return memoryIndex;
  }

  private FieldTerms field(String name) {
    FieldTerms terms = fields.get(name);
    if (terms == null) {
      terms = build(name);
      fields.put(name, terms);
    }
    return terms;
  }

  private FieldTerms build(String name) {
    Function<Token, String> term = tagField(name);
    if (term != null) {
      return tagged(term);
    }
    return IndexFields.TEXT.equals(name) || IndexFields.EXACT.equals(name) ? analysed(name) : NONE;
  }

  /** What a field of the tagger holds for a token; null for the other fields. */
  private static Function<Token, String> tagField(String name) {
    return switch (name) {
      case IndexFields.LEMMA -> Token::lemma;
      case IndexFields.POS -> Token::pos;
      default -> null;
    };
  }

  /** A field sized for this text: about one term per token, so that nothing grows while it is filled. */
  private FieldTerms empty() {
    int tokens = tagged.tokens().size();
    return new FieldTerms(new ArrayList<>(tokens), new ArrayList<>(tokens), new HashMap<>(tokens * 4 / 3 + 1));
  }

  private static void add(FieldTerms field, String term, Occurrence at) {
    field.order().add(term);
    field.at().add(at);
    field.byTerm().computeIfAbsent(term, t -> new ArrayList<>(2)).add(at);
  }

  /** A field from the tagger: one position per word, punctuation left out. */
  private FieldTerms tagged(Function<Token, String> term) {
    FieldTerms field = empty();
    int position = 0;
    for (Token token : tagged.tokens()) {
      if (!token.isPunctuation()) {
        add(field, term.apply(token), new Occurrence(position++, token.start(), token.end()));
      }
    }
    return field;
  }

  /** The words inside a negation's scope, positioned as in the tagger's fields. */
  private List<Occurrence> negated() {
    if (negated == null) {
      negated = new ArrayList<>();
      int position = 0;
      for (Token token : tagged.tokens()) {
        if (token.isPunctuation()) {
          continue;
        }
        if (token.negated()) {
          negated.add(new Occurrence(position, token.start(), token.end()));
        }
        position++;
      }
    }
    return negated;
  }

  private FieldTerms analysed(String name) {
    FieldTerms field = empty();
    try (TokenStream stream = analyzer.tokenStream(name, tagged.text())) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        add(field, term.toString(), new Occurrence(position, offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Analysing a string cannot fail on I/O", e);
    }
    return field;
  }

  /** Replays one field's terms, positions and offsets as a token stream. */
  private static final class Replay extends TokenStream {
    private final FieldTerms terms;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private int next;

    Replay(FieldTerms terms) {
      this.terms = terms;
    }

    @Override
    public boolean incrementToken() {
      if (next >= terms.order().size()) {
        return false;
      }
      clearAttributes();
      Occurrence at = terms.at().get(next);
      term.setEmpty().append(terms.order().get(next));
      offset.setOffset(at.start(), at.end());
      increment.setPositionIncrement(at.position() - (next == 0 ? -1 : terms.at().get(next - 1).position()));
      next++;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
