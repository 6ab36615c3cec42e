package fr.parole.pipeline;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.Dimension;
import fr.parole.exchange.QdpxProject.CodeNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The study's codebooks as one REFI-QDA code tree: each dimension a code that groups its codes
 * ({@code isCodable="false"}), each code named by its label, described by its definition, with its
 * colour and its sub-codes; when the study uses several codebooks, each one groups its dimensions.
 * A code that codings use but the codebook no longer has is kept, under « Codes absents du livre ».
 * GUIDs are those of {@code coding.QdcCodebooks}: the codebook's id and the code's path.
 */
final class QdpxCodes {
  private final Map<String, Codebook> books;
  private final Map<String, List<String>> noteRefs;
  /** Codes used but not in their codebook, by codebook id. */
  private final Map<String, Set<String>> absent = new LinkedHashMap<>();

  QdpxCodes(Map<String, Codebook> books, Map<String, List<String>> noteRefs) {
    this.books = books;
    this.noteRefs = noteRefs;
  }

  /** Notes that a coding uses {@code codebook}'s {@code code} (dimension/code). */
  void use(String codebook, String code) {
    Codebook book = books.get(codebook);
    if (book == null || book.code(code).isEmpty()) {
      absent.computeIfAbsent(codebook, k -> new LinkedHashSet<>()).add(code);
    }
  }

  String guid(String codebook, String code) {
    return UUID.nameUUIDFromBytes((codebook + "/" + code).getBytes(StandardCharsets.UTF_8)).toString();
  }

  List<CodeNode> tree() {
    Set<String> ids = new LinkedHashSet<>(books.keySet());
    ids.addAll(absent.keySet());
    List<CodeNode> roots = new ArrayList<>();
    for (String id : ids) {
      Codebook book = books.get(id);
      List<CodeNode> nodes = new ArrayList<>();
      if (book != null) {
        for (Dimension dimension : book.dimensions()) {
          nodes.add(new CodeNode(guid(id, dimension.id()), dimension.label(), false, null, dimension.definition(),
              List.of(), children(book, dimension, null)));
        }
      }
      if (absent.containsKey(id)) {
        List<CodeNode> leaves = absent.get(id).stream().map(code -> new CodeNode(guid(id, code), code, true, null,
            null, refs(id, code), List.of())).toList();
        nodes.add(new CodeNode(guid(id, "(absents)"), "Codes absents du livre « " + (book == null ? id : book.label())
            + " »", false, null, "Codes de codages de l'étude que son livre de codes n'a plus.", List.of(), leaves));
      }
      if (ids.size() > 1) {
        roots.add(new CodeNode(guid(id, ""), book == null ? id : book.label(), false, null,
            book == null ? null : book.description(), List.of(), nodes));
      } else {
        roots.addAll(nodes);
      }
    }
    return roots;
  }

  private List<CodeNode> children(Codebook book, Dimension dimension, String parent) {
    List<CodeNode> nodes = new ArrayList<>();
    for (Code code : dimension.children(parent)) {
      nodes.add(new CodeNode(guid(book.id(), code.path()), code.label(), true, code.color(), code.definition(),
          refs(book.id(), code.path()), children(book, dimension, code.id())));
    }
    return nodes;
  }

  private List<String> refs(String codebook, String code) {
    return noteRefs.getOrDefault("code:" + codebook + "/" + code, List.of());
  }
}
