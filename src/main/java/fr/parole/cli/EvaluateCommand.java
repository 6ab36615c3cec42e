package fr.parole.cli;

import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookLibrary;
import fr.parole.coding.GoldEvaluation;
import fr.parole.coding.RuleCoder;
import fr.parole.coding.TextTable;
import fr.parole.coding.agreement.CodeScores;
import fr.parole.coding.agreement.DimensionEvaluation;
import fr.parole.coding.agreement.EvaluationReport;
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
    footerHeading = "%nExemple :%n",
    footer = {"  parole evaluate --codebook partenariat --gold corpora/demo/reference/gold-partenariat.tsv"})
final class EvaluateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--codebook", required = true, paramLabel = "<nom|fichier>",
      description = "partenariat, esatis, ou un fichier .yaml / .qdc.")
  String codebook;

  @Option(names = "--gold", required = true, paramLabel = "<fichier.tsv>", description = "Le codage de référence.")
  Path gold;

  @Override
  public Integer call() {
    Codebook book = new CodebookLibrary().load(codebook);
    EvaluationReport report = new GoldEvaluation(book).evaluate(TextTable.read(gold), new RuleCoder(book));
    PrintWriter out = spec.commandLine().getOut();
    for (DimensionEvaluation dimension : report.dimensions()) {
      out.printf(Locale.ROOT, "%s : %d unités, exactitude %.3f, kappa %s%n", dimension.dimension(), dimension.units(),
          dimension.accuracy(), number(dimension.kappa().value()));
      out.printf("  %-28s %9s %7s %7s %7s%n", "code", "précision", "rappel", "F1", "effectif");
      for (CodeScores code : dimension.codes()) {
        out.printf(Locale.ROOT, "  %-28s %9s %7s %7s %7d%n", code.code(), number(code.precision()),
            number(code.recall()), number(code.f1()), code.support());
      }
      out.printf(Locale.ROOT, "  %-28s %9s %7s %7s%n%n", "moyenne (macro)", number(dimension.macroPrecision()),
          number(dimension.macroRecall()), number(dimension.macroF1()));
    }
    return ExitCodes.OK;
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.3f", value);
  }
}
