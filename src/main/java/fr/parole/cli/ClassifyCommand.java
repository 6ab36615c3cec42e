package fr.parole.cli;

import fr.parole.ParoleException;
import fr.parole.coding.Codebook;
import fr.parole.coding.FastCoder;
import fr.parole.coding.Explanation;
import fr.parole.coding.CodebookLibrary;
import fr.parole.coding.Suggestion;
import fr.parole.coding.TextClassifier;
import fr.parole.coding.TextStream;
import fr.parole.study.CodeThreshold;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "classify", mixinStandardHelpOptions = true,
    description = {"Code les textes d'un fichier TSV (colonnes « id » et « text ») sans étude, avec un livre de "
        + "codes, et écrit en TSV une ligne par code suggéré : id, code (dimension/code), confiance (probabilité "
        + "que le code s'applique), origine, seuil du code et « oui » quand la confiance l'atteint (retenu : ce "
        + "qu'un codage compterait ; dans une dimension exclusive, le plus sûr seulement), indice (la règle qui a parlé, ou « modèle appris »).",
        "Un texte peut recevoir plusieurs codes d'une dimension. Les suggestions viennent des règles du livre de "
            + "codes (origine « rule ») et, s'il existe, du modèle appris livré (« model » ; « rule+model » quand "
            + "une règle a aussi parlé) ; un mot dans la portée d'une négation (« pas de problème ») ne déclenche "
            + "pas une règle qui ne parle pas elle-même de négation. Sont écrits les codes retenus, les règles qui "
            + "ont parlé et les codes au-dessus de la moitié de leur seuil."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole classify --codebook esatis --input verbatims.tsv > codes.tsv",
        "  parole classify --codebook esatis --input verbatims.tsv --explain > codes-expliques.tsv",
        "  parole classify --codebook esatis --input verbatims.tsv --rapide > codes.tsv   (tri rapide)",
        "  parole classify --codebook mon-livre.yaml --input extraits.tsv --model mon-etude/.parole/models/mon-livre"})
final class ClassifyCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--codebook", required = true, paramLabel = "<nom|fichier>",
      description = "partenariat, esatis, ou un fichier .yaml / .qdc.")
  String codebook;

  @Option(names = "--input", required = true, paramLabel = "<fichier.tsv>",
      description = "Textes à coder : en-tête avec « id » et « text » (autres colonnes ignorées).")
  Path input;

  @Option(names = "--model", paramLabel = "<dossier>",
      description = "Les modèles de ce dossier (écrit par parole train --out) au lieu du modèle livré.")
  Path model;

  @Option(names = "--explain",
      description = "Ajoute une colonne « pourquoi » : la règle qui a parlé (sa requête) et les mots du texte qui "
          + "ont pesé le plus pour ce code dans le modèle appris, avec leur poids (« accueil (+0,42) », « non : "
          + "écouter » pour un mot nié). Les mots sont pris dans le texte pseudonymisé : jamais un nom. Demande un "
          + "modèle appris (livré ou --model).")
  boolean explain;

  @Option(names = "--rapide",
      description = "Codage rapide : règles et modèle rapide sur les racines des mots, sans étiquetage (indice "
          + "« " + FastCoder.EVIDENCE + " » ; avec --model, le modèle rapide du dossier, écrit par parole train "
          + "--rapide). Plusieurs fois plus rapide, un peu moins juste ; sans --explain.")
  boolean rapide;

  @Override
  public Integer call() {
    if (rapide && explain) {
      throw new ParameterException(spec.commandLine(), "--explain ne va pas avec --rapide : l'explication lit le "
          + "texte étiqueté, que le codage rapide ne calcule pas. Retirez l'une des deux options.");
    }
    Codebook book = new CodebookLibrary().load(codebook);
    // Checked whole, then read row by row: a national triage's millions of comments are never held.
    TextStream texts = TextStream.open(input);
    TextClassifier classifier = TextClassifier.forCodebook(book, model, FastCoding.path(rapide));
    if (explain && !classifier.hasModel()) {
      throw new ParoleException("--explain : aucun modèle appris pour le livre de codes « " + book.id() + " » ("
          + (model == null ? "aucun n'est livré avec Parole" : "aucun fichier de modèle dans " + model)
          + ") : rien ne peut dire quels mots ont pesé. Entraînez-en un (parole train <étude> --codebook "
          + book.id() + ", puis --model <étude>/.parole/models/" + book.id() + "), ou retirez --explain pour "
          + "coder avec les règles seules.");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("id\tcode\tconfiance\torigine\tseuil\tretenu\tindice" + (explain ? "\tpourquoi" : ""));
    StringBuilder lines = new StringBuilder();
    classifier.classify(texts::forEach, (row, suggestions) -> {
      Set<Suggestion> counted = classifier.counted(suggestions);
      Map<Suggestion, Explanation> why = explain ? classifier.explain(row.text(), suggestions) : Map.of();
      lines.setLength(0);
      for (Suggestion suggestion : suggestions) {
        CodeThreshold threshold = classifier.threshold(suggestion.code());
        lines.append(row.id()).append('\t').append(suggestion.code()).append('\t')
            .append(decimals(suggestion.confidence())).append('\t').append(suggestion.origin()).append('\t')
            .append(decimals(threshold.value())).append('\t').append(counted.contains(suggestion) ? "oui" : "non")
            .append('\t').append(suggestion.evidence().replace('\t', ' '))
            .append(explain ? "\t" + why.get(suggestion).oneLine().replace('\t', ' ') : "").append(System.lineSeparator());
      }
      // One print per text, not a printf per line: the terminal writer flushes on every printf (a
      // system call per line), which made writing a triage's suggestions slower than coding them.
      out.print(lines);
    });
    out.flush();
    return ExitCodes.OK;
  }

  /** {@code value} with three decimals, rounded as {@code %.3f} rounds it. */
  private static String decimals(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).toPlainString();
  }
}
