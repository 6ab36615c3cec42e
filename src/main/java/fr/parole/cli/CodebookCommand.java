package fr.parole.cli;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookLibrary;
import fr.parole.coding.CodebookWriter;
import fr.parole.coding.Dimension;
import fr.parole.coding.QdcCodebooks;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "codebook", mixinStandardHelpOptions = true,
    description = {"Vérifie et affiche un livre de codes (YAML ou REFI-QDA .qdc), ou le convertit.",
        "Avec --out, écrit le livre de codes : .qdc (REFI-QDA, pour NVivo, ATLAS.ti, MAXQDA, QualCoder) ou .yaml."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole codebook partenariat", "  parole codebook esatis --out esatis.qdc",
        "  parole codebook export-nvivo.qdc --out mon-livre.yaml"})
final class CodebookCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<nom|fichier>", description = "partenariat, esatis, ou un fichier .yaml / .qdc.")
  String codebook;

  @Option(names = "--out", paramLabel = "<fichier>", description = "Écrit le livre de codes (.qdc ou .yaml).")
  Path out;

  @Override
  public Integer call() {
    Codebook book = new CodebookLibrary().load(codebook);
    PrintWriter w = spec.commandLine().getOut();
    if (out != null) {
      if (out.toString().toLowerCase(Locale.ROOT).endsWith(".qdc")) {
        new QdcCodebooks().write(book, out);
      } else {
        new CodebookWriter().write(book, out);
      }
      w.println("Livre de codes « " + book.id() + " » écrit : " + out);
      return ExitCodes.OK;
    }
    w.printf("Livre de codes « %s » : %s%n", book.id(), book.label());
    for (Dimension dimension : book.dimensions()) {
      w.printf("%n%s — %s (%d codes)%n", dimension.id(), dimension.label(), dimension.codes().size());
      for (Code code : dimension.codes()) {
        int depth = depth(dimension, code);
        w.printf("  %s%-28s %s%s%n", "  ".repeat(depth), code.path(), code.label(),
            code.rules().isEmpty() ? "" : "  [" + code.rules().size() + " règle(s)]");
      }
    }
    return ExitCodes.OK;
  }

  private static int depth(Dimension dimension, Code code) {
    int depth = 0;
    for (Code at = code; at.parent() != null; at = dimension.code(at.parent()).orElseThrow()) {
      depth++;
    }
    return depth;
  }
}
