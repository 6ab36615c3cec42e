package fr.parole.cli;

import fr.parole.pipeline.CodingHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "redo", mixinStandardHelpOptions = true,
    description = {"Rétablit la dernière action de codage que la personne a annulée (tant qu'elle n'a pas codé "
        + "autre chose depuis). Refusé, sans rien changer, si un des codages a été modifié entre-temps."},
    footerHeading = "%nExemple :%n", footer = {"  parole redo corpora/demo --as alice"})
final class RedoCommand extends StudyCommand {
  @Option(names = "--as", paramLabel = "<personne>", description = "Dont la dernière action annulée est rétablie "
      + "(défaut : votre nom d'utilisateur).")
  String person;

  @Override
  public Integer call() {
    return UndoCommand.print(this, new CodingHistory().redo(study(), UndoCommand.who(person)));
  }
}
