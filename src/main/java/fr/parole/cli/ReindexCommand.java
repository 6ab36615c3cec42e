package fr.parole.cli;

import picocli.CommandLine.Command;

@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Reconstruit l'index de recherche (.parole/index/) à partir du stockage seul.",
    footerHeading = "%nExemple :%n",
    footer = {"  parole reindex corpora/demo"})
final class ReindexCommand extends StudyCommand {
  @Override
  public Integer call() {
    pipeline().reindex(study());
    out().println("Index reconstruit.");
    return ExitCodes.OK;
  }
}
