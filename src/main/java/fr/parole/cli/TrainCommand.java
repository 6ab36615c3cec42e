package fr.parole.cli;

import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookLibrary;
import fr.parole.coding.GoldEvaluation;
import fr.parole.nlp.FrenchModels;
import fr.parole.coding.LearnedCoder;
import fr.parole.coding.LearnedModels;
import fr.parole.coding.TextTable;
import fr.parole.study.Study;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Apprend le codeur automatique (un modèle par dimension) à partir des codages humains acceptés "
        + "d'une étude (enregistré dans .parole/models/, utilisé ensuite par parole code), ou d'un fichier de "
        + "référence TSV (« id », « text », une colonne par dimension) avec --gold et --out."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole train corpora/demo",
        "  parole train --codebook partenariat --gold corpora/demo/reference/gold-partenariat.tsv "
            + "--out models/learned/partenariat"})
final class TrainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "<étude>", description = "L'étude dont les codages servent.")
  Path studyFolder;

  @Option(names = "--codebook", paramLabel = "<nom|fichier>", description = "Défaut : « codebook » de study.yaml.")
  String codebook;

  @Option(names = "--gold", paramLabel = "<fichier.tsv>", description = "Apprend d'un fichier de référence.")
  Path gold;

  @Option(names = "--out", paramLabel = "<dossier>", description = "Où écrire les modèles appris de --gold.")
  Path out;

  @Override
  public Integer call() {
    LearnedCoder coder;
    Path where;
    if (gold != null) {
      if (codebook == null || out == null) {
        throw new ParameterException(spec.commandLine(), "Avec --gold, donnez aussi --codebook et --out.");
      }
      Codebook book = new CodebookLibrary().load(codebook);
      GoldEvaluation evaluation = new GoldEvaluation(book, FrenchModels.load().newTagger());
      coder = LearnedCoder.train(book, evaluation.examples(TextTable.read(gold)), evaluation::tag);
      new LearnedModels().save(coder, out);
      where = out;
    } else if (studyFolder != null) {
      Study study = Study.open(studyFolder);
      coder = new fr.parole.pipeline.Pipeline(fr.parole.Progress.SILENT).train(study, codebook);
      where = study.workDir().resolve("models");
    } else {
      throw new ParameterException(spec.commandLine(), "Donnez une étude, ou --gold avec --codebook et --out.");
    }
    spec.commandLine().getOut().printf("Modèles appris (%s) écrits dans %s%n", String.join(", ", coder.dimensions()),
        where);
    return ExitCodes.OK;
  }
}
