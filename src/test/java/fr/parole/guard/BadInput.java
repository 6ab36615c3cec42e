package fr.parole.guard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One bad input and what Parole must do with it.
 *
 * @param name what the case is, as the test report lists it
 * @param study the study the command runs on
 * @param files the files to write into the study's folder (path relative to it → bytes); a
 *     {@code study.yaml} here replaces the default one
 * @param command the command's arguments, given the study folder
 * @param exit the exit code expected: 3 for a refusal, 0 where the good part goes in with a warning
 * @param file what names the file in the message
 * @param where what names the line, cell or entry in the message (or, for a whole-file fault such
 *     as an empty file or a broken archive, the words that say what the fault is)
 * @param bad the source path that must not be in the store after a refusal (null: the store must
 *     not change at all)
 * @param good the source path of a good file of the same study that must be in the store (null:
 *     the refusal stops the whole command, as for study.yaml or the cases file)
 * @param forbidden text of the bad file that must reach no segment (null: none)
 */
record BadInput(String name, Base study, Map<String, byte[]> files, Function<Path, List<String>> command, int exit,
    String file, String where, String bad, String good, String forbidden) {
  /** The good transcript every fresh study has beside its bad file. */
  static final String GOOD = "entretiens/bon.md";

  enum Base {
    /** A new small study: study.yaml listing entretiens/ (with {@link #GOOD}) and the case's folder. */
    FRESH,
    /** A small study imported and coded once for the class; the case must leave its store as it is. */
    CODED,
    /** No study: the command reads a file alone (codebook). */
    NONE
  }

  @Override
  public String toString() {
    return name;
  }

  /** Imported with a warning naming the file and {@code where}; {@code forbiddenText} stripped from it. */
  BadInput warning(String forbiddenText) {
    return new BadInput(name, study, files, command, 0, file, where, null, good, forbiddenText);
  }

  /** Read as it is, without a word (a long line is no fault); {@code forbiddenText} must not be stored. */
  BadInput accepted(String forbiddenText) {
    return new BadInput(name, study, files, command, 0, file, null, null, good, forbiddenText);
  }

  /** The message names {@code otherFile} at {@code otherWhere}. */
  BadInput at(String otherFile, String otherWhere) {
    return new BadInput(name, study, files, command, exit, otherFile, otherWhere, bad, good, forbidden);
  }

  BadInput exit(int code) {
    return new BadInput(name, study, files, command, code, file, where, bad, good, forbidden);
  }

  BadInput stopsAll() {
    return new BadInput(name, study, files, command, exit, file, where, null, null, forbidden);
  }

  BadInput with(String path, byte[] content) {
    Map<String, byte[]> more = new LinkedHashMap<>(files);
    more.put(path, content);
    return new BadInput(name, study, more, command, exit, file, where, bad, good, forbidden);
  }

  /** Writes the case's files into {@code folder}. */
  void write(Path folder) {
    try {
      for (Map.Entry<String, byte[]> entry : files.entrySet()) {
        Path path = folder.resolve(entry.getKey());
        Files.createDirectories(path.getParent());
        String text = new String(entry.getValue(), java.nio.charset.StandardCharsets.UTF_8);
        if (text.startsWith(BadFiles.LINK)) {
          Files.createSymbolicLink(path, Path.of(text.substring(BadFiles.LINK.length())));
        } else {
          Files.write(path, entry.getValue());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
