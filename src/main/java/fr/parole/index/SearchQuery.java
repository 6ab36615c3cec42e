package fr.parole.index;

import fr.parole.ParoleException;
import fr.parole.study.AttributeNames;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

/**
 * A search request read as every backend runs it: the words parsed by Parole's own parser (so the
 * local index and SolrCloud see the same analysed terms), the attribute filters as the index spells
 * them, and whether interviewer turns count. Bad input is refused here, in French, the same way
 * whatever the backend.
 */
public record SearchQuery(Query words, Map<String, Set<String>> filters, boolean includeInterviewer) {
  /** The segment kinds a search leaves out unless interviewer turns are asked for. */
  public static final List<String> INTERVIEWER_KINDS = List.of("interviewer", "preamble");

  /** The fields a search may name: the analysed words (the default) and the words as written. */
  private static final List<String> SEARCH_FIELDS = List.of(IndexFields.TEXT, IndexFields.EXACT);

  /**
   * Reads {@code request} against the index's {@code attributes}; {@code values} gives the values
   * an attribute has in the index (for filters written without case or accents, and typos).
   */
  public static SearchQuery read(SearchRequest request, List<String> attributes,
      Function<String, List<String>> values) {
    Query words;
    try {
      words = new FrenchQueryParser().parse(request.query());
    } catch (ParseException | IllegalArgumentException e) {
      throw new ParoleException(QueryErrors.explain(request.query(), e));
    }
    refuseTaggerFields(words, request.query());
    refuseUnknownFields(words, request.query(), attributes);
    return new SearchQuery(words, filters(request.where(), attributes, values), request.includeInterviewer());
  }

  /**
   * The attributes and values the {@code --where} filters ask for, as the index spells them: an
   * attribute named in French or in any case ({@code rôle}, {@code Établissement}) is the study's
   * ({@code role}, {@code establishment}); a value matches as written, else the one value it equals
   * without case or accents ({@code chu3} is {@code CHU3}); {@code MED,CDS} is two values unless a
   * value is written so, comma included.
   */
  private static Map<String, Set<String>> filters(Map<String, List<String>> where, List<String> attributes,
      Function<String, List<String>> values) {
    AttributeNames names = new AttributeNames(attributes);
    Map<String, Set<String>> filters = new LinkedHashMap<>();
    where.forEach((name, written) -> {
      String attribute = names.find(name).orElseThrow(() -> new ParoleException("Attribut inconnu « " + name
          + " » dans --where. Attributs de l'étude : " + (attributes.isEmpty() ? "aucun" : String.join(", ",
          attributes)) + "."));
      List<String> known = values.apply(attribute);
      for (String value : written) {
        List<String> asked = known.contains(value) ? List.of(value) : List.of(value.split(","));
        for (String one : asked) {
          filters.computeIfAbsent(attribute, a -> new LinkedHashSet<>()).add(valueOf(attribute, one.strip(), known));
        }
      }
    });
    return filters;
  }

  /** A value no segment has is most often a typo ("CHU9"): say which values exist. */
  private static String valueOf(String attribute, String value, List<String> known) {
    if (known.contains(value)) {
      return value;
    }
    List<String> folded = known.stream().filter(k -> AttributeNames.fold(k).equals(AttributeNames.fold(value)))
        .toList();
    if (folded.size() == 1 && !value.isEmpty()) {
      return folded.get(0);
    }
    throw new ParoleException("Aucun segment n'a " + attribute + "=" + value + " (--where). Valeurs de "
        + attribute + " : " + String.join(", ", known) + ".");
  }

  /**
   * Lemmas and tags exist for codebook rules only (tagging every segment at import would triple
   * its time): a search on them would silently find nothing, so it is refused with the reason.
   */
  private static void refuseTaggerFields(Query query, String text) {
    Set<String> fields = FrenchQueryParser.fields(query);
    if (fields.contains(IndexFields.LEMMA) || fields.contains(IndexFields.POS)) {
      throw new ParoleException("Requête « " + text + " » : les champs lemma: et pos: servent aux règles des livres "
          + "de codes (parole code, parole classify), pas à la recherche. Cherchez les mots : 'attend*' ou "
          + "'attente OR attendu', ou exact: pour une forme précise.");
    }
  }

  /** A misspelt or made-up field ({@code nope:patient}) parses fine and would silently find nothing. */
  private static void refuseUnknownFields(Query query, String text, List<String> attributes) {
    Set<String> unknown = FrenchQueryParser.fields(query);
    unknown.removeAll(SEARCH_FIELDS);
    if (unknown.isEmpty()) {
      return;
    }
    String field = unknown.iterator().next();
    AttributeNames names = new AttributeNames(attributes);
    String filter = names.find(field).map(a -> " ; pour ne garder qu'une valeur de l'attribut « " + a + " », écrivez "
        + "--where " + a + "=<valeur>").orElse("");
    throw new ParoleException("Requête « " + text + " » : le champ « " + field + ": » n'existe pas. Champs de la "
        + "recherche : text: (les mots, par défaut) et exact: (la forme telle qu'écrite, ex. exact:patiente)" + filter
        + ".");
  }
}
