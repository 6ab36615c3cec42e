package fr.parole.cli;

import fr.parole.coding.agreement.AgreementReport;
import fr.parole.coding.agreement.AgreementScores;
import fr.parole.coding.agreement.CodeAgreement;
import fr.parole.coding.agreement.DimensionAgreement;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "agreement", mixinStandardHelpOptions = true,
    description = {"Accord entre deux codeurs (deux personnes, ou une personne et la machine : « machine ») : par "
        + "dimension et par code, pourcentage d'accord, kappa de Cohen, alpha de Krippendorff (nominal), nombre "
        + "d'unités (segments codés par les deux dans la dimension)."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole agreement corpora/demo --coders alice,bob", "  parole agreement corpora/demo --coders alice,machine"})
final class AgreementCommand extends StudyCommand {
  @Option(names = "--coders", required = true, split = ",", paramLabel = "<a,b>", description = "Les deux codeurs.")
  List<String> coders;

  @Option(names = "--codebook", paramLabel = "<nom|fichier>", description = "Défaut : « codebook » de study.yaml.")
  String codebook;

  @Override
  public Integer call() {
    if (coders.size() != 2) {
      throw new ParameterException(spec.commandLine(), "--coders attend deux noms séparés par une virgule.");
    }
    AgreementReport report = pipeline().agreement(study(), codebook, coders.get(0), coders.get(1));
    PrintWriter out = out();
    out.printf("%-34s %7s %8s %7s %7s%n", "dimension / code", "unités", "accord", "kappa", "alpha");
    for (DimensionAgreement dimension : report.dimensions()) {
      row(out, dimension.dimension() + " (ensemble)", dimension.overall());
      for (CodeAgreement code : dimension.codes()) {
        row(out, "  " + code.code(), code.scores());
      }
      if (dimension.unitsCodedByOneCoder() > 0) {
        out.printf("  (%d segment(s) codé(s) par un seul des deux, laissé(s) de côté)%n", dimension.unitsCodedByOneCoder());
      }
    }
    if (report.dimensions().isEmpty()) {
      out.println("Aucun segment codé par les deux codeurs.");
    }
    return ExitCodes.OK;
  }

  private static void row(PrintWriter out, String label, AgreementScores s) {
    out.printf(Locale.ROOT, "%-34s %7d %8s %7s %7s%n", label, s.units(), Numbers.measure(s.percent().value()),
        Numbers.measure(s.kappa().value()), Numbers.measure(s.alpha().value()));
  }

}
