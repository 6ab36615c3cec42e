package fr.parole.solr;

import fr.parole.ParoleException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * Writes the query Parole's parser built (terms already analysed: stems, folded accents) in Solr's
 * standard syntax, so that Solr runs the very same query: its query-side analysis only splits on
 * spaces (see {@link SolrSchema}). Reading the user's text again in Solr would stem twice and lose
 * the wildcard on the words as written that Parole adds.
 */
final class SolrQueries {
  /** Matches no document, whatever Solr does with a query of only negative clauses. */
  private static final String NOTHING = "(-*:*)";

  private SolrQueries() {}

  static String write(Query query) {
    if (query instanceof TermQuery term) {
      return field(term.getTerm()) + escape(term.getTerm().text());
    }
    if (query instanceof PhraseQuery phrase) {
      return phrase(phrase);
    }
    if (query instanceof WildcardQuery wildcard) {
      return field(wildcard.getTerm()) + escapeKeeping(wildcard.getTerm().text(), "*?");
    }
    if (query instanceof PrefixQuery prefix) {
      return field(prefix.getPrefix()) + escape(prefix.getPrefix().text()) + "*";
    }
    if (query instanceof FuzzyQuery fuzzy) {
      return field(fuzzy.getTerm()) + escape(fuzzy.getTerm().text()) + "~" + fuzzy.getMaxEdits();
    }
    if (query instanceof TermRangeQuery range) {
      return range.getField() + ":" + (range.includesLower() ? "[" : "{") + bound(range.getLowerTerm()) + " TO "
          + bound(range.getUpperTerm()) + (range.includesUpper() ? "]" : "}");
    }
    if (query instanceof BoostQuery boost) {
      return "(" + write(boost.getQuery()) + ")^" + boost.getBoost();
    }
    if (query instanceof BooleanQuery bool) {
      return bool(bool);
    }
    if (query instanceof MatchNoDocsQuery) {
      return NOTHING;
    }
    if (query instanceof MatchAllDocsQuery) {
      return "*:*";
    }
    throw new ParoleException("Requête « " + query + " » : cette forme de requête n'est pas encore traduite pour "
        + "SolrCloud. Écrivez-la avec des mots, des \"phrases\", des jokers* et AND/OR/NOT.");
  }

  private static String bool(BooleanQuery bool) {
    boolean positive = bool.clauses().stream().anyMatch(c -> c.getOccur() != BooleanClause.Occur.MUST_NOT);
    if (!positive) {
      return NOTHING; // Lucene: a query of only exclusions matches nothing; Solr would add *:*.
    }
    StringBuilder solr = new StringBuilder("(");
    for (BooleanClause clause : bool.clauses()) {
      if (solr.length() > 1) {
        solr.append(' ');
      }
      solr.append(switch (clause.getOccur()) {
        case MUST, FILTER -> "+";
        case MUST_NOT -> "-";
        case SHOULD -> "";
      }).append(write(clause.getQuery()));
    }
    return solr.append(')').toString();
  }

  /** Positions are kept: a stop word removed inside the phrase leaves a gap the schema restores. */
  private static String phrase(PhraseQuery phrase) {
    Term[] terms = phrase.getTerms();
    int[] positions = phrase.getPositions();
    if (terms.length == 0) {
      return NOTHING;
    }
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < terms.length; i++) {
      int gaps = i == 0 ? 0 : positions[i] - positions[i - 1] - 1;
      for (int g = 0; g < gaps; g++) {
        words.append(SolrSchema.GAP).append(' ');
      }
      words.append(terms[i].text().replace("\\", "\\\\").replace("\"", "\\\"")).append(' ');
    }
    return terms[0].field() + ":\"" + words.toString().strip() + "\"" + (phrase.getSlop() > 0 ? "~" + phrase.getSlop() : "");
  }

  private static String field(Term term) {
    return term.field() + ":";
  }

  private static String bound(org.apache.lucene.util.BytesRef term) {
    return term == null ? "*" : "\"" + term.utf8ToString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String escape(String text) {
    return escapeKeeping(text, "");
  }

  /** Solr's special characters escaped, but for the wildcards {@code kept}. */
  private static String escapeKeeping(String text, String kept) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (kept.indexOf(c) < 0 && ("\\+-!():^[]\"{}~*?|&;/".indexOf(c) >= 0 || Character.isWhitespace(c))) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
