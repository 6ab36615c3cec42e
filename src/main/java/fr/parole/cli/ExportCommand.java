package fr.parole.cli;

import fr.parole.pipeline.CorpusExport;
import fr.parole.pipeline.ProjectExport;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Exporte l'étude pour un autre logiciel.",
        "--format qdpx : le projet REFI-QDA (.qdpx) que NVivo, ATLAS.ti, MAXQDA et QualCoder importent : les codeurs, "
        + "le livre de codes (couleurs, définitions, hiérarchie), chaque source en texte (ses segments dans l'ordre, "
        + "séparés par une ligne vide, un tour précédé de « locuteur : »), chaque codage fait ou accepté par une "
        + "personne avec ses positions exactes et son codeur, les attributs comme variables de cas, les mémos comme "
        + "notes. Les suggestions de la machine non décidées n'y sont pas (voir --avec-suggestions), les rejetées "
        + "jamais.",
        "--format iramuteq : le corpus d'IRaMuTeQ (UTF-8), un texte par suite de segments d'une source aux mêmes "
        + "attributs, ouvert par « **** *source_… *etablissement_… *role_… » ; les questions de l'enquêteur n'y sont "
        + "pas.",
        "Le texte est pseudonymisé (noms, téléphones, e-mails, n° de sécurité sociale) sauf avec --raw."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole export corpora/demo --format qdpx --out projet.qdpx",
        "  parole export corpora/demo --format iramuteq --out corpus.txt"})
final class ExportCommand extends StudyCommand {
  enum Format { qdpx, iramuteq }

  @Option(names = "--format", required = true, paramLabel = "<format>",
      description = "qdpx (projet REFI-QDA) ou iramuteq (corpus IRaMuTeQ).")
  Format format;

  @Option(names = "--out", required = true, paramLabel = "<fichier>", description = "Le fichier à écrire (remplacé).")
  Path out;

  @Option(names = "--avec-suggestions", description = "qdpx : exporte aussi les suggestions de la machine non encore "
      + "décidées, au nom de l'utilisateur « " + ProjectExport.MACHINE_USER + " ».")
  boolean withSuggestions;

  @Mixin
  Pseudonymised pseudonymised;

  @Override
  public Integer call() {
    var study = study();
    UnaryOperator<String> shown = pseudonymised.shown(study);
    String how = pseudonymised.raw ? "texte tel quel (--raw)" : "texte pseudonymisé";
    if (format == Format.iramuteq) {
      CorpusExport.Summary s = new CorpusExport().iramuteq(study, out, shown);
      out().printf("%s : corpus IRaMuTeQ de %d texte(s), %d segment(s), %s.%n", out, s.texts(), s.segments(), how);
      return ExitCodes.OK;
    }
    ProjectExport.Summary s = new ProjectExport(pipeline()).qdpx(study, out, shown, withSuggestions);
    out().printf("%s : projet REFI-QDA, %d source(s), %d codage(s), %d code(s), %d codeur(s), %d cas, %d note(s), %s.%n",
        out, s.sources(), s.codings(), s.codes(), s.users(), s.cases(), s.notes(), how);
    if (s.suggestionsLeftOut() > 0 && !withSuggestions) {
      out().printf("%d suggestion(s) de la machine non décidée(s) laissée(s) de côté (--avec-suggestions pour les "
          + "exporter).%n", s.suggestionsLeftOut());
    }
    return ExitCodes.OK;
  }
}
