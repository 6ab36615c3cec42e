package fr.parole.cli;

import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookLibrary;
import fr.parole.coding.CodeThresholds;
import fr.parole.coding.CodingPath;
import fr.parole.coding.CrossValidation;
import fr.parole.coding.Dimension;
import fr.parole.coding.GoldEvaluation;
import fr.parole.coding.GoldLabels;
import fr.parole.coding.LearnedCoder;
import fr.parole.coding.LearnedModels;
import fr.parole.coding.TextTable;
import fr.parole.coding.agreement.CodeScores;
import fr.parole.coding.agreement.DimensionEvaluation;
import fr.parole.coding.agreement.EvaluationReport;
import fr.parole.coding.agreement.MultiLabelEvaluation;
import fr.parole.study.CodeThreshold;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Compare le codage automatique à un codage de référence : fichier TSV avec « id », « text » et "
        + "une colonne de codes par dimension du livre de codes (plusieurs codes séparés par « | », « aucun » ou "
        + "vide quand aucun ne s'applique).",
        "Compte ce que compterait un codage : les suggestions au-dessus du seuil de leur code (une seule, la "
            + "plus sûre, dans une dimension exclusive). Dimension non exclusive : F1 micro et macro, précision, "
            + "rappel et F1 par code, perte de Hamming, textes sans code ; dimension exclusive : exactitude et kappa "
            + "de Cohen. Sans --folds, évalue les règles et le modèle appris livré (ou celui de --model) ; avec "
            + "--folds, une validation croisée compare règles, modèle et les deux.",
        "--train ajoute des textes codés à l'apprentissage (ex. des textes construits) : sans --folds, le modèle "
            + "évalué est appris sur eux seuls ; avec --folds, chaque pli apprend sur eux et les autres plis."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole evaluate --codebook partenariat --gold corpora/demo/reference/gold-partenariat.tsv",
        "  parole evaluate --codebook partenariat --gold corpora/demo/reference/gold-partenariat.tsv --folds 6",
        "  parole evaluate --codebook esatis --gold avis.tsv --column esatis=themes",
        "  parole evaluate --codebook partenariat --gold corpora/demo/reference/gold-partenariat.tsv --folds 6 "
            + "--train models/training/partenariat-entretiens.tsv",
        "  parole evaluate --codebook esatis --gold avis.tsv --column esatis=themes --rapide"})
final class EvaluateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--codebook", required = true, paramLabel = "<nom|fichier>",
      description = "partenariat, esatis, ou un fichier .yaml / .qdc.")
  String codebook;

  @Option(names = "--gold", required = true, paramLabel = "<fichier.tsv>", description = "Le codage de référence.")
  Path gold;

  @Option(names = "--column", paramLabel = "<dimension>=<colonne>",
      description = "La colonne qui porte les codes d'une dimension, quand elle ne porte pas son nom "
          + "(ex. --column esatis=themes). Répétable.")
  Map<String, String> columns = new LinkedHashMap<>();

  @Option(names = "--folds", paramLabel = "<k>",
      description = "Validation croisée en k plis : un modèle appris et calibré sur k-1 plis code le pli restant ; "
          + "compare règles, modèle et les deux.")
  Integer folds;

  @Option(names = "--seed", defaultValue = "42", description = "Graine du tirage des plis (défaut : ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--model", paramLabel = "<dossier>",
      description = "Évalue les modèles de ce dossier (écrit par parole train --out) au lieu du modèle livré.")
  Path model;

  @Option(names = "--rules-only", description = "Évalue les règles seules, sans modèle appris.")
  boolean rulesOnly;

  @Option(names = "--train", paramLabel = "<fichier.tsv>",
      description = "Textes codés (même format que --gold) ajoutés à l'apprentissage ; répétable. Sans --folds, le "
          + "modèle évalué est appris sur ces textes seuls.")
  List<Path> train = new ArrayList<>();

  @Option(names = "--rapide", description = "Évalue le codage rapide (règles et modèle rapide sur les racines des "
      + "mots, sans étiquetage : parole code --rapide) ; sans --folds.")
  boolean rapide;

  @Override
  public Integer call() {
    if (rapide && folds != null) {
      throw new ParameterException(spec.commandLine(), "--rapide évalue le modèle rapide livré (ou celui de --model, "
          + "ou appris sur --train) : il ne va pas avec --folds.");
    }
    Codebook book = new CodebookLibrary().load(codebook);
    GoldLabels labels = GoldLabels.read(book, TextTable.read(gold), columns);
    PrintWriter out = spec.commandLine().getOut();
    if (!train.isEmpty() && (rulesOnly || model != null)) {
      throw new ParameterException(spec.commandLine(), "--train apprend un modèle : il ne va ni avec --model ni avec "
          + "--rules-only.");
    }
    CodingPath path = FastCoding.path(rapide);
    GoldEvaluation evaluation = new GoldEvaluation(path);
    LearnedModels models = path.models();
    List<GoldLabels> extra = new ArrayList<>();
    train.forEach(file -> extra.add(GoldLabels.read(book, TextTable.read(file), columns)));
    if (folds == null) {
      Optional<LearnedCoder> learned = rulesOnly ? Optional.empty()
          : !extra.isEmpty() ? Optional.of(trained(book, evaluation, extra, path))
          : model != null ? models.loadFrom(book, model) : models.load(book, null);
      Map<String, CodeThreshold> thresholds = new HashMap<>();
      CodeThresholds.of(book, learned).forEach(t -> thresholds.put(t.code(), t));
      Map<String, Double> values = new HashMap<>();
      thresholds.forEach((code, t) -> values.put(code, t.value()));
      out.printf("Référence : %s, %d textes. Codeur : %s. Comptées : les suggestions au-dessus du seuil de leur "
          + "code.%n", gold, labels.rows().size(), path.words().reading()
          + (learned.isEmpty() ? "règles seules" : "règles et modèle " + path.words().model() + " ("
          + (!train.isEmpty() ? "sur " + names(train) : model != null ? model : "livré") + ")"));
      EvaluationReport report = evaluation.evaluate(labels, path.coder(book, learned.orElse(null)), values);
      print(out, book, labels, report, thresholds);
      return ExitCodes.OK;
    }
    CrossValidation.Result result = new CrossValidation(book, evaluation).run(labels, extra, folds, seed);
    out.printf("Validation croisée, %d plis (graine %d), %d textes : chaque pli est codé par un modèle appris et "
        + "calibré sur les autres plis%s.%n", result.folds(), seed, labels.rows().size(),
        train.isEmpty() ? "" : " et sur " + names(train));
    out.printf("  %-12s %-14s %9s %9s %9s %11s %7s%n", "dimension", "codeur", "micro-F1", "macro-F1", "Hamming",
        "exactitude", "kappa");
    for (Dimension d : labels.dimensions()) {
      summary(out, d.id(), "règles", result.rules());
      summary(out, d.id(), "modèle", result.model());
      summary(out, d.id(), "règles+modèle", result.combined());
    }
    out.println();
    out.println("Détail, règles+modèle :");
    print(out, book, labels, result.combined(), Map.of());
    return ExitCodes.OK;
  }

  private static LearnedCoder trained(Codebook book, GoldEvaluation evaluation, List<GoldLabels> files,
      CodingPath path) {
    List<LearnedCoder.Example> examples = new ArrayList<>();
    files.forEach(file -> examples.addAll(evaluation.examples(file)));
    return path.train(book, examples, evaluation::tag);
  }

  private static String names(List<Path> files) {
    return String.join(", ", files.stream().map(Path::toString).toList());
  }

  private static void summary(PrintWriter out, String dimension, String coder, EvaluationReport report) {
    Optional<MultiLabelEvaluation> multi = report.multiLabel(dimension);
    if (multi.isPresent()) {
      MultiLabelEvaluation m = multi.get();
      out.printf(Locale.ROOT, "  %-12s %-14s %9s %9s %9s %11s %7s%n", dimension, coder, Numbers.measure(m.microF1()),
          Numbers.measure(m.macroF1()), Numbers.measure(m.hammingLoss()), Numbers.measure(m.exactMatch()), "");
      return;
    }
    report.dimension(dimension).ifPresent(d -> out.printf(Locale.ROOT, "  %-12s %-14s %9s %9s %9s %11s %7s%n",
        dimension, coder, "", "", "", Numbers.measure(d.accuracy()), Numbers.measure(d.kappa().value())));
  }

  private static void print(PrintWriter out, Codebook book, GoldLabels labels, EvaluationReport report,
      Map<String, CodeThreshold> thresholds) {
    for (Dimension dimension : labels.dimensions()) {
      String column = labels.columns().get(dimension.id());
      String where = column.equals(dimension.id()) ? "" : ", colonne « " + column + " »";
      report.multiLabel(dimension.id()).ifPresent(m -> {
        out.printf(Locale.ROOT, "%n%s (non exclusive%s) : %d textes, %d codes possibles%n", m.dimension(), where,
            m.units(), m.labels());
        out.printf(Locale.ROOT, "  micro : précision %s, rappel %s, F1 %s ; macro : précision %s, rappel %s, F1 %s%n",
            Numbers.measure(m.microPrecision()), Numbers.measure(m.microRecall()), Numbers.measure(m.microF1()),
            Numbers.measure(m.macroPrecision()), Numbers.measure(m.macroRecall()), Numbers.measure(m.macroF1()));
        out.printf(Locale.ROOT, "  perte de Hamming %s ; ensembles de codes exacts %d/%d (%s)%n",
            Numbers.measure(m.hammingLoss()), m.exactMatches(), m.units(), Numbers.measure(m.exactMatch()));
        out.printf(Locale.ROOT, "  textes sans code : %d dans la référence, %d prédits sans code, %d les deux%n",
            m.goldEmpty(), m.predictedEmpty(), m.bothEmpty());
        codes(out, dimension, m.codes(), thresholds);
        out.printf(Locale.ROOT, "  %-28s %-17s %9s %7s %7s%n", "moyenne (macro)", "",
            Numbers.measure(m.macroPrecision()), Numbers.measure(m.macroRecall()), Numbers.measure(m.macroF1()));
      });
      report.dimension(dimension.id()).ifPresent(d -> {
        out.printf(Locale.ROOT, "%n%s (exclusive%s) : %d textes, exactitude %s, kappa %s%n", d.dimension(), where,
            d.units(), Numbers.measure(d.accuracy()), Numbers.measure(d.kappa().value()));
        codes(out, dimension, d.codes(), thresholds);
        out.printf(Locale.ROOT, "  %-28s %-17s %9s %7s %7s%n", "moyenne (macro)", "",
            Numbers.measure(d.macroPrecision()), Numbers.measure(d.macroRecall()), Numbers.measure(d.macroF1()));
      });
    }
  }

  private static void codes(PrintWriter out, Dimension dimension, Iterable<CodeScores> codes,
      Map<String, CodeThreshold> thresholds) {
    out.printf("  %-28s %-17s %9s %7s %7s %8s%n", "code", thresholds.isEmpty() ? "" : "seuil (origine)",
        "précision", "rappel", "F1", "effectif");
    for (CodeScores code : codes) {
      CodeThreshold t = thresholds.get(dimension.id() + "/" + code.code());
      String threshold = t == null ? "" : Numbers.measure(t.value()) + " (" + ThresholdWords.origin(t.origin()) + ")";
      out.printf(Locale.ROOT, "  %-28s %-17s %9s %7s %7s %8d%n", code.code(), threshold,
          Numbers.measure(code.precision()), Numbers.measure(code.recall()), Numbers.measure(code.f1()),
          code.support());
    }
  }
}
