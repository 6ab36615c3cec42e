package fr.parole.cli;

import fr.parole.study.Study;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
    description = {"Crée une étude : un dossier avec un study.yaml commenté, le dossier de ses sources et un "
        + "stockage vide.",
        "Sans option, une étude d'entretiens (entretiens/, codés avec le livre « partenariat »). Avec --verbatims, "
        + "une étude de commentaires de patients (verbatims/, codés avec les thèmes e-Satis, livre « esatis ») ; "
        + "avec --entretiens --verbatims, les deux, chacun avec son livre de codes."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole init mon-etude                  (entretiens)",
        "  parole init avis-patients --verbatims   (commentaires de patients)",
        "  parole init mon-etude --entretiens --verbatims"})
final class InitCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<dossier>", description = "Dossier de la nouvelle étude.")
  Path folder;

  @Option(names = "--verbatims", description = "L'étude contient des commentaires de patients (export CSV ou XLSX, "
      + "verbatims e-Satis) : dossier verbatims/, livre de codes « esatis ».")
  boolean verbatims;

  @Option(names = "--entretiens", description = "L'étude contient des transcriptions d'entretiens (le défaut sans "
      + "--verbatims) : dossier entretiens/, livre de codes « partenariat ».")
  boolean interviews;

  @Override
  public Integer call() {
    Study.Contents contents = !verbatims ? Study.Contents.INTERVIEWS
        : interviews ? Study.Contents.BOTH : Study.Contents.VERBATIMS;
    Study study = Study.init(folder, contents);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Étude « %s » créée dans %s%n", study.name(), study.folder());
    out.println("Prochaines étapes :");
    if (contents != Study.Contents.VERBATIMS) {
      out.printf("  - déposez les transcriptions (.docx, .odt, .txt, .md, .vtt, .srt) dans %s%n", study.folder().resolve("entretiens"));
    }
    if (contents != Study.Contents.INTERVIEWS) {
      out.printf("  - déposez les exports de commentaires (.csv, .xlsx) dans %s%n", study.folder().resolve("verbatims"));
    }
    out.printf("  - adaptez %s%n  - parole run %s (importe, code et écrit le rapport)%n",
        study.folder().resolve(Study.CONFIG_FILE), folder);
    return ExitCodes.OK;
  }
}
