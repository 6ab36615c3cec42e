package fr.parole.cli;

import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookException;
import fr.parole.coding.CodebookLibrary;
import fr.parole.coding.CodingPath;
import fr.parole.coding.GoldEvaluation;
import fr.parole.coding.GoldLabels;
import fr.parole.coding.LearnedCoder;
import fr.parole.coding.TextTable;
import fr.parole.study.Study;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Apprend le codeur automatique à partir des décisions humaines d'une étude (codes appliqués, "
        + "suggestions acceptées ou rejetées ; enregistré dans .parole/models/, utilisé ensuite par parole code), "
        + "ou d'un fichier de référence TSV (« id », « text », une colonne de codes par dimension, plusieurs codes "
        + "séparés par « | ») avec --gold et --out ; --gold répété apprend de plusieurs fichiers ensemble.",
        "Dit quelles dimensions il a apprises, sur combien de textes, pourquoi il en laisse une de côté, et "
            + "prévient quand un code a moins de 5 textes (son seuil n'est alors pas calibré).",
        "Avec --rapide : apprend le modèle du codage rapide (parole code --rapide), sur les racines des mots "
            + "(l'analyse de la recherche) sans étiquetage, et l'écrit à côté des modèles habituels "
            + "(<dimension>.rapide.bin)."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole train corpora/demo",
        "  parole train --codebook partenariat --gold corpora/demo/reference/gold-partenariat.tsv "
            + "--out models/learned/partenariat",
        "  parole train --codebook partenariat --gold entretiens-codes.tsv --gold autres-codes.tsv --out modeles",
        "  parole train --rapide --codebook esatis --gold models/training/esatis-commentaires.tsv "
            + "--out models/learned/esatis"})
final class TrainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "<étude>", description = "L'étude dont les codages servent.")
  Path studyFolder;

  @Option(names = "--codebook", paramLabel = "<nom|fichier>", description = "Défaut : « codebook » de study.yaml.")
  String codebook;

  @Option(names = "--gold", paramLabel = "<fichier.tsv>",
      description = "Apprend d'un fichier de référence (répétable : les textes de chaque fichier s'ajoutent).")
  List<Path> gold = new ArrayList<>();

  @Option(names = "--column", paramLabel = "<dimension>=<colonne>",
      description = "Avec --gold : la colonne qui porte les codes d'une dimension, quand elle ne porte pas son nom.")
  Map<String, String> columns = new LinkedHashMap<>();

  @Option(names = "--out", paramLabel = "<dossier>", description = "Où écrire les modèles appris de --gold.")
  Path out;

  @Option(names = "--rapide", description = "Apprend le modèle du codage rapide (racines des mots, sans étiquetage) "
      + "au lieu du modèle complet.")
  boolean rapide;

  @Override
  public Integer call() {
    LearnedCoder coder;
    Path where;
    CodingPath path = FastCoding.path(rapide);
    if (!gold.isEmpty()) {
      if (codebook == null || out == null) {
        throw new ParameterException(spec.commandLine(), "Avec --gold, donnez aussi --codebook et --out.");
      }
      Codebook book = new CodebookLibrary().load(codebook);
      GoldEvaluation evaluation = new GoldEvaluation(path);
      List<LearnedCoder.Example> examples = new ArrayList<>();
      for (Path file : gold) {
        examples.addAll(evaluation.examples(GoldLabels.read(book, TextTable.read(file), columns)));
      }
      coder = path.train(book, examples, evaluation::tag);
      if (coder.dimensions().isEmpty()) {
        report(coder);
        throw new CodebookException(String.join(", ", gold.stream().map(Path::toString).toList())
            + " : aucune dimension n'a pu être apprise (voir ci-dessus).");
      }
      path.models().save(coder, out);
      where = out;
    } else if (studyFolder != null) {
      Study study = Study.open(studyFolder);
      fr.parole.pipeline.Pipeline pipeline = new fr.parole.pipeline.Pipeline(fr.parole.Progress.SILENT);
      coder = pipeline.train(study, codebook, path);
      where = study.workDir().resolve("models");
    } else {
      throw new ParameterException(spec.commandLine(), "Donnez une étude, ou --gold avec --codebook et --out.");
    }
    report(coder);
    spec.commandLine().getOut().printf("Modèles %s (%s) écrits dans %s%n", path.words().models(),
        String.join(", ", coder.dimensions()), where);
    return ExitCodes.OK;
  }

  /** Per dimension: learned on how many texts with how many per code, or why not; codes with few texts on stderr. */
  private void report(LearnedCoder coder) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (LearnedCoder.DimensionReport dimension : coder.training()) {
      if (!dimension.trained()) {
        out.printf("%s : pas de modèle — %s.%n", dimension.dimension(), dimension.skipped());
        continue;
      }
      StringBuilder codes = new StringBuilder();
      dimension.positives().forEach((code, n) -> codes.append(codes.length() == 0 ? "" : ", ").append(code)
          .append(' ').append(n));
      out.printf("%s : appris sur %d texte(s) codé(s) (textes par code : %s).%n", dimension.dimension(),
          dimension.texts(), codes);
      dimension.positives().forEach((code, n) -> {
        String path = dimension.dimension() + "/" + code;
        if (n < LearnedCoder.MIN_TEXTS_PER_CODE) {
          err.printf("Attention : %s n'a que %d texte(s) (moins de %d) : le modèle en sait peu et son seuil "
              + "n'est pas calibré (0.5 par défaut). Codez-en davantage.%n", path, n, LearnedCoder.MIN_TEXTS_PER_CODE);
        } else if (!coder.thresholds().containsKey(path)) {
          err.printf("Attention : sur les textes mis de côté, le modèle n'a pas mieux reconnu %s qu'en le donnant à "
              + "tous : pas de seuil calibré (0.5 par défaut).%n", path);
        }
      });
    }
    err.flush();
  }
}
