package fr.parole.coding;

import fr.parole.index.FrenchQueryParser;
import fr.parole.index.IndexFields;
import java.util.ArrayList;
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

  private record CompiledRule(Code code, String rule, Query query) {}

  private final Analyzer analyzer = IndexFields.analyzer();
  private final List<CompiledRule> rules = new ArrayList<>();

  public RuleCoder(Codebook codebook) {
    QueryParser parser = new FrenchQueryParser();
    for (Code code : codebook.codes()) {
      for (String rule : code.rules()) {
        try {
          rules.add(new CompiledRule(code, rule, parser.parse(rule)));
        } catch (ParseException e) {
          throw new CodebookException("Règle invalide pour « " + code.path() + " » : " + rule, e);
        }
      }
    }
  }

  /** The codes whose rules match {@code text}, one suggestion per code (its first matching rule). */
  @Override
  public List<Suggestion> suggest(String text) {
    MemoryIndex index = new MemoryIndex();
    index.addField(IndexFields.TEXT, text, analyzer);
    index.addField(IndexFields.EXACT, text, analyzer);
    List<Suggestion> found = new ArrayList<>();
    List<String> coded = new ArrayList<>();
    for (CompiledRule rule : rules) {
      if (!coded.contains(rule.code().path()) && index.search(rule.query()) > 0) {
        coded.add(rule.code().path());
        found.add(new Suggestion(rule.code().path(), RULE_CONFIDENCE, "rule", rule.rule()));
      }
    }
    return found;
  }
}
