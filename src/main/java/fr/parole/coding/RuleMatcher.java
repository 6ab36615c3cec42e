package fr.parole.coding;

import fr.parole.coding.SegmentTerms.Occurrence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;

/**
 * A codebook rule evaluated straight on one text's terms. Written by hand because Lucene's
 * one-document {@code MemoryIndex} costs more per text than tagging it (an index built, a searcher
 * and a weight per rule), while a rule is a handful of term, phrase and wildcard clauses that map
 * lookups answer in microseconds. It follows Lucene's semantics for the queries the rule syntax
 * produces (checked against {@code MemoryIndex} on the demo corpus in the tests); anything else
 * is not compiled and goes through {@code MemoryIndex}.
 */
interface RuleMatcher {
  /** The occurrences that make the rule match (those of its positive clauses), or null. */
  List<Occurrence> match(SegmentTerms terms);

  /** A matcher for {@code query} that reads negated words as any other, or empty when its kind is not handled here. */
  static Optional<RuleMatcher> compile(Query query) {
    return compile(query, false);
  }

  /**
   * A matcher for {@code query}, or empty when its kind of query is not handled here. With
   * {@code affirmedOnly}, a clause of a boolean query matches only if some of its hits lie outside
   * every negation's scope: in "pas de comité de pilotage, les usagers participent", the rule
   * {@code pilotage AND usagers} does not match, its {@code pilotage} being negated. (The caller
   * checks the same of the whole rule's hits.)
   */
  static Optional<RuleMatcher> compile(Query query, boolean affirmedOnly) {
    return Optional.ofNullable(node(query, affirmedOnly));
  }

  private static RuleMatcher node(Query query, boolean affirmedOnly) {
    if (query instanceof BoostQuery boost) {
      return node(boost.getQuery(), affirmedOnly);
    }
    if (query instanceof ConstantScoreQuery constant) {
      return node(constant.getQuery(), affirmedOnly);
    }
    if (query instanceof TermQuery term) {
      String field = term.getTerm().field();
      String text = term.getTerm().text();
      return terms -> {
        List<Occurrence> found = terms.occurrences(field, text);
        return found.isEmpty() ? null : found;
      };
    }
    if (query instanceof PhraseQuery phrase) {
      return phrase(phrase);
    }
    if (query instanceof AutomatonQuery automaton) {
      return matching(automaton.getField(), new CharacterRunAutomaton(automaton.getAutomaton()));
    }
    if (query instanceof BooleanQuery bool) {
      return bool(bool, affirmedOnly);
    }
    return null;
  }

  private static RuleMatcher matching(String field, CharacterRunAutomaton automaton) {
    return terms -> {
      List<Occurrence> found = null;
      for (Map.Entry<String, List<Occurrence>> term : terms.terms(field).entrySet()) {
        if (automaton.run(term.getKey())) {
          found = found == null ? new ArrayList<>() : found;
          found.addAll(term.getValue());
        }
      }
      return found;
    };
  }

  private static RuleMatcher bool(BooleanQuery query, boolean affirmedOnly) {
    List<RuleMatcher> required = new ArrayList<>();
    List<RuleMatcher> optional = new ArrayList<>();
    List<RuleMatcher> excluded = new ArrayList<>();
    for (BooleanClause clause : query.clauses()) {
      // An excluded clause excludes whether or not its words are negated ("pas de médecin traitant" is about one).
      RuleMatcher child = node(clause.getQuery(), affirmedOnly && clause.getOccur() != BooleanClause.Occur.MUST_NOT);
      if (child == null) {
        return null;
      }
      switch (clause.getOccur()) {
        case MUST, FILTER -> required.add(child);
        case SHOULD -> optional.add(child);
        case MUST_NOT -> excluded.add(child);
      }
    }
    // Lucene: with no required clause at least one optional one must match; a query of
    // exclusions alone matches nothing.
    int minimumOptional = required.isEmpty()
        ? Math.max(1, query.getMinimumNumberShouldMatch()) : query.getMinimumNumberShouldMatch();
    return terms -> {
      for (RuleMatcher not : excluded) {
        if (not.match(terms) != null) {
          return null;
        }
      }
      List<Occurrence> hits = new ArrayList<>();
      for (RuleMatcher must : required) {
        List<Occurrence> found = must.match(terms);
        if (found == null || affirmedOnly && terms.allNegated(found)) {
          return null;
        }
        hits.addAll(found);
      }
      int matched = 0;
      for (RuleMatcher should : optional) {
        List<Occurrence> found = should.match(terms);
        if (found != null && !(affirmedOnly && terms.allNegated(found))) {
          matched++;
          hits.addAll(found);
        }
      }
      return matched >= minimumOptional ? hits : null;
    };
  }

  private static RuleMatcher phrase(PhraseQuery query) {
    String field = query.getField();
    String[] words = new String[query.getTerms().length];
    for (int i = 0; i < words.length; i++) {
      words[i] = query.getTerms()[i].text();
    }
    int[] offsets = query.getPositions();
    int slop = query.getSlop();
    if (words.length == 0) {
      return null;
    }
    return terms -> {
      List<List<Occurrence>> lists = new ArrayList<>(words.length);
      for (String word : words) {
        List<Occurrence> found = terms.occurrences(field, word);
        if (found.isEmpty()) {
          return null;
        }
        lists.add(found);
      }
      return new PhraseSearch(lists, offsets, slop).hits();
    };
  }
}
