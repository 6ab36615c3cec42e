package fr.parole.pipeline;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.Dimension;
import fr.parole.exchange.QdpxProject.CodeNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A REFI-QDA code tree as a Parole codebook, as {@code coding.QdcCodebooks} reads a {@code .qdc}: a
 * top-level code with sub-codes becomes a dimension (and one of its codes too when it is codable),
 * top-level codes without any gather in a dimension « Codes »; deeper codes keep their parent. A
 * code is labelled by its name, defined by its description, keeps its colour, and gets an id made
 * of its name (lower case, without accents, « _ » between words; « _2 » for a second one). Each
 * code's GUID gives its path ({@code dimension/id}), for the codings.
 */
final class ImportedCodebook {
  private final Map<String, String> pathByGuid = new HashMap<>();
  private final Map<String, String> labelByGuid = new HashMap<>();
  private final Codebook codebook;

  ImportedCodebook(String id, String label, List<CodeNode> roots) {
    List<Dimension> dimensions = new ArrayList<>();
    Set<String> dimensionIds = new HashSet<>();
    List<CodeNode> loose = new ArrayList<>();
    for (CodeNode top : roots) {
      if (top.children().isEmpty()) {
        loose.add(top);
        continue;
      }
      String dimension = unique(slug(top.name(), "dimension"), dimensionIds);
      List<Code> codes = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      String parent = null;
      if (top.codable()) {
        parent = add(dimension, top, null, codes, ids);
      } else {
        pathByGuid.put(top.guid(), null);
      }
      for (CodeNode child : top.children()) {
        collect(dimension, child, parent, codes, ids);
      }
      dimensions.add(new Dimension(dimension, top.name(), top.description(), codes));
    }
    if (!loose.isEmpty()) {
      String dimension = unique("codes", dimensionIds);
      List<Code> codes = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      loose.forEach(node -> add(dimension, node, null, codes, ids));
      dimensions.add(new Dimension(dimension, "Codes", null, codes));
    }
    this.codebook = new Codebook(id, label, "Importé d'un projet REFI-QDA.", dimensions);
  }

  Codebook codebook() {
    return codebook;
  }

  /** The code's path ({@code dimension/id}), or null for a code that only groups (never coded in Parole). */
  String path(String guid) {
    return pathByGuid.get(guid);
  }

  String label(String guid) {
    return labelByGuid.getOrDefault(guid, guid);
  }

  private void collect(String dimension, CodeNode node, String parent, List<Code> codes, Set<String> ids) {
    String id = add(dimension, node, parent, codes, ids);
    node.children().forEach(child -> collect(dimension, child, id, codes, ids));
  }

  private String add(String dimension, CodeNode node, String parent, List<Code> codes, Set<String> ids) {
    String id = unique(slug(node.name(), "code"), ids);
    codes.add(new Code(dimension, id, node.name().isBlank() ? id : node.name(), node.description(), List.of(),
        List.of(), parent, null, color(node.color())));
    pathByGuid.put(node.guid(), dimension + "/" + id);
    labelByGuid.put(node.guid(), node.name());
    return id;
  }

  /** #RRGGBB in lower case; #RGB doubled; anything else left out. */
  private static String color(String color) {
    if (color == null) {
      return null;
    }
    String c = color.strip().toLowerCase(Locale.ROOT);
    if (c.matches("#[0-9a-f]{3}")) {
      return "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
    }
    return c.matches("#[0-9a-f]{6}") ? c : null;
  }

  static String slug(String name, String otherwise) {
    String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("_+$", "");
    }
    return slug.isEmpty() ? otherwise : slug;
  }

  private static String unique(String base, Set<String> taken) {
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "_" + n;
    }
    return id;
  }
}
