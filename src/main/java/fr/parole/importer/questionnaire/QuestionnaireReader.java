package fr.parole.importer.questionnaire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.parole.importer.ImportException;
import fr.parole.study.YamlReading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reads a questionnaire definition written in YAML (see
 * {@code models/questionnaires/checklist-has-partenariat.yaml}, whose header documents the format).
 * Refuses, naming the file and the line: an item without id, two items with the same id or
 * wording, an unknown type, a Likert item without its labels, a choice item without choices.
 */
public final class QuestionnaireReader {
  /** The YAML shapes, before checking. */
  record DefinitionFile(String id, String title, String description, List<LocatedItem> items) {}

  record ItemFile(String id, String label, String type, List<String> labels, List<String> choices,
      String separator) {}

  /** An item and the line its mapping starts on: Jackson's tree forgets where things were. */
  @JsonDeserialize(using = LocatedItemDeserializer.class)
  record LocatedItem(int line, ItemFile item) {}

  static final class LocatedItemDeserializer extends StdDeserializer<LocatedItem> {
    private static final long serialVersionUID = 1L;

    LocatedItemDeserializer() {
      super(LocatedItem.class);
    }

    @Override
    public LocatedItem deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      int line = parser.currentTokenLocation().getLineNr();
      return new LocatedItem(line, context.readValue(parser, ItemFile.class));
    }
  }

  /** Reads the definition {@code text}, which the study calls {@code name}. */
  public Questionnaire parse(String name, String text) {
    DefinitionFile raw = bind(name, text);
    if (raw.id() == null || raw.id().isBlank()) {
      throw new ImportException(name + " : « id » du questionnaire manquant (exemple : id: checklist-partenariat).");
    }
    if (raw.items() == null || raw.items().isEmpty()) {
      throw new ImportException(name + " : aucun item (attendu : « items: » avec au moins un item, chacun avec "
          + "« id », « label » et « type »).");
    }
    List<Item> items = new ArrayList<>();
    Map<String, Item> byId = new HashMap<>();
    Map<String, Item> byLabel = new HashMap<>();
    for (LocatedItem located : raw.items()) {
      Item item = item(name, located);
      Item sameId = byId.put(Labels.fold(item.id()), item);
      if (sameId != null) {
        throw at(name, item.line(), "l'item « " + item.id() + " » est déjà défini à la ligne " + sameId.line()
            + " : chaque id doit être unique (les colonnes des réponses s'y rapportent).");
      }
      Item sameLabel = byLabel.put(Labels.fold(item.label()), item);
      if (sameLabel != null) {
        throw at(name, item.line(), "l'item « " + item.id() + " » a le même libellé que l'item « " + sameLabel.id()
            + " » (ligne " + sameLabel.line() + ") : une colonne nommée par ce libellé serait ambiguë.");
      }
      items.add(item);
    }
    String title = raw.title() == null || raw.title().isBlank() ? raw.id().strip() : raw.title().strip();
    return new Questionnaire(raw.id().strip(), title, name, sha256(text), items);
  }

  private static DefinitionFile bind(String name, String text) {
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    YamlReading.checkPlain(name, text, ImportException::new);
    try {
      DefinitionFile raw = mapper.readValue(text, DefinitionFile.class);
      if (raw == null) {
        throw new ImportException(name + " : fichier vide (attendu : id, title, items).");
      }
      return raw;
    } catch (UnrecognizedPropertyException e) {
      throw at(name, keyLine(text, e.getPropertyName(), e.getLocation() == null ? -1 : e.getLocation().getLineNr()),
          "clé inconnue « " + e.getPropertyName() + " » (clés connues : " + e.getKnownPropertyIds() + ").");
    } catch (JsonProcessingException e) {
      throw new ImportException(YamlReading.explain(name, e), e);
    }
  }

  /** Jackson points after the unknown key's value; users want the key's own line, the last one before. */
  private static int keyLine(String text, String key, int reported) {
    List<String> lines = text.lines().toList();
    java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("\\s*-?\\s*"
        + java.util.regex.Pattern.quote(key) + "\\s*:.*");
    for (int i = Math.min(reported, lines.size()) - 1; i >= 0; i--) {
      if (pattern.matcher(lines.get(i)).matches()) {
        return i + 1;
      }
    }
    return reported;
  }

  private static Item item(String name, LocatedItem located) {
    ItemFile raw = located.item();
    int line = located.line();
    if (raw == null || raw.id() == null || raw.id().isBlank()) {
      throw at(name, line, "un item n'a pas d'« id ».");
    }
    String id = raw.id().strip();
    if (raw.type() == null || raw.type().isBlank()) {
      throw at(name, line, "l'item « " + id + " » n'a pas de « type » (types : " + String.join(", ", ItemType.codes())
          + ").");
    }
    ItemType type = ItemType.fromCode(raw.type()).orElseThrow(() -> at(name, line, "type inconnu « " + raw.type()
        + " » pour l'item « " + id + " » (types : " + String.join(", ", ItemType.codes()) + ")."));
    List<String> choices = choices(name, line, id, type, raw);
    String separator = null;
    if (type == ItemType.MULTIPLE_CHOICE) {
      separator = raw.separator() == null || raw.separator().isEmpty() ? ";" : raw.separator();
    } else if (raw.separator() != null) {
      throw at(name, line, "« separator » ne vaut que pour un item multiple_choice (l'item « " + id + " » est "
          + type.code() + ").");
    }
    String label = raw.label() == null || raw.label().isBlank() ? id : raw.label().strip();
    return new Item(id, label, type, choices, separator, line);
  }

  /** The Likert labels or the choices, checked against the type. */
  private static List<String> choices(String name, int line, String id, ItemType type, ItemFile raw) {
    if (type == ItemType.LIKERT && raw.choices() != null || type != ItemType.LIKERT && raw.labels() != null) {
      throw at(name, line, "l'item « " + id + " » (" + type.code() + ") : « labels » sert aux items likert, "
          + "« choices » aux items single_choice et multiple_choice.");
    }
    List<String> given = type == ItemType.LIKERT ? raw.labels() : raw.choices();
    if (!type.hasChoices()) {
      if (given != null) {
        throw at(name, line, "l'item « " + id + " » (" + type.code() + ") ne prend pas de « choices ».");
      }
      return List.of();
    }
    String key = type == ItemType.LIKERT ? "labels" : "choices";
    if (given == null || given.size() < 2) {
      throw at(name, line, "l'item « " + id + " » (" + type.code() + ") doit lister au moins deux réponses dans « "
          + key + " »" + (type == ItemType.LIKERT ? ", dans l'ordre de l'échelle (exemple : [Pas du tout d'accord, "
          + "Plutôt pas d'accord, Plutôt d'accord, Tout à fait d'accord])." : "."));
    }
    Map<String, String> seen = new HashMap<>();
    List<String> cleaned = new ArrayList<>();
    for (String choice : given) {
      if (choice == null || choice.isBlank()) {
        throw at(name, line, "l'item « " + id + " » a une réponse vide dans « " + key + " ».");
      }
      String previous = seen.put(Labels.fold(choice), choice);
      if (previous != null) {
        throw at(name, line, "l'item « " + id + " » liste deux fois la réponse « " + choice.strip() + " »"
            + (previous.strip().equals(choice.strip()) ? "." : " (« " + previous.strip() + " » est la même, "
            + "aux majuscules, accents ou ponctuation près)."));
      }
      if (raw.separator() != null && !raw.separator().isEmpty() && choice.contains(raw.separator())) {
        throw at(name, line, "la réponse « " + choice.strip() + " » de l'item « " + id
            + " » contient le séparateur « " + raw.separator() + " » : choisissez-en un autre.");
      }
      cleaned.add(choice.strip());
    }
    if (type == ItemType.MULTIPLE_CHOICE && raw.separator() == null) {
      cleaned.stream().filter(c -> c.contains(";")).findFirst().ifPresent(c -> {
        throw at(name, line, "la réponse « " + c + " » de l'item « " + id + " » contient « ; », le séparateur par "
            + "défaut : donnez-en un autre avec « separator: ».");
      });
    }
    return cleaned;
  }

  private static ImportException at(String name, int line, String reason) {
    return ImportException.at(name, line, reason);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
