package fr.parole.coding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.parole.index.FrenchQueryParser;
import fr.parole.index.IndexFields;
import fr.parole.index.QueryErrors;
import fr.parole.study.YamlReading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Reads a codebook written in YAML (see {@code models/codebooks/partenariat.yaml}): dimensions
 * holding codes, codes holding {@code children}, or a flat {@code codes:} list whose entries name
 * their {@code dimension} and {@code parent}. Refuses duplicate ids, unknown dimensions or
 * parents, cycles, and rules that are not valid Lucene queries, naming the file and line.
 */
public final class CodebookReader {
  /** The YAML shapes, before checking. */
  record CodebookFile(String id, String label, String description, List<DimensionFile> dimensions,
      List<CodeFile> codes) {}

  record DimensionFile(String id, String label, String definition, Boolean exclusive,
      @com.fasterxml.jackson.annotation.JsonProperty("negated_mentions") String negatedMentions, List<CodeFile> codes) {}

  /** {@code negated_mentions:} values: a negated word fires a rule ({@code count}) or not ({@code ignore}, the default). */
  static final String COUNT_NEGATED = "count";
  static final String IGNORE_NEGATED = "ignore";

  record CodeFile(String id, String label, String definition, Double threshold, String color, List<String> examples,
      List<String> rules, List<CodeFile> children, String dimension, String parent) {}

  /** A code's colour as the atelier and REFI-QDA write it. */
  public static final java.util.regex.Pattern COLOR = java.util.regex.Pattern.compile("#[0-9a-fA-F]{6}");

  public Codebook read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new CodebookException(file + " n'est pas enregistré en UTF-8 (attendu : un livre de codes YAML, texte en "
          + "UTF-8) : enregistrez-le en UTF-8 depuis votre éditeur.", e);
    } catch (IOException e) {
      throw new CodebookException("Livre de codes illisible : " + file + " (" + e.getMessage() + ").", e);
    }
    return parse(file.toString(), text);
  }

  Codebook parse(String name, String text) {
    CodebookFile raw = bind(name, text);
    SourceLines lines = new SourceLines(name, text);
    if (raw.dimensions() == null || raw.dimensions().isEmpty()) {
      throw new CodebookException(name + " : aucune dimension (attendu : « dimensions: » avec au moins une "
          + "dimension, chacune avec « id » et « codes »).");
    }
    Map<String, List<Code>> byDimension = new LinkedHashMap<>();
    for (DimensionFile dimension : raw.dimensions()) {
      String id = required(dimension.id(), "id de dimension", lines);
      if (byDimension.put(id, new ArrayList<>()) != null) {
        throw new CodebookException(lines.at("id", id, 2) + "la dimension « " + id + " » est déjà définie.");
      }
      for (CodeFile code : orEmpty(dimension.codes())) {
        flatten(id, null, code, byDimension.get(id), lines);
      }
    }
    for (CodeFile code : orEmpty(raw.codes())) {
      String dimension = required(code.dimension(), "dimension du code « " + code.id() + " »", lines);
      List<Code> codes = byDimension.get(dimension);
      if (codes == null) {
        throw new CodebookException(lines.at("dimension", dimension, 1) + "dimension inconnue « " + dimension
            + " » (dimensions : " + String.join(", ", byDimension.keySet()) + ").");
      }
      flatten(dimension, code.parent(), code, codes, lines);
    }
    List<Dimension> dimensions = new ArrayList<>();
    for (DimensionFile dimension : raw.dimensions()) {
      List<Code> codes = byDimension.get(dimension.id());
      checkTree(dimension.id(), codes, lines);
      dimensions.add(new Dimension(dimension.id(), orId(dimension.label(), dimension.id()), dimension.definition(),
          parentsFirst(codes), Boolean.TRUE.equals(dimension.exclusive()), countsNegated(dimension, lines)));
    }
    return new Codebook(required(raw.id(), "id du livre de codes", lines), orId(raw.label(), raw.id()),
        raw.description(), dimensions);
  }

  private static boolean countsNegated(DimensionFile dimension, SourceLines lines) {
    String value = dimension.negatedMentions();
    if (value == null || value.equals(IGNORE_NEGATED)) {
      return false;
    }
    if (value.equals(COUNT_NEGATED)) {
      return true;
    }
    throw new CodebookException(lines.at("negated_mentions", value, 1) + "« negated_mentions » de la dimension « "
        + dimension.id() + " » vaut « " + value + " » : attendu « " + COUNT_NEGATED + " » (un mot nié déclenche les "
        + "règles) ou « " + IGNORE_NEGATED + " » (défaut : il ne les déclenche pas).");
  }

  private static CodebookFile bind(String name, String text) {
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    YamlReading.checkPlain(name, text, CodebookException::new);
    try {
      CodebookFile raw = mapper.readValue(text, CodebookFile.class);
      if (raw == null) {
        throw new CodebookException(name + " : fichier vide.");
      }
      return raw;
    } catch (UnrecognizedPropertyException e) {
      throw new CodebookException(name + ", ligne " + e.getLocation().getLineNr() + " : clé inconnue « "
          + e.getPropertyName() + " » (clés connues : " + e.getKnownPropertyIds() + ").", e);
    } catch (JsonProcessingException e) {
      throw new CodebookException(YamlReading.explain(name, e), e);
    }
  }

  private void flatten(String dimension, String parent, CodeFile raw, List<Code> into, SourceLines lines) {
    String id = required(raw.id(), "id de code", lines);
    for (String rule : orEmpty(raw.rules())) {
      checkRule(rule, id, lines);
    }
    Double threshold = raw.threshold();
    if (threshold != null && !(threshold > 0 && threshold <= 1)) {
      throw new CodebookException(lines.at("id", id, 1) + "seuil invalide pour le code « " + dimension + "/"
          + id + " » : " + threshold + " (attendu : un nombre entre 0 et 1, par exemple 0.5).");
    }
    if (raw.color() != null && !COLOR.matcher(raw.color()).matches()) {
      throw new CodebookException(lines.at("color", raw.color(), 1) + "couleur invalide pour le code « " + dimension
          + "/" + id + " » : « " + raw.color() + " » (attendu : « #rrggbb », par exemple \"#1f77b4\", entre guillemets).");
    }
    into.add(new Code(dimension, id, orId(raw.label(), id), raw.definition(), raw.examples(), raw.rules(), parent,
        threshold, raw.color() == null ? null : raw.color().toLowerCase(java.util.Locale.ROOT)));
    for (CodeFile child : orEmpty(raw.children())) {
      flatten(dimension, id, child, into, lines);
    }
  }

  /** The fields a rule may name: the analysed words, the words as written, lemmas, tags. */
  private static final List<String> RULE_FIELDS =
      List.of(IndexFields.TEXT, IndexFields.EXACT, IndexFields.LEMMA, IndexFields.POS);

  private static void checkRule(String rule, String codeId, SourceLines lines) {
    QueryParser parser = new FrenchQueryParser();
    Query query;
    try {
      query = parser.parse(rule);
    } catch (ParseException | IllegalArgumentException e) {
      throw new CodebookException(lines.atText(rule) + "règle invalide pour le code « " + codeId + " » : "
          + QueryErrors.reason(rule, e) + " (syntaxe de parole search : mots, \"expression\", mot*, OR, NOT, "
          + "parenthèses).", e);
    }
    // A misspelt field ("lemme:attendre") parses fine and would silently never match.
    Set<String> fields = FrenchQueryParser.fields(query);
    fields.removeAll(RULE_FIELDS);
    if (!fields.isEmpty()) {
      throw new CodebookException(lines.atText(rule) + "règle invalide pour le code « " + codeId + " » : champ inconnu « "
          + String.join(", ", fields) + ": » (champs possibles : " + String.join(":, ", RULE_FIELDS) + ":).");
    }
  }

  /** Ids unique in the dimension, parents that exist, and no cycle. */
  private static void checkTree(String dimension, List<Code> codes, SourceLines lines) {
    Map<String, Code> byId = new LinkedHashMap<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Code code : codes) {
      int occurrence = seen.merge(code.id(), 1, Integer::sum);
      if (byId.put(code.id(), code) != null) {
        throw new CodebookException(lines.at("id", code.id(), occurrence) + "le code « " + dimension + "/"
            + code.id() + " » est défini deux fois : chaque id doit être unique dans sa dimension.");
      }
    }
    for (Code code : codes) {
      if (code.parent() != null && !byId.containsKey(code.parent())) {
        throw new CodebookException(lines.at("parent", code.parent(), 1) + "parent inconnu « " + code.parent()
            + " » pour le code « " + code.path() + " ».");
      }
      Set<String> chain = new HashSet<>();
      for (Code at = code; at.parent() != null; at = byId.get(at.parent())) {
        if (!chain.add(at.id())) {
          throw new CodebookException(lines.at("id", code.id(), 1) + "cycle de parents : " + String.join(" → ", chain)
              + " → " + at.id() + " (un code ne peut pas descendre de lui-même).");
        }
      }
    }
  }

  private static List<Code> parentsFirst(List<Code> codes) {
    List<Code> ordered = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    while (ordered.size() < codes.size()) {
      for (Code code : codes) {
        if (!placed.contains(code.id()) && (code.parent() == null || placed.contains(code.parent()))) {
          ordered.add(code);
          placed.add(code.id());
        }
      }
    }
    return ordered;
  }

  private static String required(String value, String what, SourceLines lines) {
    if (value == null || value.isBlank()) {
      throw new CodebookException(lines.name() + " : " + what + " manquant.");
    }
    return value.strip();
  }

  private static String orId(String label, String id) {
    return label == null || label.isBlank() ? id : label;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
