package fr.parole.cli;

import fr.parole.Progress;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.Study;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What every command on a study shares: the study folder argument, output streams, progress. */
abstract class StudyCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<étude>", description = "Dossier de l'étude (contient study.yaml).")
  Path studyFolder;

  @Option(names = {"-q", "--quiet"}, description = "N'affiche pas la progression.")
  boolean quiet;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  Study study() {
    return Study.open(studyFolder);
  }

  Progress progress() {
    return new ConsoleProgress(err(), System.console() != null, quiet);
  }

  /** Who acts, for the study's log: the name given, else the system's user name. */
  static String personOr(String given) {
    return given != null && !given.isBlank() ? given.strip() : System.getProperty("user.name", "inconnu");
  }

  Pipeline pipeline() {
    return new Pipeline(progress());
  }
}
