package fr.parole.coding;

import fr.parole.index.FrenchQueryParser;
import fr.parole.index.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Suggests codes whose rules match a text. Rules are Lucene queries over the French-analysed
 * words (the search syntax: phrases, proximity, wildcards, AND/OR/NOT), parsed once; each text
 * goes into a one-document in-memory index, so coding a text costs one analysis plus one cheap
 * query per rule.
 */
public final class RuleCoder implements Coder {
  /**
   * A rule hit is strong evidence but not proof (rules are written from the domain, not checked on
   * each corpus): suggestions start below certainty so that people review them.
   */
  public static final double RULE_CONFIDENCE = 0.8;

  /** A rule that names a negation itself ("pas le temps") wants negated words; others do not. */
  private static final Pattern NEGATION_WORD = Pattern.compile(
      "(?iu)(^|[^\\p{L}])(pas|sans|aucune?|jamais|rien|ni|non|ne|n')([^\\p{L}]|$)");

  /**
   * A parsed rule, with the terms one of which a text must contain for the rule to match (null
   * when the rule has wildcards: those are always searched).
   */
  private record CompiledRule(Code code, String rule, Query query, boolean aboutNegation, Set<Term> anyOf) {}

  private final Analyzer analyzer = IndexFields.analyzer();
  private final List<CompiledRule> rules = new ArrayList<>();
  private final NegationScopes negation;

  /** Rules with French negation detection (loads the French models, about half a second). */
  public static RuleCoder withFrenchNegation(Codebook codebook) {
    return new RuleCoder(codebook, NegationScopes.from(fr.parole.nlp.FrenchModels.load().newTagger()));
  }

  /** Rules without negation detection. */
  public RuleCoder(Codebook codebook) {
    this(codebook, NegationScopes.NONE);
  }

  /**
   * Rules whose hits inside a negation's scope do not count: "pas de problème" is not a problem,
   * while a rule written with the negation ("pas le temps") still fires.
   */
  public RuleCoder(Codebook codebook, NegationScopes negation) {
    this.negation = negation;
    QueryParser parser = new FrenchQueryParser();
    for (Code code : codebook.codes()) {
      for (String rule : code.rules()) {
        try {
          Query query = parser.parse(rule);
          rules.add(new CompiledRule(code, rule, query, NEGATION_WORD.matcher(rule).find(), requiredTerms(query)));
        } catch (ParseException e) {
          throw new CodebookException("Règle invalide pour « " + code.path() + " » : " + rule, e);
        }
      }
    }
  }

  /** The codes whose rules match {@code text}, one suggestion per code (its first matching rule). */
  @Override
  public List<Suggestion> suggest(String text) {
    Map<Term, List<int[]>> terms = terms(text);
    MemoryIndex index = null;
    List<int[]> negated = null;
    List<Suggestion> found = new ArrayList<>();
    List<String> coded = new ArrayList<>();
    for (CompiledRule rule : rules) {
      // Most rules share no word with a given text: skip them before any search.
      if (coded.contains(rule.code().path())
          || (rule.anyOf() != null && rule.anyOf().stream().noneMatch(terms::containsKey))) {
        continue;
      }
      if (index == null) {
        index = new MemoryIndex(true);
        index.addField(IndexFields.TEXT, text, analyzer);
        index.addField(IndexFields.EXACT, text, analyzer);
      }
      if (index.search(rule.query()) <= 0) {
        continue;
      }
      if (!rule.aboutNegation()) {
        negated = negated == null ? negation.negatedSpans(text) : negated;
        if (!negated.isEmpty() && (rule.anyOf() != null ? allNegated(rule.anyOf(), terms, negated)
            : allNegated(index, rule.query(), negated))) {
          continue;
        }
      }
      coded.add(rule.code().path());
      found.add(new Suggestion(rule.code().path(), RULE_CONFIDENCE, "rule", rule.rule()));
    }
    return found;
  }

  /** The text's terms in both fields, as the index would hold them, with where each occurs. */
  private Map<Term, List<int[]>> terms(String text) {
    Map<Term, List<int[]>> terms = new HashMap<>();
    for (String field : List.of(IndexFields.TEXT, IndexFields.EXACT)) {
      try (TokenStream stream = analyzer.tokenStream(field, text)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          terms.computeIfAbsent(new Term(field, term.toString()), t -> new ArrayList<>())
              .add(new int[] {offset.startOffset(), offset.endOffset()});
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException("Analysing a string cannot fail on I/O", e);
      }
    }
    return terms;
  }

  /**
   * The terms of a rule's positive clauses: a text without any of them cannot match. Null when
   * the rule has a wildcard or anything else whose terms are not known in advance.
   */
  private static Set<Term> requiredTerms(Query query) {
    Set<Term> terms = new HashSet<>();
    boolean[] open = {false};
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... found) {
        terms.addAll(List.of(found));
      }

      @Override
      public void consumeTermsMatching(Query q, String field, java.util.function.Supplier<ByteRunAutomaton> automaton) {
        open[0] = true;
      }

      @Override
      public void visitLeaf(Query q) {
        open[0] = true;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    return open[0] || terms.isEmpty() ? null : Set.copyOf(terms);
  }

  /**
   * True when every occurrence of the rule's words in the text lies inside a negation's scope:
   * the words' offsets are known from the analysis, so no second search is needed.
   */
  private static boolean allNegated(Set<Term> ruleTerms, Map<Term, List<int[]>> terms, List<int[]> negated) {
    boolean any = false;
    for (Term term : ruleTerms) {
      for (int[] at : terms.getOrDefault(term, List.of())) {
        any = true;
        if (negated.stream().noneMatch(span -> overlaps(span, at[0], at[1]))) {
          return false;
        }
      }
    }
    return any;
  }

  /** True when every word the rule matched lies inside a negation's scope (rules with wildcards). */
  private static boolean allNegated(MemoryIndex index, Query query, List<int[]> negated) {
    try {
      IndexSearcher searcher = index.createSearcher();
      Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
      Matches matches = weight.matches(searcher.getIndexReader().leaves().get(0), 0);
      if (matches == null) {
        return false;
      }
      boolean any = false;
      for (String field : List.of(IndexFields.TEXT, IndexFields.EXACT)) {
        MatchesIterator it = matches.getMatches(field);
        while (it != null && it.next()) {
          any = true;
          int start = it.startOffset();
          int end = it.endOffset();
          if (negated.stream().noneMatch(span -> overlaps(span, start, end))) {
            return false;
          }
        }
      }
      return any;
    } catch (IOException e) {
      throw new UncheckedIOException("An in-memory index cannot fail on I/O", e);
    }
  }

  private static boolean overlaps(int[] span, int start, int end) {
    return span[0] < end && start < span[1];
  }
}
