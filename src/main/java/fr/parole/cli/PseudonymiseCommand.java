package fr.parole.cli;

import fr.parole.coding.TextTable;
import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.Pseudonymiser;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "pseudonymise", mixinStandardHelpOptions = true,
    description = {"Pseudonymise un fichier TSV (en-tête avec « id » et « text », autres colonnes gardées) : noms de "
        + "personnes ([NOM-1], le même nom garde le même numéro), e-mails ([EMAIL]), téléphones ([TEL]), numéros de "
        + "sécurité sociale ([NIR]). Les titres (Dr, Mme), métiers, services et établissements restent."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole pseudonymise --input verbatims.tsv > verbatims-pseudo.tsv",
        "  parole pseudonymise --input verbatims.tsv --output verbatims-pseudo.tsv"})
final class PseudonymiseCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "<fichier.tsv>", description = "Le fichier à pseudonymiser.")
  Path input;

  @Option(names = "--output", paramLabel = "<fichier.tsv>", description = "Où écrire, en UTF-8 avec BOM pour qu'Excel "
      + "lise les accents (défaut : la sortie standard, sans BOM).")
  Path output;

  @Override
  public Integer call() throws IOException {
    TextTable table = TextTable.read(input);
    Pseudonymiser pseudonymiser = Pseudonymiser.french(FrenchModels.load());
    Pseudonymiser.Placeholders placeholders = new Pseudonymiser.Placeholders();
    Writer writer = output == null ? spec.commandLine().getOut() : TsvFiles.create(output);
    CSVPrinter tsv = new CSVPrinter(writer, CSVFormat.TDF.builder().setRecordSeparator('\n').build());
    try {
      tsv.printRecord(table.header());
      for (TextTable.Row row : table.rows()) {
        List<String> cells = new ArrayList<>();
        for (String column : table.header()) {
          String value = row.columns().get(column);
          cells.add(column.equals(table.textColumn()) ? pseudonymiser.pseudonymise(value, placeholders) : value);
        }
        tsv.printRecord(cells);
      }
    } finally {
      if (output == null) {
        tsv.flush(); // standard output stays open for the caller
      } else {
        tsv.close();
      }
    }
    return ExitCodes.OK;
  }

}
