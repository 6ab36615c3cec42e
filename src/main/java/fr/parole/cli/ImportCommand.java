package fr.parole.cli;

import fr.parole.importer.ImportReport;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Importe les sources listées dans study.yaml (transcriptions .txt, .md, .docx, .odt, "
        + "sous-titres .vtt, .srt et HTML de noScribe ; résultats "
        + "e-Satis, commentaires libres et réponses à un questionnaire en CSV ou XLSX) et met "
        + "l'index de recherche à jour. Un fichier déjà importé et inchangé est ignoré ; un fichier en erreur "
        + "n'est pas importé du tout, et la commande se termine en erreur.", SegmentCounts.DEFINITION},
    footerHeading = "%nExemple :%n",
    footer = {"  parole import corpora/demo"})
final class ImportCommand extends StudyCommand {
  @Override
  public Integer call() {
    ImportReport report = pipeline().importStudy(study());
    print(out(), err(), report);
    return report.hasFailures() ? ExitCodes.DATA : ExitCodes.OK;
  }

  /** What an import did, file by file; warnings and errors on {@code err}. */
  static void print(PrintWriter out, PrintWriter err, ImportReport report) {
    for (ImportReport.Imported file : report.imported()) {
      if (file.results() != null) {
        out.printf("%s %s : %s, %d établissement(s)%n", file.replaced() ? "réimporté" : "importé  ", file.name(),
            file.results(), file.establishments());
        file.warnings().forEach(w -> err.printf("attention : %s : %s%n", file.name(), w));
        continue;
      }
      String respondents = file.respondents() > 0 ? file.respondents() + " répondant(s), " : "";
      out.printf("%s %s : %s%s%n", file.replaced() ? "réimporté" : "importé  ", file.name(), respondents,
          SegmentCounts.of(file.participantSegments(), file.segments() - file.participantSegments()));
      file.warnings().forEach(w -> err.printf("attention : %s : %s%n", file.name(), w));
    }
    report.unchanged().forEach(line -> out.println("inchangé  " + line));
    report.renamed().forEach(line -> out.println("renommé   " + line));
    report.reattributed().forEach(line -> out.println("attributs " + line + " (fichier de cas ou règles modifiés)"));
    report.removed().forEach(line -> out.println("retiré    " + line + " (fichier absent ou plus listé par study.yaml)"));
    report.failed().forEach(f -> err.println("erreur : " + f.reason()));
    out.printf("%d fichier(s) importé(s), %s ; %d inchangé(s) ; %d en erreur.%n", report.imported().size(),
        SegmentCounts.of(report.participantSegments(), report.segments() - report.participantSegments()),
        report.unchanged().size(), report.failed().size());
    err.flush();
  }
}
