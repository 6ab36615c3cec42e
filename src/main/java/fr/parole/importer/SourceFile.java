package fr.parole.importer;

import java.nio.file.Path;
import java.util.Objects;

/** A file about to be imported: where it is, how the study names it, and its bytes. */
public record SourceFile(Path path, String name, byte[] bytes) {
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** The lower-case file extension without the dot, or "" when there is none. */
  public String extension() {
    String file = path.getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
