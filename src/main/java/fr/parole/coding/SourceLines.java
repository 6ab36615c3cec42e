package fr.parole.coding;

import java.util.List;
import java.util.regex.Pattern;

/** Finds the line of a key or a text in a file already parsed, so messages can point at it. */
final class SourceLines {
  private final String name;
  private final List<String> lines;

  SourceLines(String name, String text) {
    this.name = name;
    this.lines = text.lines().toList();
  }

  String name() {
    return name;
  }

  /** "file, ligne N : " for the {@code occurrence}-th line {@code key: value}; the file alone if not found. */
  String at(String key, String value, int occurrence) {
    Pattern pattern = Pattern.compile("^\\s*-?\\s*" + Pattern.quote(key) + "\\s*:\\s*['\"]?" + Pattern.quote(value)
        + "['\"]?\\s*(#.*)?$");
    int found = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (pattern.matcher(lines.get(i)).matches() && ++found == occurrence) {
        return name + ", ligne " + (i + 1) + " : ";
      }
    }
    return name + " : ";
  }

  /** "file, ligne N : " for the first line containing {@code text}. */
  String atText(String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return name + ", ligne " + (i + 1) + " : ";
      }
    }
    return name + " : ";
  }
}
