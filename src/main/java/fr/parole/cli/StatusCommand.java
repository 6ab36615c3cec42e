package fr.parole.cli;

import fr.parole.coding.Codebook;
import fr.parole.pipeline.ModelTraining;
import fr.parole.pipeline.StudyStatus;
import fr.parole.stats.AttributeBreakdown;
import fr.parole.study.SourceRecord;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

@Command(name = "status", mixinStandardHelpOptions = true,
    description = {"Dit ce que contient l'étude : sources, segments, mots, attributs avec leurs valeurs et "
        + "effectifs, codages par code et par état (acceptés, rejetés, suggérés, sous le seuil du code), répondants et réponses par "
        + "questionnaire, état de l'index.", SegmentCounts.DEFINITION},
    footerHeading = "%nExemple :%n",
    footer = {"  parole status corpora/demo"})
final class StatusCommand extends StudyCommand {
  @Override
  public Integer call() {
    StudyStatus status = pipeline().status(study());
    PrintWriter out = out();
    out.printf("Étude « %s »%n", status.name());
    out.printf("  %d source(s), %s, %d mot(s)%n", status.summary().sources(),
        SegmentCounts.of(status.summary().segments(), status.summary().interviewerTurns()
            + status.summary().otherSegments()), status.summary().words());
    if (status.summary().interviewerTurns() + status.summary().otherSegments() > 0) {
      out.printf("  à part : %d tour(s) de l'enquêteur, %d passage(s) avant le premier tour%n",
          status.summary().interviewerTurns(), status.summary().otherSegments());
    }
    out.printf("  index de recherche : %s%n", status.indexCurrent() ? "à jour" : "à reconstruire (parole reindex)");
    out.println();
    out.println("Attributs (segments par valeur) :");
    if (status.attributes().isEmpty()) {
      out.println("  aucun");
    }
    for (AttributeBreakdown attribute : status.attributes()) {
      StringBuilder line = new StringBuilder("  " + attribute.attribute() + " :");
      for (AttributeBreakdown.Row row : attribute.rows()) {
        line.append(' ').append(row.value() == null ? "(non renseigné)" : row.value()).append(" (")
            .append(row.segments()).append(')');
      }
      out.println(line);
    }
    out.println();
    out.println("Codages (" + CodeCountTable.RULE + ") :");
    if (status.codings().isEmpty()) {
      out.println("  aucun (parole code " + studyFolder + ")");
    }
    CodeCountTable.print(out, status.codings(), null, status.codebooks());
    if (!status.lemmas().isEmpty()) {
      out.printf("  lemmes comptés (spécificités) : %d occurrence(s) dans %d segment(s) de %d source(s)%n",
          status.lemmas().occurrences(), status.lemmas().segments(), status.lemmas().countedSources());
    }
    status.lemmas().warning().ifPresent(warning -> out.println("  " + warning));
    status.codebooks().values().stream().sorted(java.util.Comparator.comparing(Codebook::id)).forEach(book ->
        out.printf("  modèle appris pour « %s » : %s%n", book.label() == null ? book.id() : book.label(),
            ModelTraining.learned(study(), book.id()).map(l -> l.sentence(java.time.Instant.now()))
                .orElse("pas encore entraîné sur les décisions de cette étude (parole train " + studyFolder
                    + " --codebook " + book.id() + ", ou une décision dans l'atelier)")));
    if (status.esatisEstablishments() > 0) {
      out.println();
      out.printf("Résultats e-Satis : %d établissement(s)%n", status.esatisEstablishments());
      status.esatis().forEach(c -> out.printf("  %-8s %d : %5d établissement(s), %6d score(s), %5d manquant(s)%n",
          c.survey(), c.year(), c.establishments(), c.scores(), c.missingScores()));
    }
    if (!status.questionnaires().isEmpty()) {
      out.println();
      out.println("Questionnaires (fichiers de réponses, répondants, réponses dont ouvertes) :");
      status.questionnaires().forEach(q -> out.printf("  %-28s %3d fichier(s) %5d répondant(s) %6d réponse(s)"
          + " dont %d ouverte(s)  %s%n", q.name(), q.sources(), q.respondents(), q.answers(), q.openAnswers(),
          q.title()));
    }
    out.println();
    out.println("Sources :");
    for (SourceRecord source : status.sources()) {
      out.printf("  %-40s %-16s %5d segment(s) %7d mot(s)%n", source.path(), source.format(), source.segments(),
          source.words());
    }
    return ExitCodes.OK;
  }
}
