package fr.parole.cli;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookLibrary;
import fr.parole.coding.CodebookWriter;
import fr.parole.coding.CodeThresholds;
import fr.parole.coding.LearnedCoder;
import fr.parole.coding.LearnedModels;
import fr.parole.study.CodeThreshold;
import fr.parole.coding.Dimension;
import fr.parole.coding.QdcCodebooks;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "codebook", mixinStandardHelpOptions = true,
    description = {"Vérifie et affiche un livre de codes (YAML ou REFI-QDA .qdc), ou le convertit. Pour chaque "
        + "dimension, dit si elle est exclusive ; pour chaque code, son seuil et d'où il vient (calibré sur les "
        + "textes d'apprentissage du modèle appris, fixé par le livre de codes, ou par défaut).",
        "Avec --out, écrit le livre de codes : .qdc (REFI-QDA, pour NVivo, ATLAS.ti, MAXQDA, QualCoder) ou .yaml.",
        "Les sous-commandes modifient le livre de codes d'une étude ; chaque modification en est une nouvelle version, "
        + "qu'on peut restaurer (parole codebook <sous-commande> --help)."},
    synopsisSubcommandLabel = "[<sous-commande>]",
    subcommands = {CodebookEditCommands.Create.class, CodebookEditCommands.Rename.class, CodebookEditCommands.Edit.class,
        CodebookEditCommands.Move.class, CodebookEditCommands.Merge.class, CodebookEditCommands.Split.class, CodebookEditCommands.Segments.class,
        CodebookEditCommands.Delete.class, CodebookEditCommands.Versions.class, CodebookEditCommands.Restore.class},
    footerHeading = "%nExemples :%n",
    footer = {"  parole codebook partenariat", "  parole codebook esatis --out esatis.qdc",
        "  parole codebook export-nvivo.qdc --out mon-livre.yaml",
        "  parole codebook merge corpora/demo type/formation type/levier --par alice",
        "  parole codebook versions corpora/demo"})
final class CodebookCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "<nom|fichier>",
      description = "partenariat, esatis, ou un fichier .yaml / .qdc.")
  String codebook;

  @Option(names = "--out", paramLabel = "<fichier>", description = "Écrit le livre de codes (.qdc ou .yaml).")
  Path out;

  @Option(names = "--model", paramLabel = "<dossier>",
      description = "Montre les seuils des modèles de ce dossier (parole train --out, ou .parole/models/<livre> "
          + "d'une étude) au lieu de ceux du modèle livré.")
  Path model;

  @Override
  public Integer call() {
    if (codebook == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Nommez un livre de codes (partenariat, "
          + "esatis, ou un fichier), ou une sous-commande : create, rename, edit, move, merge, split, delete, versions, "
          + "restore.");
    }
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
    Optional<LearnedCoder> learned = model != null ? new LearnedModels().loadFrom(book, model)
        : new LearnedModels().load(book, null);
    Map<String, CodeThreshold> thresholds = new HashMap<>();
    CodeThresholds.of(book, learned).forEach(t -> thresholds.put(t.code(), t));
    w.printf("Livre de codes « %s » : %s%n", book.id(), book.label());
    w.printf("Modèle appris : %s. Un code compte quand sa confiance atteint son seuil (calibré sur les textes "
        + "d'apprentissage, fixé par le livre de codes, ou %s par défaut).%n", learned.isEmpty() ? "aucun (règles seules)"
        : model != null ? model.toString() : "livré (models/learned/" + book.id() + ")", Numbers.measure(CodeThreshold.DEFAULT));
    for (Dimension dimension : book.dimensions()) {
      w.printf("%n%s — %s (%d codes, %s)%n", dimension.id(), dimension.label(), dimension.codes().size(),
          dimension.exclusive() ? "exclusive : un code par segment" : "non exclusive : plusieurs codes par segment");
      Optional<LearnedCoder.DimensionReport> trained = learned.flatMap(l -> l.training().stream()
          .filter(d -> d.dimension().equals(dimension.id()) && d.trained()).findFirst());
      w.printf("  %s%n", trained.map(d -> "modèle appris sur " + d.texts() + " texte(s) codé(s)")
          .orElse("pas de modèle appris : règles seules"));
      for (Code code : dimension.codes()) {
        int depth = depth(dimension, code);
        w.printf("  %s%-28s %s%s%n", "  ".repeat(depth), code.path(), code.label(),
            code.rules().isEmpty() ? "" : "  [" + code.rules().size() + " règle(s)]");
        w.printf("  %s%-28s %s%n", "  ".repeat(depth), "", threshold(thresholds.get(code.path()), learned, trained,
            code));
      }
    }
    return ExitCodes.OK;
  }

  /** « seuil 0.420 (calibré : F1 0.81 sur 45 textes) », or where else it comes from. */
  private static String threshold(CodeThreshold t, Optional<LearnedCoder> learned,
      Optional<LearnedCoder.DimensionReport> trained, Code code) {
    String value = "seuil " + Numbers.measure(t.value());
    Optional<String> label = learned.flatMap(l -> l.labelOf(code.path()));
    String texts = trained.isPresent() && label.isPresent()
        ? trained.get().positives().getOrDefault(label.get(), 0) + " texte(s) codé(s) " + label.get()
            + (label.get().equals(code.id()) ? "" : " (appris comme " + label.get() + ")")
        : null;
    return switch (t.origin()) {
      case "codebook" -> value + " (fixé par le livre de codes)";
      case "calibrated" -> value + " (calibré : F1 " + Numbers.measure(t.f1()) + " en validation croisée, " + texts
          + ")";
      default -> value + " (défaut : " + (texts != null ? whyNotCalibrated(trained.get(), label.get()) + texts
          : label.isEmpty() && learned.isPresent() && trained.isPresent() ? "code absent des textes d'apprentissage"
          : "pas de modèle appris") + ")";
    };
  }

  /** Why a learned code has no calibrated threshold: too few texts, or a model no better than counting it everywhere. */
  private static String whyNotCalibrated(LearnedCoder.DimensionReport trained, String label) {
    return trained.positives().getOrDefault(label, 0) < LearnedCoder.MIN_TEXTS_PER_CODE
        ? "trop peu de textes pour calibrer, "
        : "le modèle n'y fait pas mieux que compter ce code partout, ";
  }

  private static int depth(Dimension dimension, Code code) {
    int depth = 0;
    for (Code at = code; at.parent() != null; at = dimension.code(at.parent()).orElseThrow()) {
      depth++;
    }
    return depth;
  }
}
