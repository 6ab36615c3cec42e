package fr.parole.exchange;

import java.util.List;
import java.util.Map;

/**
 * A REFI-QDA project as Parole reads and writes it: what it carries over, and, when read, what it
 * could not ({@code notCarried}, French sentences naming each element). Positions are counted in
 * Unicode code points of the source's plain text, as the standard says; GUIDs are lower case.
 */
public record QdpxProject(String name, String origin, List<User> users, List<CodeNode> codes,
    List<Variable> variables, List<Case> cases, List<Source> sources, List<Note> notes, List<String> notCarried) {
  public QdpxProject {
    users = List.copyOf(users);
    codes = List.copyOf(codes);
    variables = List.copyOf(variables);
    cases = List.copyOf(cases);
    sources = List.copyOf(sources);
    notes = List.copyOf(notes);
    notCarried = List.copyOf(notCarried);
  }

  /** A coder or a memo's author. */
  public record User(String guid, String name) {}

  /** A code, with its sub-codes; {@code codable} false for a code that only groups others. */
  public record CodeNode(String guid, String name, boolean codable, String color, String description,
      List<String> noteRefs, List<CodeNode> children) {
    public CodeNode {
      noteRefs = List.copyOf(noteRefs);
      children = List.copyOf(children);
    }
  }

  public record Variable(String guid, String name) {}

  /** A case: its variables' values (by variable name), and the sources or selections it covers. */
  public record Case(String guid, String name, Map<String, String> values, List<String> sourceRefs,
      List<String> selectionRefs) {
    public Case {
      values = Map.copyOf(values);
      sourceRefs = List.copyOf(sourceRefs);
      selectionRefs = List.copyOf(selectionRefs);
    }
  }

  /** A text source with its plain text, its selections (with their codings) and its memos. */
  public record Source(String guid, String name, String text, List<Selection> selections, List<String> noteRefs) {
    public Source {
      selections = List.copyOf(selections);
      noteRefs = List.copyOf(noteRefs);
    }
  }

  /** {@code [start, end)} in code points of the source's text. */
  public record Selection(String guid, int start, int end, List<Coding> codings, List<String> noteRefs) {
    public Selection {
      codings = List.copyOf(codings);
      noteRefs = List.copyOf(noteRefs);
    }
  }

  /** A code applied to a selection by a user ({@code userGuid} and {@code at} may be null). */
  public record Coding(String guid, String codeGuid, String userGuid, String at) {}

  /** A memo: its text, author and date (either may be null). */
  public record Note(String guid, String name, String userGuid, String at, String text) {}
}
