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
 * Built once per text and shared by every rule.
 */
final class SegmentTerms {
  /** Where a term occurs: its position in the field and the word's offsets in the text. */
  record Occurrence(int position, int start, int end) {}

  /** One field's terms in order, and by value. */
  private record FieldTerms(List<String> order, List<Occurrence> at, Map<String, List<Occurrence>> byTerm) {}

  private final String text;
  private final Map<String, FieldTerms> fields = new HashMap<>(8);
  private final List<Occurrence> negated = new ArrayList<>();
  private MemoryIndex memoryIndex;

  private SegmentTerms(String text) {
    this.text = text;
  }

  static SegmentTerms of(TaggedText tagged, Analyzer analyzer) {
    SegmentTerms terms = new SegmentTerms(tagged.text());
    terms.analyse(IndexFields.TEXT, analyzer);
    terms.analyse(IndexFields.EXACT, analyzer);
    FieldTerms lemmas = terms.field(IndexFields.LEMMA);
    FieldTerms tags = terms.field(IndexFields.POS);
    int position = 0;
    for (Token token : tagged.tokens()) {
      if (token.isPunctuation()) {
        continue;
      }
      Occurrence at = new Occurrence(position++, token.start(), token.end());
      add(lemmas, token.lemma(), at);
      add(tags, token.pos(), at);
      if (token.negated()) {
        terms.negated.add(at);
      }
    }
    return terms;
  }

  /** The occurrences of {@code term} in {@code field}, empty when it does not occur. */
  List<Occurrence> occurrences(String field, String term) {
    FieldTerms terms = fields.get(field);
    List<Occurrence> found = terms == null ? null : terms.byTerm().get(term);
    return found == null ? List.of() : found;
  }

  /** The distinct terms of {@code field} with their occurrences. */
  Map<String, List<Occurrence>> terms(String field) {
    FieldTerms terms = fields.get(field);
    return terms == null ? Map.of() : terms.byTerm();
  }

  /** True when the text has hits and every one lies inside a negation's scope. */
  boolean allNegated(List<Occurrence> hits) {
    if (negated.isEmpty() || hits.isEmpty()) {
      return false;
    }
    for (Occurrence hit : hits) {
      if (negated.stream().noneMatch(n -> n.start() < hit.end() && hit.start() < n.end())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The same fields as a one-document Lucene index, for the rare rule the direct matcher does not
   * handle; built on first use.
   */
  MemoryIndex memoryIndex() {
    if (memoryIndex == null) {
      memoryIndex = new MemoryIndex(true);
      fields.forEach((name, terms) -> memoryIndex.addField(name, new Replay(terms)));
    }
    return memoryIndex;
  }

  private FieldTerms field(String name) {
    return fields.computeIfAbsent(name, n -> new FieldTerms(new ArrayList<>(), new ArrayList<>(), new HashMap<>()));
  }

  private static void add(FieldTerms field, String term, Occurrence at) {
    field.order().add(term);
    field.at().add(at);
    field.byTerm().computeIfAbsent(term, t -> new ArrayList<>(2)).add(at);
  }

  private void analyse(String name, Analyzer analyzer) {
    FieldTerms field = field(name);
    try (TokenStream stream = analyzer.tokenStream(name, text)) {
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
