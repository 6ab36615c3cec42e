package fr.parole.importer;

import java.util.List;

/**
 * What a reader made of one file, before it is stored: segments ({@link ImportedSource}) or
 * e-Satis results ({@link ImportedResults}). Both are stored as a source with its content hash.
 */
public interface ReadSource {
  /** How the store names the file's format, e.g. "transcript/md", "esatis/48h_mco", "verbatims/csv". */
  String format();

  String encoding();

  List<String> warnings();
}
