package fr.parole.cli;

import fr.parole.pipeline.MergeReport;
import fr.parole.pipeline.StudyMerge;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "merge", mixinStandardHelpOptions = true,
    description = {"Fusionne deux copies d'une étude codées à part (deux ordinateurs, sans serveur) : apporte dans "
        + "<étude> chaque codage fait à la main, décision de relecture, mémo et message de discussion de "
        + "<autre-copie> qui lui manque, avec son auteur et sa date. <autre-copie> n'est jamais modifiée.",
        "Les segments sont retrouvés par leur contenu (source identique ou même chemin, même rang, même texte), pas "
        + "par leur numéro ; les codes par identifiant, puis par libellé. Deux décisions différentes sur le même "
        + "segment et le même code sont gardées toutes deux (chacune est celle de son auteur), listées comme "
        + "conflits, et ouvrent chacune un message dans la discussion de l'atelier, où un chercheur tranche.",
        "Une seule transaction : une erreur ou Ctrl-C laisse <étude> telle qu'elle était. Fusionner deux fois "
        + "n'ajoute rien la seconde fois. Les suggestions de la machine ne sont pas fusionnées (relancez parole code)."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole merge etude-alice etude-bruno --par alice",
        "  parole merge etude-alice etude-bruno --essai     (dit ce qui serait fusionné, sans rien écrire)"})
final class MergeCommand extends StudyCommand {
  @Parameters(index = "1", paramLabel = "<autre-copie>", description = "L'autre copie de l'étude (lue seulement).")
  Path otherFolder;

  @Option(names = "--par", paramLabel = "<nom>",
      description = "Qui fusionne (journal de l'étude, messages de conflit). Défaut : l'utilisateur du système.")
  String person;

  @Option(names = "--essai", description = "Dit ce que la fusion apporterait, sans rien écrire.")
  boolean trial;

  @Option(names = "--limit", paramLabel = "<n>", defaultValue = "20",
      description = "Lignes montrées par liste (conflits, éléments non reportés ; défaut : ${DEFAULT-VALUE} ; 0 = toutes).")
  int limit;

  @Override
  public Integer call() {
    if (limit < 0) {
      throw new ParameterException(spec.commandLine(), "--limit attend un nombre positif ou 0 (toutes).");
    }
    String who = personOr(person);
    MergeReport report = new StudyMerge(pipeline()).merge(studyFolder, otherFolder, who, trial);
    PrintWriter out = out();
    out.println((report.written() ? "" : "Essai, rien n'a été écrit : ") + summary(report));
    list(out, "Conflits (les deux décisions sont gardées ; à trancher dans la discussion de l'atelier)",
        report.conflicts());
    list(out, "Livres de codes différents", report.codebookConflicts());
    list(out, "Non reportés (restent dans " + otherFolder + ")", report.leftBehind());
    return ExitCodes.OK;
  }

  /** « 143 codages ajoutés, 2 conflits, … ». */
  private static String summary(MergeReport r) {
    StringBuilder line = new StringBuilder();
    line.append(count(r.codingsAdded(), "codage ajouté", "codages ajoutés"));
    if (r.codingsPresent() > 0) {
      line.append(" (").append(r.codingsPresent()).append(" déjà présent").append(r.codingsPresent() > 1 ? "s" : "")
          .append(")");
    }
    line.append(", ").append(count(r.memosAdded(), "mémo ajouté", "mémos ajoutés"));
    line.append(", ").append(count(r.discussionAdded(), "message ajouté", "messages ajoutés"));
    if (r.discussionUpdated() > 0) {
      line.append(", ").append(count(r.discussionUpdated(), "message clos comme dans l'autre copie",
          "messages clos comme dans l'autre copie"));
    }
    if (r.assignmentsAdded() + r.assignmentsUpdated() + r.resolutionsAdded() > 0) {
      line.append(", ").append(count(r.assignmentsAdded(), "affectation ajoutée", "affectations ajoutées"));
      if (r.assignmentsUpdated() > 0) {
        line.append(", ").append(count(r.assignmentsUpdated(), "affectation complétée", "affectations complétées"));
      }
      line.append(", ").append(count(r.resolutionsAdded(), "résolution ajoutée", "résolutions ajoutées"));
    }
    line.append(", ").append(count(r.conflicts().size(), "conflit", "conflits"));
    if (!r.codebookConflicts().isEmpty()) {
      line.append(", ").append(count(r.codebookConflicts().size(), "différence de livre de codes",
          "différences de livre de codes"));
    }
    if (!r.leftBehind().isEmpty()) {
      line.append(", ").append(count(r.leftBehind().size(), "élément non reporté", "éléments non reportés"));
    }
    return line.append(r.changedAnything() || !r.written() ? "." : " : rien de nouveau à fusionner.").toString();
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n > 1 ? many : one);
  }

  private void list(PrintWriter out, String heading, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.printf("%n%s : %d%n", heading, lines.size());
    int shown = limit == 0 ? lines.size() : Math.min(limit, lines.size());
    lines.subList(0, shown).forEach(line -> out.println("  - " + line));
    if (shown < lines.size()) {
      out.printf("  … et %d autre(s) : --limit 0 pour tout voir.%n", lines.size() - shown);
    }
  }
}
