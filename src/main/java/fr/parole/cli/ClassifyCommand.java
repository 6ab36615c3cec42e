package fr.parole.cli;

import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookLibrary;
import fr.parole.coding.Suggestion;
import fr.parole.coding.TextClassifier;
import fr.parole.coding.TextTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "classify", mixinStandardHelpOptions = true,
    description = {"Code les textes d'un fichier TSV (colonnes « id » et « text ») sans étude, avec un livre de "
        + "codes, et écrit en TSV une ligne par code suggéré : id, code (dimension/code), confiance, origine.",
        "Les suggestions viennent des règles du livre de codes (origine « rule ») et, s'il existe, du modèle appris livré (« model » ; « rule+model » quand les deux concordent) ; un mot dans la portée d'une négation (« pas de problème ») ne déclenche pas une règle qui ne parle pas elle-même de négation."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole classify --codebook esatis --input verbatims.tsv > codes.tsv",
        "  parole classify --codebook mon-livre.yaml --input extraits.tsv"})
final class ClassifyCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--codebook", required = true, paramLabel = "<nom|fichier>",
      description = "partenariat, esatis, ou un fichier .yaml / .qdc.")
  String codebook;

  @Option(names = "--input", required = true, paramLabel = "<fichier.tsv>",
      description = "Textes à coder : en-tête avec « id » et « text » (autres colonnes ignorées).")
  Path input;

  @Override
  public Integer call() {
    Codebook book = new CodebookLibrary().load(codebook);
    TextTable table = TextTable.read(input);
    TextClassifier classifier = TextClassifier.forCodebook(book);
    PrintWriter out = spec.commandLine().getOut();
    out.println("id\tcode\tconfidence\torigin");
    classifier.classify(table.rows(), (row, suggestions) -> {
      for (Suggestion suggestion : suggestions) {
        out.printf(Locale.ROOT, "%s\t%s\t%.3f\t%s%n", row.id(), suggestion.code(), suggestion.confidence(),
            suggestion.origin());
      }
    });
    out.flush();
    return ExitCodes.OK;
  }
}
