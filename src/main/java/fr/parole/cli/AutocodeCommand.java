package fr.parole.cli;

import fr.parole.coding.Codebook;
import fr.parole.pipeline.Autocoding;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "autocode", mixinStandardHelpOptions = true,
    description = {"Applique un code, en une seule action, à tous les tours d'un locuteur, à tous les segments d'une "
        + "section ou à tous les segments que trouve une recherche (segments entiers), dans les sources codées avec "
        + "le livre de codes. Les codages sont ceux de la personne (--as), humains et acceptés, et notent la requête ; "
        + "un segment qu'une personne a déjà codé avec ce code est laissé tel quel. Une seule transaction : "
        + "« parole undo » l'annule en entier."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole autocode corpora/demo --code type/levier --speaker \"CGS 3\" --as alice",
        "  parole autocode corpora/demo --code type/obstacle --section \"Niveau institutionnel\"",
        "  parole autocode corpora/demo --code type/obstacle --query 'manque AND temps' --dry-run"})
final class AutocodeCommand extends StudyCommand {
  @Option(names = "--code", required = true, paramLabel = "<dimension/code>", description = "Le code à appliquer.")
  String code;

  @Option(names = "--speaker", paramLabel = "<locuteur>", description = "Tous les tours de ce locuteur (« CGS 3 »).")
  String speaker;

  @Option(names = "--section", paramLabel = "<section>",
      description = "Tous les segments de cette section : le titre (« Niveau institutionnel ») ou la valeur de "
          + "l'attribut que donne « sections: » dans study.yaml (institutionnel).")
  String section;

  @Option(names = "--query", paramLabel = "<requête>",
      description = "Tous les segments que trouve cette recherche (même syntaxe que parole search).")
  String query;

  @Option(names = "--codebook", paramLabel = "<nom|fichier>",
      description = "Le livre de codes (défaut : celui de l'étude, « codebook: » de study.yaml).")
  String codebook;

  @Option(names = "--as", paramLabel = "<personne>",
      description = "Au nom de qui les codages sont faits (défaut : votre nom d'utilisateur).")
  String person;

  @Option(names = "--dry-run", description = "Dit combien de segments seraient codés, sans rien coder.")
  boolean dryRun;

  @Override
  public Integer call() {
    if ((speaker != null ? 1 : 0) + (section != null ? 1 : 0) + (query != null ? 1 : 0) != 1) {
      throw new ParameterException(spec.commandLine(), "Choisissez un seul de --speaker, --section ou --query.");
    }
    Study study = study();
    Pipeline pipeline = pipeline();
    Codebook book = Pipeline.codebook(study, codebook);
    Autocoding.Target target = speaker != null ? new Autocoding.Target(Autocoding.By.SPEAKER, speaker, null)
        : section != null ? new Autocoding.Target(Autocoding.By.SECTION, section, null)
        : new Autocoding.Target(Autocoding.By.QUERY, query, null);
    Autocoding autocoding = new Autocoding(pipeline);
    Autocoding.Plan plan = autocoding.plan(study, book, code, target);
    String left = plan.alreadyCoded() == 0 ? "" : " (" + plan.alreadyCoded() + " déjà codé(s) avec ce code par une "
        + "personne, laissé(s) tel(s) quel(s))";
    if (dryRun) {
      out().printf("Autocodage %s, %s : %d segment(s) seraient codés%s.%n", plan.codeLabel(), plan.query(),
          plan.toCode().size(), left);
      return ExitCodes.OK;
    }
    String who = person == null || person.isBlank() ? AtelierCommand.localPerson() : person.strip();
    int coded = autocoding.apply(study, plan, who);
    out().printf("Autocodage %s, %s : %d segment(s) codé(s) par %s%s. « parole undo %s --as %s » l'annule.%n",
        plan.codeLabel(), plan.query(), coded, who, left, studyFolder, who);
    return ExitCodes.OK;
  }
}
