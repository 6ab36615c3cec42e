package fr.parole.cli;

import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookLibrary;
import fr.parole.coding.CrossValidation;
import fr.parole.coding.GoldEvaluation;
import fr.parole.coding.RuleCoder;
import fr.parole.coding.TextTable;
import fr.parole.coding.agreement.CodeScores;
import fr.parole.coding.agreement.DimensionEvaluation;
import fr.parole.coding.agreement.EvaluationReport;
import fr.parole.nlp.FrenchModels;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Compare le codage automatique à un codage de référence : fichier TSV avec « id », « text » et "
        + "une colonne par dimension du livre de codes (le code attendu). Affiche, par code, précision, rappel et "
        + "F1 ; par dimension, exactitude et kappa de Cohen, en prenant la meilleure suggestion par dimension."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole evaluate --codebook partenariat --gold corpora/demo/reference/gold-partenariat.tsv",
        "  parole evaluate --codebook partenariat --gold corpora/demo/reference/gold-partenariat.tsv --folds 6"})
final class EvaluateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--codebook", required = true, paramLabel = "<nom|fichier>",
      description = "partenariat, esatis, ou un fichier .yaml / .qdc.")
  String codebook;

  @Option(names = "--gold", required = true, paramLabel = "<fichier.tsv>", description = "Le codage de référence.")
  Path gold;

  @Option(names = "--folds", paramLabel = "<k>",
      description = "Validation croisée en k plis : un modèle appris sur k-1 plis code le pli restant ; compare "
          + "règles, modèle et les deux.")
  Integer folds;

  @Option(names = "--seed", defaultValue = "42", description = "Graine du tirage des plis (défaut : ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    Codebook book = new CodebookLibrary().load(codebook);
    TextTable table = TextTable.read(gold);
    PrintWriter out = spec.commandLine().getOut();
    if (folds == null) {
      print(out, new GoldEvaluation(book, FrenchModels.load().newTagger()).evaluate(table, new RuleCoder(book)));
      return ExitCodes.OK;
    }
    CrossValidation.Result result = new CrossValidation(book, FrenchModels.load().newTagger()).run(table, folds, seed);
    out.printf("Validation croisée, %d plis (graine %d), %d textes%n", result.folds(), seed, table.rows().size());
    out.printf("  %-12s %-14s %11s %7s%n", "dimension", "codeur", "exactitude", "kappa");
    for (DimensionEvaluation d : result.combined().dimensions()) {
      summary(out, d.dimension(), "règles", result.rules());
      summary(out, d.dimension(), "modèle", result.model());
      summary(out, d.dimension(), "règles+modèle", result.combined());
    }
    out.println();
    out.println("Détail, règles+modèle :");
    print(out, result.combined());
    return ExitCodes.OK;
  }

  private static void summary(PrintWriter out, String dimension, String coder, EvaluationReport report) {
    DimensionEvaluation d = report.dimension(dimension).orElseThrow();
    out.printf(Locale.ROOT, "  %-12s %-14s %11s %7s%n", dimension, coder, Numbers.measure(d.accuracy()),
        Numbers.measure(d.kappa().value()));
  }

  private static void print(PrintWriter out, EvaluationReport report) {
    for (DimensionEvaluation dimension : report.dimensions()) {
      out.printf(Locale.ROOT, "%s : %d unités, exactitude %.3f, kappa %s%n", dimension.dimension(), dimension.units(),
          dimension.accuracy(), Numbers.measure(dimension.kappa().value()));
      out.printf("  %-28s %9s %7s %7s %7s%n", "code", "précision", "rappel", "F1", "effectif");
      for (CodeScores code : dimension.codes()) {
        out.printf(Locale.ROOT, "  %-28s %9s %7s %7s %7d%n", code.code(), Numbers.measure(code.precision()),
            Numbers.measure(code.recall()), Numbers.measure(code.f1()), code.support());
      }
      out.printf(Locale.ROOT, "  %-28s %9s %7s %7s%n%n", "moyenne (macro)", Numbers.measure(dimension.macroPrecision()),
          Numbers.measure(dimension.macroRecall()), Numbers.measure(dimension.macroF1()));
    }
  }

}
