package fr.parole.coding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The changes a person makes to a codebook (create, relabel, re-id, move, merge, split, delete a
 * code), as pure functions from one {@link Codebook} to a {@link CodebookEdit}. Each refuses what
 * would break the tree (a code under its own descendant, an id used twice in a dimension, an empty
 * label, a colour that is not {@code #rrggbb}) with a French message naming the codes by label.
 */
public final class CodebookEdits {
  /** Ids as the shipped codebooks write them: they end up in files, URLs and CSV columns. */
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  /** A new code in {@code dimension}, under {@code parent} (null: at the top); a blank id is made from the label. */
  public CodebookEdit create(Codebook book, String dimension, String id, String label, String parent) {
    Dimension d = dimension(book, dimension);
    String text = label(label);
    String newId = id == null || id.isBlank() ? freeId(d, text) : checkedId(d, id.strip());
    if (parent != null && !parent.isBlank()) {
      code(book, dimension + "/" + parent);
    }
    Code created = new Code(dimension, newId, text, null, List.of(), List.of(), blankToNull(parent), null, null);
    List<Code> codes = new ArrayList<>(d.codes());
    codes.add(created);
    return new CodebookEdit(replace(book, d, codes), "création", "Code « " + text + " » créé dans « " + d.label() + " »"
        + (created.parent() == null ? "" : " sous « " + d.code(parent).orElseThrow().label() + " »") + ".", Map.of(),
        List.of());
  }

  /** New label, definition, examples and colour (blank: none) for a code; its id and codings stay. */
  public CodebookEdit describe(Codebook book, String path, String label, String definition, List<String> examples,
      String color) {
    Code code = code(book, path);
    String text = label(label);
    String hex = color(code, color);
    List<String> kept = examples == null ? List.of() : examples.stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
    Code changed = new Code(code.dimension(), code.id(), text, blankToNull(definition), kept, code.rules(), code.parent(),
        code.threshold(), hex);
    List<String> what = new ArrayList<>();
    if (!text.equals(code.label())) {
      what.add("libellé « " + code.label() + " » → « " + text + " »");
    }
    if (!Objects.equals(changed.definition(), code.definition())) {
      what.add("définition");
    }
    if (!kept.equals(code.examples())) {
      what.add("exemples");
    }
    if (!Objects.equals(hex, code.color())) {
      what.add("couleur " + (hex == null ? "retirée" : hex));
    }
    if (what.isEmpty()) {
      throw new CodebookException("Rien n'a changé pour le code « " + code.label() + " » : aucune version n'est écrite.");
    }
    Dimension d = dimension(book, code.dimension());
    return new CodebookEdit(replace(book, d, swap(d.codes(), code.id(), changed)), "modification",
        "Code « " + text + " » : " + String.join(", ", what) + ".", Map.of(), List.of());
  }

  /** A new id for a code: its codings follow it, its sub-codes stay under it. */
  public CodebookEdit renameId(Codebook book, String path, String newId) {
    Code code = code(book, path);
    Dimension d = dimension(book, code.dimension());
    String id = checkedId(d, newId == null ? "" : newId.strip());
    List<Code> codes = new ArrayList<>();
    for (Code c : d.codes()) {
      Code renamed = c.id().equals(code.id()) ? with(c, c.dimension(), id, c.parent()) : c;
      codes.add(code.id().equals(renamed.parent()) ? with(renamed, renamed.dimension(), renamed.id(), id) : renamed);
    }
    return new CodebookEdit(replace(book, d, codes), "renommage", "Identifiant du code « " + code.label() + " » : "
        + code.id() + " → " + id + " (ses codages suivent).", Map.of(code.path(), d.id() + "/" + id), List.of());
  }

  /**
   * Moves a code and its sub-codes under {@code parent} (null: to the top) of {@code dimension};
   * their codings follow when the dimension changes.
   */
  public CodebookEdit move(Codebook book, String path, String dimension, String parent) {
    Code code = code(book, path);
    Dimension to = dimension(book, dimension);
    String parentId = blankToNull(parent);
    if (parentId != null) {
      Code newParent = code(book, to.id() + "/" + parentId);
      if (newParent.path().equals(code.path()) || descends(book, newParent, code)) {
        throw new CodebookException("Impossible de placer « " + code.label() + " » sous « " + newParent.label()
            + " » : " + (newParent.path().equals(code.path()) ? "un code ne peut pas être son propre parent."
            : "« " + newParent.label() + " » est l'un de ses sous-codes (un code ne peut pas descendre de lui-même)."));
      }
    }
    if (Objects.equals(parentId, code.parent()) && to.id().equals(code.dimension())) {
      throw new CodebookException("Le code « " + code.label() + " » est déjà à cet endroit.");
    }
    Book moved = carry(book, code, to, parentId);
    String where = parentId == null ? "en tête de « " + to.label() + " »"
        : "sous « " + to.code(parentId).orElseThrow().label() + " »";
    return new CodebookEdit(moved.book(), "déplacement", "Code « " + code.label() + " » déplacé " + where + ".",
        moved.moves(), List.of());
  }

  /**
   * Merges {@code source} into {@code target}: the source's codings become the target's (each
   * keeping its coder, origin and date), its sub-codes go under the target, its examples join the
   * target's, and the source disappears.
   */
  public CodebookEdit merge(Codebook book, String source, String target) {
    Code from = code(book, source);
    Code into = code(book, target);
    if (from.path().equals(into.path())) {
      throw new CodebookException("Impossible de fusionner le code « " + from.label() + " » avec lui-même : choisissez "
          + "un autre code.");
    }
    if (descends(book, into, from)) {
      throw new CodebookException("Impossible de fusionner « " + from.label() + " » dans « " + into.label() + " » : « "
          + into.label() + " » est un sous-code de « " + from.label() + " » (ses codages disparaîtraient avec lui). "
          + "Déplacez d'abord « " + into.label() + " », ou fusionnez dans l'autre sens.");
    }
    Codebook current = book;
    Map<String, String> moves = new LinkedHashMap<>();
    Dimension target0 = dimension(current, into.dimension());
    for (Code child : dimension(book, from.dimension()).children(from.id())) {
      Book carried = carry(current, child, target0, into.id());
      current = carried.book();
      moves.putAll(carried.moves());
    }
    Dimension fromDimension = dimension(current, from.dimension());
    List<Code> left = new ArrayList<>(fromDimension.codes());
    left.removeIf(c -> c.id().equals(from.id()));
    current = replace(current, fromDimension, left);
    Dimension intoDimension = dimension(current, into.dimension());
    Code grown = current.code(into.path()).orElseThrow();
    Set<String> examples = new LinkedHashSet<>(grown.examples());
    examples.addAll(from.examples());
    Code merged = new Code(grown.dimension(), grown.id(), grown.label(), grown.definition(), List.copyOf(examples),
        grown.rules(), grown.parent(), grown.threshold(), grown.color());
    current = replace(current, intoDimension, swap(intoDimension.codes(), into.id(), merged));
    moves.put(from.path(), into.path());
    return new CodebookEdit(current, "fusion", "Code « " + from.label() + " » fusionné dans « " + into.label()
        + " » (ses codages le suivent).", moves, List.of());
  }

  /**
   * Splits a code: a new code beside it (same parent), for the person to move chosen segments to.
   * Its codings stay on the old code; nothing is guessed for them.
   */
  public CodebookEdit split(Codebook book, String path, String newId, String label) {
    Code code = code(book, path);
    CodebookEdit created = create(book, code.dimension(), newId, label, code.parent());
    String text = label(label);
    return new CodebookEdit(created.after(), "scission", "Code « " + code.label() + " » scindé : nouveau code « " + text
        + " » à côté (les codages restent sur « " + code.label() + " »).", Map.of(), List.of());
  }

  /** Deletes a code: its sub-codes move up to its parent, its codings leave the codebook. */
  public CodebookEdit delete(Codebook book, String path) {
    Code code = code(book, path);
    Dimension d = dimension(book, code.dimension());
    List<Code> codes = new ArrayList<>();
    for (Code c : d.codes()) {
      if (!c.id().equals(code.id())) {
        codes.add(code.id().equals(c.parent()) ? with(c, c.dimension(), c.id(), code.parent()) : c);
      }
    }
    return new CodebookEdit(replace(book, d, codes), "suppression", "Code « " + code.label() + " » supprimé.", Map.of(),
        List.of(code.path()));
  }

  /** The code at {@code path}, or a message naming it and the dimension's codes. */
  public static Code code(Codebook book, String path) {
    return book.code(path == null ? "" : path).orElseThrow(() -> new CodebookException("Code inconnu « " + path
        + " » dans le livre de codes « " + book.label() + " » (attendu : dimension/code, par exemple "
        + book.codes().stream().findFirst().map(Code::path).orElse("type/levier") + ")."));
  }

  private record Book(Codebook book, Map<String, String> moves) {}

  /** Moves {@code code} and its subtree under {@code parent} of {@code to}; codings follow a change of dimension. */
  private Book carry(Codebook book, Code code, Dimension to, String parent) {
    Dimension from = dimension(book, code.dimension());
    List<Code> subtree = new ArrayList<>();
    for (Code c : from.codes()) {
      if (c.id().equals(code.id()) || descends(book, c, code)) {
        subtree.add(c);
      }
    }
    Map<String, String> moves = new LinkedHashMap<>();
    if (from.id().equals(to.id())) {
      return new Book(replace(book, from, swap(from.codes(), code.id(), with(code, to.id(), code.id(), parent))), moves);
    }
    for (Code c : subtree) {
      if (to.code(c.id()).isPresent()) {
        throw new CodebookException("Impossible de déplacer « " + code.label() + " » dans « " + to.label() + " » : "
            + "cette dimension a déjà un code d'identifiant « " + c.id() + " » (« " + to.code(c.id()).get().label()
            + " »). Renommez l'un des deux d'abord.");
      }
      moves.put(c.path(), to.id() + "/" + c.id());
    }
    List<Code> left = new ArrayList<>(from.codes());
    left.removeAll(subtree);
    Codebook without = replace(book, from, left);
    Dimension target = dimension(without, to.id());
    List<Code> grown = new ArrayList<>(target.codes());
    subtree.forEach(c -> grown.add(with(c, to.id(), c.id(), c.id().equals(code.id()) ? parent : c.parent())));
    return new Book(replace(without, target, grown), moves);
  }

  /** Whether {@code code} is below {@code ancestor} in the tree. */
  public static boolean descends(Codebook book, Code code, Code ancestor) {
    if (!code.dimension().equals(ancestor.dimension())) {
      return false;
    }
    Dimension d = book.dimension(code.dimension()).orElseThrow();
    for (Code at = code; at.parent() != null; at = d.code(at.parent()).orElseThrow()) {
      if (at.parent().equals(ancestor.id())) {
        return true;
      }
    }
    return false;
  }

  private static Code with(Code c, String dimension, String id, String parent) {
    return new Code(dimension, id, c.label(), c.definition(), c.examples(), c.rules(), parent, c.threshold(), c.color());
  }

  private static List<Code> swap(List<Code> codes, String id, Code replacement) {
    return codes.stream().map(c -> c.id().equals(id) ? replacement : c).toList();
  }

  private static Codebook replace(Codebook book, Dimension dimension, List<Code> codes) {
    List<Dimension> dimensions = book.dimensions().stream().map(d -> d.id().equals(dimension.id())
        ? new Dimension(d.id(), d.label(), d.definition(), codes, d.exclusive(), d.countsNegatedMentions()) : d).toList();
    return new Codebook(book.id(), book.label(), book.description(), dimensions);
  }

  private static Dimension dimension(Codebook book, String id) {
    return book.dimension(id == null ? "" : id).orElseThrow(() -> new CodebookException("Dimension inconnue « " + id
        + " » (dimensions : " + String.join(", ", book.dimensions().stream().map(Dimension::id).toList()) + ")."));
  }

  private static String label(String label) {
    if (label == null || label.isBlank()) {
      throw new CodebookException("Le libellé est vide : écrivez le nom du code tel que les personnes le liront.");
    }
    return label.strip();
  }

  private static String color(Code code, String color) {
    if (color == null || color.isBlank()) {
      return null;
    }
    if (!CodebookReader.COLOR.matcher(color.strip()).matches()) {
      throw new CodebookException("Couleur invalide pour le code « " + code.label() + " » : « " + color.strip()
          + " » (attendu : « #rrggbb », par exemple #1f77b4).");
    }
    return color.strip().toLowerCase(Locale.ROOT);
  }

  private static String checkedId(Dimension d, String id) {
    if (!ID.matcher(id).matches()) {
      throw new CodebookException("Identifiant invalide « " + id + " » (attendu : lettres minuscules sans accent, "
          + "chiffres, « _ » ou « - », par exemple « delai_attente »).");
    }
    d.code(id).ifPresent(c -> {
      throw new CodebookException("L'identifiant « " + id + " » est déjà pris dans « " + d.label() + " » par le code « "
          + c.label() + " » : choisissez-en un autre.");
    });
    return id;
  }

  /** An id made from a label (« Délai d'attente » → delai_d_attente), numbered if taken. */
  private static String freeId(Dimension d, String label) {
    String base = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    base = base.isEmpty() ? "code" : base.substring(0, Math.min(base.length(), 40));
    String id = base;
    for (int n = 2; d.code(id).isPresent(); n++) {
      id = base + "_" + n;
    }
    return id;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
