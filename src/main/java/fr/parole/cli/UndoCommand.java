package fr.parole.cli;

import fr.parole.pipeline.CodingHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "undo", mixinStandardHelpOptions = true,
    description = {"Annule la dernière action de codage de la personne (un code appliqué, un codage retiré, un "
        + "autocodage), dans l'atelier comme en ligne de commande. Refusé, sans rien changer, si une autre personne "
        + "a modifié depuis un des codages de l'action."},
    footerHeading = "%nExemple :%n", footer = {"  parole undo corpora/demo --as alice"})
final class UndoCommand extends StudyCommand {
  @Option(names = "--as", paramLabel = "<personne>", description = "Dont la dernière action est annulée (défaut : "
      + "votre nom d'utilisateur).")
  String person;

  @Override
  public Integer call() {
    return print(this, new CodingHistory().undo(study(), who(person)));
  }

  static String who(String person) {
    return person == null || person.isBlank() ? AtelierCommand.localPerson() : person.strip();
  }

  /** Prints the outcome: done or nothing on stdout (exit 0), a refusal on stderr (exit 3). */
  static int print(StudyCommand command, CodingHistory.Outcome outcome) {
    if (outcome.status() == CodingHistory.Status.REFUSED) {
      command.err().println(outcome.message());
      return ExitCodes.DATA;
    }
    command.out().println(outcome.message());
    return ExitCodes.OK;
  }
}
