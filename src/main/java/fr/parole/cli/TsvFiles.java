package fr.parole.cli;

import fr.parole.report.SafeCell;
import fr.parole.study.StudyException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tables the commands write for a spreadsheet. In a file they start with a UTF-8 byte order mark:
 * without it, Excel reads UTF-8 as Windows-1252 and « â » shows as « Ã¢ ». On standard output
 * they have none, since a mark at the start of a pipe gets in the way of scripts ({@code cut},
 * {@code awk}, a header compared as text): to open a table in a spreadsheet, write it with
 * {@code --out} (or {@code --output}).
 */
final class TsvFiles {
  static final char BOM = '\uFEFF';

  private TsvFiles() {}

  /** A new file for a table, its byte order mark written; a file that cannot be written is a user error. */
  static PrintWriter create(Path file) {
    try {
      Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      writer.write(BOM);
      return new PrintWriter(writer);
    } catch (IOException e) {
      throw new StudyException("Impossible d'écrire « " + file + " » : " + e.getMessage() + ".", e);
    }
  }

  /** A cell on one line, neutralised against formulas (a cell starting with = + - @ gets a quote). */
  static String cell(String value) {
    return SafeCell.of(value.replaceAll("[\\t\\r\\n]+", " "));
  }

  /** Writing failed half-way (a full disk): said as a user error, naming the file. */
  static void check(PrintWriter writer, Path file) {
    if (writer.checkError()) {
      throw new StudyException("Écriture incomplète de « " + file + " » (disque plein ou fichier verrouillé ?).");
    }
  }
}
