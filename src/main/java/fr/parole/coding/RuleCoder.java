package fr.parole.coding;

import fr.parole.coding.SegmentTerms.Occurrence;
import fr.parole.index.FrenchQueryParser;
import fr.parole.index.IndexFields;
import fr.parole.nlp.TaggedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Suggests codes whose rules match a tagged text. Rules are Lucene queries (the search syntax:
 * phrases, proximity, wildcards, AND/OR/NOT) over the French-analysed words, and also over the
 * tagger's lemmas ({@code lemma:être}) and part-of-speech tags ({@code pos:ADJ}); they are parsed
 * once and matched on the text's terms ({@link RuleMatcher}). A hit that lies wholly inside a
 * negation's scope does not count ("pas de problème" is not a problem), nor does a rule one of whose
 * required parts is only found negated ("pas de comité de pilotage, les usagers…" for
 * {@code pilotage AND usagers}), unless the rule names a negation itself ("pas le temps") or its
 * dimension counts negated mentions (a theme: "pas d'attente" is about waiting,
 * {@link Dimension#countsNegatedMentions()}).
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
   * A parsed rule; {@code matcher} is null for the rare query only a Lucene index can run;
   * {@code path} is its code's, built once.
   */
  private record CompiledRule(String path, String rule, Query query, boolean aboutNegation, RuleMatcher matcher) {}

  private final Analyzer analyzer = IndexFields.analyzer();
  private final List<CompiledRule> rules = new ArrayList<>();
  /**
   * For each field and term, the rules that cannot match without it; a text's own terms thus
   * name the few rules worth trying (most rules share no word with a given text).
   */
  private final Map<String, Map<String, BitSet>> rulesByTerm = new HashMap<>();
  /** Rules whose words are not known in advance (wildcards): always tried. */
  private final BitSet alwaysTried = new BitSet();
  /** Each rule's key, {@code code#index} (its place among its code's rules), by code path and rule text. */
  private final Map<String, String> keys = new HashMap<>();

  public RuleCoder(Codebook codebook) {
    QueryParser parser = new FrenchQueryParser();
    for (Code code : codebook.codes()) {
      boolean topic = codebook.dimension(code.dimension()).map(Dimension::countsNegatedMentions).orElse(false);
      for (int index = 0; index < code.rules().size(); index++) {
        String rule = code.rules().get(index);
        keys.putIfAbsent(code.path() + "\n" + rule, code.id() + "#" + index);
        try {
          Query query = parser.parse(rule);
          boolean aboutNegation = topic || NEGATION_WORD.matcher(rule).find();
          rules.add(new CompiledRule(code.path(), rule, query, aboutNegation,
              RuleMatcher.compile(query, !aboutNegation).orElse(null)));
          register(rules.size() - 1, query);
        } catch (ParseException e) {
          throw new CodebookException("Règle invalide pour « " + code.path() + " » : " + rule, e);
        }
      }
    }
  }

  /** The codes whose rules match {@code text}, one suggestion per code (its first matching rule). */
  @Override
  public List<Suggestion> suggest(TaggedText text) {
    return suggest(terms(text));
  }

  /**
   * Which rule a hit of {@link #suggest} comes from: {@code code#index}, its code's id and its place
   * among that code's rules (what a calibration weighs it by, {@link Calibration}).
   */
  String key(Suggestion hit) {
    return keys.get(hit.code() + "\n" + hit.evidence());
  }

  /** The terms rules read in {@code text}, to share with a learned model ({@link CombinedCoder}). */
  SegmentTerms terms(TaggedText text) {
    return SegmentTerms.of(text, analyzer);
  }

  /** {@link #suggest(TaggedText)} on terms already taken from the text. */
  List<Suggestion> suggest(SegmentTerms terms) {
    BitSet candidates = (BitSet) alwaysTried.clone();
    rulesByTerm.forEach((field, byTerm) -> terms.forEachTerm(field, term -> {
      BitSet needing = byTerm.get(term);
      if (needing != null) {
        candidates.or(needing);
      }
    }));
    List<Suggestion> found = new ArrayList<>();
    List<String> coded = new ArrayList<>();
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      CompiledRule rule = rules.get(i);
      if (coded.contains(rule.path())) {
        continue;
      }
      List<Occurrence> hits = rule.matcher() != null ? rule.matcher().match(terms) : search(rule.query(), terms);
      if (hits == null || !rule.aboutNegation() && terms.allNegated(hits)) {
        continue;
      }
      coded.add(rule.path());
      found.add(new Suggestion(rule.path(), RULE_CONFIDENCE, "rule", rule.rule()));
    }
    return found;
  }

  /**
   * Files rule {@code index} under the terms of its positive clauses: a text with none of them
   * cannot match it. A rule with a wildcard or any clause whose terms are unknown is always tried.
   */
  private void register(int index, Query query) {
    Set<Term> needed = new HashSet<>();
    boolean[] open = {false};
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... found) {
        needed.addAll(List.of(found));
      }

      @Override
      public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
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
    if (open[0] || needed.isEmpty()) {
      alwaysTried.set(index);
      return;
    }
    for (Term term : needed) {
      rulesByTerm.computeIfAbsent(term.field(), f -> new HashMap<>())
          .computeIfAbsent(term.text(), t -> new BitSet()).set(index);
    }
  }

  /** True when {@code query} matches the text as Lucene itself would say (tests compare). */
  static boolean matchesInLucene(Query query, SegmentTerms terms) {
    return terms.memoryIndex().search(query) > 0;
  }

  /** Runs a rule through a one-document Lucene index; its hits come from the Matches API. */
  private static List<Occurrence> search(Query query, SegmentTerms terms) {
    MemoryIndex index = terms.memoryIndex();
    if (index.search(query) <= 0) {
      return null;
    }
    try {
      IndexSearcher searcher = index.createSearcher();
      Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
      Matches matches = weight.matches(searcher.getIndexReader().leaves().get(0), 0);
      List<Occurrence> hits = new ArrayList<>();
      for (String field : matches == null ? List.<String>of() : List.of(IndexFields.TEXT, IndexFields.EXACT,
          IndexFields.LEMMA, IndexFields.POS)) {
        MatchesIterator it = matches.getMatches(field);
        while (it != null && it.next()) {
          hits.add(new Occurrence(it.startPosition(), it.startOffset(), it.endOffset()));
        }
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("An in-memory index cannot fail on I/O", e);
    }
  }
}
