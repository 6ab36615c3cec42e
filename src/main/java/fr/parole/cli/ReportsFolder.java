package fr.parole.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --out} option of the commands that write a report. */
final class ReportsFolder {
  @Option(names = "--out", paramLabel = "<dossier>", defaultValue = "reports",
      description = "Dossier des rapports (défaut : ${DEFAULT-VALUE}, sous le dossier courant).")
  Path out;
}
