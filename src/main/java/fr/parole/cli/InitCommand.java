package fr.parole.cli;

import fr.parole.study.Study;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Crée une étude : un dossier avec un study.yaml commenté, un sous-dossier entretiens/ et un "
        + "stockage vide.",
    footerHeading = "%nExemple :%n",
    footer = {"  parole init mon-etude", "  (puis déposez les transcriptions dans mon-etude/entretiens/ et lancez "
        + "parole import mon-etude)"})
final class InitCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<dossier>", description = "Dossier de la nouvelle étude.")
  Path folder;

  @Override
  public Integer call() {
    Study study = Study.init(folder);
    spec.commandLine().getOut().printf("Étude « %s » créée dans %s%n", study.name(), study.folder());
    spec.commandLine().getOut().printf("Prochaines étapes :%n  1. déposez les transcriptions dans %s%n"
        + "  2. adaptez %s%n  3. parole import %s%n", study.folder().resolve("entretiens"),
        study.folder().resolve(Study.CONFIG_FILE), folder);
    return ExitCodes.OK;
  }
}
