package fr.parole.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import fr.parole.ParoleException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * What a user is told about a YAML file Parole reads (study.yaml, a codebook): in French, with the
 * line, what was expected there and what was found, never the YAML library's English. Anchors,
 * aliases and tags are refused before binding: Jackson would read an alias as the anchor's name
 * (a silent wrong value) and a tag has no meaning in these files.
 */
public final class YamlReading {
  private static final Pattern FOUND = Pattern.compile("from (\\w+(?:-\\w+)?) value");

  private YamlReading() {}

  /**
   * Refuses anchors ({@code &a}), aliases ({@code *a}), tags ({@code !!java…}), a key written twice
   * in one block, control characters and broken syntax, naming the line.
   */
  public static void checkPlain(String name, String text, Function<String, ? extends RuntimeException> error) {
    try {
      Deque<Level> open = new ArrayDeque<>();
      for (Event event : new Yaml(new LoaderOptions()).parse(new StringReader(text))) {
        String refused = refused(event);
        if (refused == null) {
          refused = duplicateKey(open, event);
        }
        if (refused != null) {
          throw error.apply(name + ", ligne " + line(event.getStartMark()) + " : " + refused);
        }
      }
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Mark start = e.getContextMark();
      throw error.apply(name + (mark == null ? "" : ", ligne " + line(mark) + ", colonne " + (mark.getColumn() + 1))
          + " : YAML mal formé (vérifiez l'indentation, les « : » après chaque clé, les guillemets et les "
          + "crochets fermés)" + (start != null && mark != null && start.getLine() != mark.getLine()
              ? " ; l'élément en cause commence ligne " + line(start) : "") + ".");
    } catch (ReaderException e) {
      int at = Math.min(Math.max(e.getPosition(), 0), text.length());
      long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
      throw error.apply(name + ", ligne " + line + " : caractère de contrôle " + String.format("U+%04X", e.getCodePoint())
          + " refusé (attendu : du texte sans caractère invisible ; supprimez-le depuis votre éditeur).");
    }
  }

  /** The keys met so far in an open mapping (null for a sequence), and whether a key comes next. */
  private static final class Level {
    final Set<String> keys;
    boolean atKey = true;

    Level(boolean mapping) {
      keys = mapping ? new HashSet<>() : null;
    }
  }

  /**
   * A key written twice in one mapping: the YAML library would keep the last value and drop the
   * first without a word (a second « sources: » would lose the first list).
   */
  private static String duplicateKey(Deque<Level> open, Event event) {
    if (event instanceof CollectionEndEvent) {
      open.pop();
      return null;
    }
    if (!(event instanceof NodeEvent)) {
      return null;
    }
    Level parent = open.peek();
    String duplicate = null;
    if (parent != null && parent.keys != null) {
      if (parent.atKey && event instanceof ScalarEvent scalar && !parent.keys.add(scalar.getValue())) {
        duplicate = "clé « " + ParoleException.excerpt(scalar.getValue()) + " » écrite deux fois dans le même bloc : "
            + "la seconde effacerait la première sans rien dire ; n'en gardez qu'une.";
      }
      parent.atKey = !parent.atKey;
    }
    if (event instanceof CollectionStartEvent) {
      open.push(new Level(event instanceof MappingStartEvent));
    }
    return duplicate;
  }

  private static String refused(Event event) {
    if (event instanceof AliasEvent) {
      return "alias YAML « *" + ((AliasEvent) event).getAnchor() + " » refusé : écrivez la valeur en toutes lettres "
          + "(les ancres « & » et alias « * » ne sont pas acceptés).";
    }
    if (event instanceof NodeEvent node && node.getAnchor() != null) {
      return "ancre YAML « &" + node.getAnchor() + " » refusée : écrivez chaque valeur en toutes lettres "
          + "(les ancres « & » et alias « * » ne sont pas acceptés).";
    }
    String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
        : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
    if (tag != null) {
      return "étiquette YAML « " + shortTag(tag) + " » refusée : par sécurité, Parole n'accepte aucune étiquette "
          + "(« ! » ou « !! ») ; écrivez la valeur seule.";
    }
    return null;
  }

  private static String shortTag(String tag) {
    String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
    return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
  }

  private static int line(Mark mark) {
    return mark.getLine() + 1;
  }

  /** Jackson's binding error in French: where (line, key), what was expected, what was found. */
  public static String explain(String name, JsonProcessingException e) {
    String line = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
        : ", ligne " + e.getLocation().getLineNr();
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      String key = key(mismatch.getPath());
      String found = mismatch instanceof InvalidFormatException invalid && invalid.getValue() != null
          ? "« " + ParoleException.excerpt(String.valueOf(invalid.getValue())) + " »"
          : found(e.getOriginalMessage());
      return name + line + " : " + (key.isEmpty() ? "le fichier" : key) + " doit être "
          + expected(mismatch.getTargetType()) + (found == null ? "" : ", pas " + found) + ".";
    }
    String key = e instanceof JsonMappingException mapping ? key(mapping.getPath()) : "";
    return name + line + " : " + (key.isEmpty() ? "valeur" : key) + " incomprise (attendu selon la clé : un texte, "
        + "une liste « - … » ou un bloc « clé: valeur »).";
  }

  /** {@code sources[0].path} as a user reads it: « sources », entrée 1, « path ». */
  private static String key(List<JsonMappingException.Reference> path) {
    StringBuilder key = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      if (!key.isEmpty()) {
        key.append(", ");
      }
      key.append(reference.getFieldName() != null ? "« " + reference.getFieldName() + " »"
          : "entrée " + (reference.getIndex() + 1));
    }
    return key.toString();
  }

  private static String expected(Class<?> type) {
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "une liste (une entrée par ligne commençant par « - », ou [a, b])";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "un bloc de clés « clé: valeur »";
    }
    if (type == String.class) {
      return "un texte";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "un nombre entier";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class) {
      return "un nombre";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true ou false";
    }
    return "d'une autre forme";
  }

  private static String found(String message) {
    Matcher m = FOUND.matcher(message == null ? "" : message);
    if (!m.find()) {
      return null;
    }
    return switch (m.group(1)) {
      case "Array" -> "une liste";
      case "Object" -> "un bloc de clés";
      case "String" -> "un texte";
      case "Integer", "Floating-point" -> "un nombre";
      case "Boolean" -> "un booléen";
      default -> null;
    };
  }
}
