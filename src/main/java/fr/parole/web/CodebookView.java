package fr.parole.web;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookEdits;
import fr.parole.coding.Dimension;
import fr.parole.pipeline.CodebookEditing;
import fr.parole.study.CodebookHistory.CodingCount;
import fr.parole.study.CodebookHistory.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The models of the « Livre de codes » pages: the codebook as a tree of labelled codes with their
 * colour and codings, and for each code the places it may be moved to or merged into (by label,
 * its own sub-codes left out).
 */
public final class CodebookView {
  private CodebookView() {}

  /** A choice of a select: its value (an id or dimension/id) and what a person reads. */
  public record Option(String value, String label) {}

  /** Choices under a heading (a dimension). */
  public record Group(String label, List<Option> options) {}

  /** One code of the tree, at its depth (0: a dimension's top). */
  public record Row(String path, String id, String label, String parentLabel, int depth, String definition,
      String examples, String color, String counts) {}

  /** One code's page of changes: where it may go, what it may be merged into. */
  public record CodeForms(String name, String fingerprint, String dimensionId, String dimension, Row row,
      List<Group> moveTo, List<Group> mergeInto) {}

  /** A dimension and its codes, parents first. */
  public record Section(String id, String label, String definition, boolean exclusive, List<Row> rows) {}

  /** The page: which codebook (and the others study.yaml names), its state, and what just happened or went wrong. */
  public record Page(String name, List<Option> names, String label, String fingerprint, String version,
      List<Section> sections, boolean researcher, String done, String error) {}

  /** The confirmation of a deletion: what happens to the code's codings, said before anything is done. */
  public record Deletion(String name, String fingerprint, String path, String label, String consequence) {}

  /** A line of the version list. */
  public record VersionRow(int number, String date, String person, String summary, boolean current) {}

  /** The version list. */
  public record Versions(String name, String label, String fingerprint, List<VersionRow> rows, boolean researcher) {}

  private static final DateTimeFormatter DATES = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

  static Page page(CodebookEditing.State state, List<Option> names, boolean researcher, String done, String error,
      ZoneId zone) {
    Codebook book = state.codebook();
    List<Section> sections = new ArrayList<>();
    for (Dimension d : book.dimensions()) {
      List<Row> rows = new ArrayList<>();
      addRows(book, d, null, 0, state, rows);
      sections.add(new Section(d.id(), d.label(), d.definition(), d.exclusive(), rows));
    }
    String version = state.latest().map(v -> "Version " + v.number() + ", " + date(v.at(), zone) + " par " + v.person()
        + " : " + v.summary()).orElse(state.ownFile() ? "Fichier de l'étude, jamais modifié dans Parole."
        : "Livre de codes livré avec Parole, jamais modifié dans cette étude : la première modification en écrit une "
        + "copie propre à l'étude (codebooks/" + state.name() + ".yaml).");
    return new Page(state.name(), names, book.label(), state.fingerprint(), version, sections, researcher, done, error);
  }

  private static void addRows(Codebook book, Dimension d, String parent, int depth, CodebookEditing.State state,
      List<Row> rows) {
    for (Code code : d.children(parent)) {
      String parentLabel = parent == null ? null : d.code(parent).map(Code::label).orElse(parent);
      rows.add(new Row(code.path(), code.id(), code.label(), parentLabel, depth, code.definition(),
          String.join("\n", code.examples()), code.color(), counts(state.count(code.path()))));
      addRows(book, d, code.id(), depth + 1, state, rows);
    }
  }

  static CodeForms forms(CodebookEditing.State state, Code code) {
    Codebook book = state.codebook();
    Dimension d = book.dimension(code.dimension()).orElseThrow();
    String parentLabel = code.parent() == null ? null : d.code(code.parent()).map(Code::label).orElse(code.parent());
    Row row = new Row(code.path(), code.id(), code.label(), parentLabel, 0, code.definition(),
        String.join("\n", code.examples()), code.color(), counts(state.count(code.path())));
    return new CodeForms(state.name(), state.fingerprint(), d.id(), d.label(), row, moveTargets(book, code),
        mergeTargets(book, code));
  }

  /** « 3 codages par des personnes · 22 suggestions de la machine » */
  static String counts(CodingCount count) {
    String people = count.human() == 0 ? "aucun codage par une personne" : count.human() == 1
        ? "1 codage par une personne" : count.human() + " codages par des personnes";
    String machine = count.suggested() == 0 ? "aucune suggestion de la machine" : count.suggested() == 1
        ? "1 suggestion de la machine" : count.suggested() + " suggestions de la machine";
    return people + " · " + machine;
  }

  /** Every dimension's top and every code but this one and its sub-codes, by label. */
  private static List<Group> moveTargets(Codebook book, Code code) {
    List<Group> groups = new ArrayList<>();
    for (Dimension d : book.dimensions()) {
      List<Option> options = new ArrayList<>();
      options.add(new Option(d.id(), "En tête de « " + d.label() + " »"));
      d.codes().stream().filter(c -> !c.path().equals(code.path()) && !CodebookEdits.descends(book, c, code))
          .forEach(c -> options.add(new Option(d.id() + "/" + c.id(), "Sous « " + c.label() + " »")));
      groups.add(new Group(d.label(), options));
    }
    return groups;
  }

  private static List<Group> mergeTargets(Codebook book, Code code) {
    List<Group> groups = new ArrayList<>();
    for (Dimension d : book.dimensions()) {
      List<Option> options = d.codes().stream().filter(c -> !c.path().equals(code.path()) && !CodebookEdits.descends(book, c, code))
          .map(c -> new Option(c.path(), c.label())).toList();
      if (!options.isEmpty()) {
        groups.add(new Group(d.label(), options));
      }
    }
    return groups;
  }

  static Versions versions(CodebookEditing.State state, List<Version> versions, boolean researcher, ZoneId zone) {
    int current = versions.isEmpty() ? 0 : versions.get(0).number();
    return new Versions(state.name(), state.codebook().label(), state.fingerprint(), versions.stream().map(v ->
        new VersionRow(v.number(), date(v.at(), zone), v.person(), v.summary(), v.number() == current)).toList(),
        researcher);
  }

  static String date(String iso, ZoneId zone) {
    try {
      return DATES.withZone(zone).format(Instant.parse(iso));
    } catch (java.time.format.DateTimeParseException e) {
      return iso;
    }
  }
}
