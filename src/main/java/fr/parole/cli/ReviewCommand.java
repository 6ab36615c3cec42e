package fr.parole.cli;

import fr.parole.coding.Codebook;
import fr.parole.coding.ReviewDecision;
import fr.parole.coding.ReviewSheet;
import fr.parole.pipeline.ModelTraining;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.PendingSuggestion;
import fr.parole.study.Study;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "review", mixinStandardHelpOptions = true,
    description = {"Relecture des suggestions de la machine : une par une dans le terminal, ou par aller-retour "
        + "dans un tableur.",
        "Dans le terminal : a accepte, r rejette, c change de code (la liste des codes de la dimension s'affiche, "
        + "avec leurs libellés), p passe à la suivante, q quitte. Une réponse vide ou inconnue est redemandée. "
        + "Chaque décision est enregistrée aussitôt.",
        "Dans un tableur : --export écrit les suggestions (.xlsx, ou .tsv en UTF-8 avec BOM) avec le libellé de "
        + "chaque code et une colonne « décision » à remplir (liste déroulante dans le .xlsx : accepte, rejete, "
        + "recode:dimension/code) ; --import enregistre les décisions remplies.",
        "Chaque décision porte le nom du codeur et l'heure ; la machine ne la modifie jamais. Le texte et les "
        + "locuteurs sont pseudonymisés, à l'écran comme dans l'export, sauf avec --raw.",
        "Après des décisions, le modèle appris de l'étude est réentraîné sur toutes les décisions (comme parole "
        + "train) ; le prochain parole code s'en sert."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole review corpora/demo --coder alice --code type/levier",
        "  parole review corpora/demo --export a-relire.xlsx",
        "  parole review corpora/demo --import a-relire.xlsx --coder alice"})
final class ReviewCommand extends StudyCommand {
  @Option(names = "--codebook", paramLabel = "<nom|fichier>", description = "Défaut : « codebook » de study.yaml.")
  String codebook;

  @Option(names = "--export", paramLabel = "<fichier>", description = "Écrit les suggestions à relire (.xlsx ou .tsv).")
  Path export;

  @Option(names = "--import", paramLabel = "<fichier>", description = "Enregistre les décisions d'un tableur relu.")
  Path importFile;

  @Option(names = "--coder", paramLabel = "<nom>", description = "Qui décide (obligatoire dans le terminal).")
  String coder;

  @Option(names = "--code", paramLabel = "<dimension/code>", description = "Ne relit que ce code.")
  String code;

  @Mixin
  Pseudonymised pseudonymised;

  @Override
  public Integer call() {
    Study study = study();
    Codebook book = Pipeline.codebook(study, codebook);
    if (code != null && book.code(code).isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--code : code inconnu « " + code + " » dans « " + book.id()
          + " » (écrire dimension/code, par exemple " + book.codes().get(0).path() + " ; livres de codes de l'étude : "
          + String.join(", ", pipeline().namedCodebooks(study).keySet()) + ", à choisir avec --codebook).");
    }
    if (export != null) {
      List<PendingSuggestion> pending = shown(filtered(study));
      new ReviewSheet(book).write(pending, export);
      out().printf("%d suggestion(s) à relire écrite(s) dans %s : remplissez la colonne « décision », puis "
          + "parole review %s --import %s --coder <nom>%n", pending.size(), export, studyFolder, export);
      return ExitCodes.OK;
    }
    if (importFile != null) {
      List<ReviewDecision> decisions = new ReviewSheet(book).read(importFile, coder);
      int recorded = pipeline().recordDecisions(study, codebook, importFile.toString(), decisions);
      out().printf("%d décision(s) enregistrée(s).%n", recorded);
      learnFrom(study, book, recorded);
      return ExitCodes.OK;
    }
    if (coder == null || coder.isBlank()) {
      throw new ParameterException(spec.commandLine(), "Dans le terminal, dites qui relit : --coder <nom>.");
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    List<PendingSuggestion> pending = filtered(study);
    int[] recorded = {0};
    new TerminalReview(in, out(), book, coder.strip(), pseudonymised.shown(study()),
        decision -> recorded[0] += pipeline().recordDecisions(study, codebook, "terminal", List.of(decision)))
        .review(pending);
    learnFrom(study, book, recorded[0]);
    return ExitCodes.OK;
  }

  /**
   * The study's model trained again on every decision, as in the atelier: too few decisions yet is
   * said, not an error (the decisions are recorded all the same).
   */
  private void learnFrom(Study study, Codebook book, int recorded) {
    if (recorded == 0) {
      return;
    }
    try {
      pipeline().train(study, codebook);
      ModelTraining.learned(study, book.id()).ifPresent(l -> out().println(l.sentence(java.time.Instant.now()) + "."));
    } catch (fr.parole.study.StudyException e) {
      out().println("Modèle non réentraîné : " + e.getMessage());
    }
  }

  private List<PendingSuggestion> shown(List<PendingSuggestion> pending) {
    UnaryOperator<String> shown = pseudonymised.shown(study());
    return pending.stream().map(s -> new PendingSuggestion(s.codingId(), s.segmentId(), s.source(),
        shown.apply(s.speaker()), shown.apply(s.text()), s.code(), s.confidence(), s.origin(), s.evidence()))
        .toList();
  }

  private List<PendingSuggestion> filtered(Study study) {
    return pipeline().pendingSuggestions(study, codebook).stream()
        .filter(s -> code == null || s.code().equals(code)).toList();
  }
}
