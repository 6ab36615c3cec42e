package fr.parole.index;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query syntax of search and of codebook rules: Lucene's classic syntax, AND by default, on
 * the French-analysed words. A wildcard on the stemmed field alone would miss forms whose stem is
 * shorter than the typed prefix ("formation*" against the stem "form" of "formations"), so on the
 * default field wildcards and prefixes also run against the words as written.
 */
public final class FrenchQueryParser extends QueryParser {
  public FrenchQueryParser() {
    super(IndexFields.TEXT, IndexFields.analyzer());
    setDefaultOperator(Operator.AND);
    setAllowLeadingWildcard(true);
    setSplitOnWhitespace(true);
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    Query stemmed = super.getWildcardQuery(field, termStr);
    return IndexFields.TEXT.equals(field) ? either(stemmed, super.getWildcardQuery(IndexFields.EXACT, termStr)) : stemmed;
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    Query stemmed = super.getPrefixQuery(field, termStr);
    return IndexFields.TEXT.equals(field) ? either(stemmed, super.getPrefixQuery(IndexFields.EXACT, termStr)) : stemmed;
  }

  /** Every field a query names, in its excluded clauses too. */
  public static Set<String> fields(Query query) {
    Set<String> fields = new TreeSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        fields.add(field);
        return true;
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return this;
      }
    });
    return fields;
  }

  private static Query either(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, Occur.SHOULD).add(b, Occur.SHOULD).build();
  }
}
