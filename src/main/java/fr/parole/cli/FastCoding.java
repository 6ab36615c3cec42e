package fr.parole.cli;

import fr.parole.coding.CodingPath;
import picocli.CommandLine.Option;

/** The {@code --rapide} option of the commands that code a study (code, run). */
final class FastCoding {
  @Option(names = "--rapide",
      description = "Codage rapide pour un tri de masse : les règles et un modèle appris sur les racines des mots "
          + "(l'analyse de la recherche), sans étiquetage ; plusieurs fois plus rapide, un peu moins juste (les "
          + "règles sur les lemmes et la négation ne jouent pas ; chiffres dans docs/benchmarks.md). Suggestions "
          + "au nom de « machine-rapide » ; les décomptes de lemmes (spécificités) ne sont pas mis à jour.")
  boolean rapide;

  CodingPath path() {
    return path(rapide);
  }

  /** The coding path {@code --rapide} chooses, for every command that has it. */
  static CodingPath path(boolean rapide) {
    return rapide ? CodingPath.FAST : CodingPath.FULL;
  }
}
