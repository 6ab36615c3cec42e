package fr.parole.cli;

import fr.parole.coding.ReviewDecision;
import fr.parole.coding.ReviewSheet;
import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.Pseudonymiser;
import fr.parole.study.PendingSuggestion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "review", mixinStandardHelpOptions = true,
    description = {"Relecture des suggestions de la machine : une par une dans le terminal (accepter, rejeter, "
        + "changer de code), ou par aller-retour dans un tableur : --export écrit les suggestions (TSV ou XLSX) "
        + "avec une colonne « decision » à remplir (accepte, rejete, recode:dimension/code), --import les "
        + "enregistre. Chaque décision porte le nom du codeur et l'heure ; la machine ne la modifie jamais."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole review corpora/demo --coder alice --code type/levier",
        "  parole review corpora/demo --export a-relire.xlsx",
        "  parole review corpora/demo --import a-relire.xlsx --coder alice"})
final class ReviewCommand extends StudyCommand {
  @Option(names = "--codebook", paramLabel = "<nom|fichier>", description = "Défaut : « codebook » de study.yaml.")
  String codebook;

  @Option(names = "--export", paramLabel = "<fichier>", description = "Écrit les suggestions à relire (.tsv ou .xlsx).")
  Path export;

  @Option(names = "--import", paramLabel = "<fichier>", description = "Enregistre les décisions d'un tableur relu.")
  Path importFile;

  @Option(names = "--coder", paramLabel = "<nom>", description = "Qui décide (obligatoire dans le terminal).")
  String coder;

  @Option(names = "--code", paramLabel = "<dimension/code>", description = "Ne relit que ce code.")
  String code;

  @Option(names = "--raw", description = "Exporte le texte tel quel (par défaut il est pseudonymisé : noms, "
      + "téléphones, e-mails remplacés).")
  boolean raw;

  @Override
  public Integer call() {
    if (export != null) {
      List<PendingSuggestion> pending = raw ? filtered() : pseudonymised(filtered());
      new ReviewSheet().write(pending, export);
      out().printf("%d suggestion(s) à relire écrite(s) dans %s : remplissez la colonne « decision », puis "
          + "parole review %s --import %s --coder <nom>%n", pending.size(), export, studyFolder, export);
      return ExitCodes.OK;
    }
    if (importFile != null) {
      List<ReviewDecision> decisions = new ReviewSheet().read(importFile, coder);
      int recorded = pipeline().recordDecisions(study(), codebook, importFile.toString(), decisions);
      out().printf("%d décision(s) enregistrée(s).%n", recorded);
      return ExitCodes.OK;
    }
    if (coder == null || coder.isBlank()) {
      throw new ParameterException(spec.commandLine(), "Dans le terminal, dites qui relit : --coder <nom>.");
    }
    return interactive();
  }

  /** Exports leave the researcher's machine: names and contact details are replaced by default. */
  private static List<PendingSuggestion> pseudonymised(List<PendingSuggestion> pending) {
    Pseudonymiser pseudonymiser = Pseudonymiser.french(FrenchModels.load());
    Pseudonymiser.Placeholders placeholders = new Pseudonymiser.Placeholders();
    return pending.stream().map(s -> new PendingSuggestion(s.codingId(), s.segmentId(), s.source(), s.speaker(),
        pseudonymiser.pseudonymise(s.text(), placeholders), s.code(), s.confidence(), s.origin(), s.evidence()))
        .toList();
  }

  private List<PendingSuggestion> filtered() {
    return pipeline().pendingSuggestions(study(), codebook).stream()
        .filter(s -> code == null || s.code().equals(code)).toList();
  }

  /** One decision at a time, each saved at once: quitting or Ctrl-C keeps what was decided. */
  private int interactive() {
    List<PendingSuggestion> pending = filtered();
    PrintWriter out = out();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    int decided = 0;
    for (int i = 0; i < pending.size(); i++) {
      PendingSuggestion s = pending.get(i);
      out.printf("%n[%d/%d] segment %d · %s · %s%n  « %s »%n  suggestion : %s (%.2f, %s : %s)%n", i + 1,
          pending.size(), s.segmentId(), s.source(), s.speaker() == null ? "—" : s.speaker(), s.text(), s.code(),
          s.confidence(), s.origin(), s.evidence() == null ? "" : s.evidence());
      out.print("  [a]ccepter, [r]ejeter, [c]hanger de code, [s]auter, [q]uitter ? ");
      out.flush();
      String answer = readLine(in);
      if (answer == null || answer.startsWith("q")) {
        break;
      }
      ReviewDecision decision = decision(s, answer, in, out);
      if (decision != null) {
        pipeline().recordDecisions(study(), codebook, "terminal", List.of(decision));
        decided++;
      }
    }
    out.printf("%n%d décision(s) enregistrée(s).%n", decided);
    return ExitCodes.OK;
  }

  private ReviewDecision decision(PendingSuggestion s, String answer, BufferedReader in, PrintWriter out) {
    switch (answer.isEmpty() ? 's' : answer.charAt(0)) {
      case 'a':
        return new ReviewDecision(s.segmentId(), s.code(), ReviewDecision.Kind.ACCEPT, null, coder, 0);
      case 'r':
        return new ReviewDecision(s.segmentId(), s.code(), ReviewDecision.Kind.REJECT, null, coder, 0);
      case 'c':
        out.print("  nouveau code (dimension/code) ? ");
        out.flush();
        String other = readLine(in);
        return other == null || other.isBlank() ? null
            : new ReviewDecision(s.segmentId(), s.code(), ReviewDecision.Kind.RECODE, other.strip(), coder, 0);
      default:
        return null;
    }
  }

  private static String readLine(BufferedReader in) {
    try {
      String line = in.readLine();
      return line == null ? null : line.strip().toLowerCase(Locale.ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
