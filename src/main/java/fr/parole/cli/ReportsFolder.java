package fr.parole.cli;

import fr.parole.report.ReportLanguage;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --out} and {@code --lang} options of the commands that write a report. */
final class ReportsFolder {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "<dossier>", defaultValue = "reports",
      description = "Dossier des rapports (défaut : ${DEFAULT-VALUE}, sous le dossier courant).")
  Path out;

  @Option(names = "--lang", paramLabel = "<langue>", defaultValue = "fr",
      description = "Langue du rapport : fr (défaut) ou en (anglais).")
  String lang;

  /** The language asked for; an unknown one is a command-line error that lists the others. */
  ReportLanguage language() {
    return ReportLanguage.of(lang).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "Langue du rapport inconnue : « " + lang + " ». Langues possibles : " + ReportLanguage.codes() + "."));
  }
}
