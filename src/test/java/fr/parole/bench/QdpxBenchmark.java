package fr.parole.bench;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.pipeline.Pipeline;
import fr.parole.pipeline.ProjectExport;
import fr.parole.pipeline.ProjectImport;
import fr.parole.study.NewCoding;
import fr.parole.study.SegmentRecord;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Issue 14's figure « export and re-import of a 10,000-segment coded study as .qdpx »: generates a
 * study like the demo ({@link CorpusGenerator}: interviews of demo turns and questions) of at least
 * {@code --segments} segments, imports it, codes every participant's turn by hand in alice's name
 * (a code of the shipped codebook, in turn) and one turn in three again in bob's, on the first half
 * of its text (untimed), then times {@code parole export --format qdpx} (raw text, then
 * pseudonymised as by default) and {@code parole import-project} of that file into a new study
 * (writing the files, the import with its index, the codings and memos), and checks that the
 * re-imported study has as many codings.
 *
 * <pre>
 *   bash bench/qdpx.sh
 *   bash bench/qdpx.sh --segments 20000 --rounds 3
 * </pre>
 */
public final class QdpxBenchmark {
  private QdpxBenchmark() {}

  public static void main(String[] args) throws Exception {
    int segments = 10_000;
    int rounds = 3;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--segments" -> segments = Integer.parseInt(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("Option inconnue : " + args[i]
            + " (options : --segments N --rounds N)");
      }
    }
    Path work = Files.createTempDirectory("parole-qdpx-bench");
    Path studyDir = work.resolve("etude");
    // About one question per participant turn, plus a preamble per file.
    new CorpusGenerator(DemoPool.read(TestStudies.DEMO), new Random(14)).write(studyDir, work.resolve("turns.txt"),
        work.resolve("all.txt"), segments / 2 + 50, 40);
    // The demo's e-Satis results, comments and questionnaires are not generated: only its interviews.
    Path yaml = studyDir.resolve(Study.CONFIG_FILE);
    Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?ms)^sources:.*?(?=^\\S)",
        "sources:\n  - path: entretiens/\n    type: transcript\n").replaceFirst("(?ms)^esatis:.*?(?=^\\S)", ""));
    Study study = Study.open(studyDir);
    Pipeline pipeline = new Pipeline(Progress.SILENT);
    pipeline.importStudy(study);
    int codings = code(study, pipeline);
    int stored;
    try (StudyStore store = study.openStore()) {
      var summary = store.queries().summary();
      stored = summary.segments() + summary.interviewerTurns() + summary.otherSegments();
    }
    System.out.printf("Étude : %d segments, %d codages de personnes (%s)%n", stored, codings, studyDir);
    ProjectExport export = new ProjectExport(pipeline);
    Path qdpx = work.resolve("projet.qdpx");
    for (int round = 1; round <= rounds; round++) {
      long t0 = System.nanoTime();
      ProjectExport.Summary raw = export.qdpx(study, qdpx, UnaryOperator.identity(), false);
      long t1 = System.nanoTime();
      Path copy = work.resolve("copie-" + round);
      ProjectImport.Summary imported = new ProjectImport(pipeline).importProject(qdpx, copy, "bench");
      long t2 = System.nanoTime();
      System.out.printf("Tour %d : export qdpx (texte tel quel) %.2f s (%d codages, %,d octets) ; import-project %.2f s"
          + " (%d segments, %d codages)%n", round, (t1 - t0) / 1e9, raw.codings(), Files.size(qdpx), (t2 - t1) / 1e9,
          imported.segments(), imported.codings());
      if (imported.codings() != raw.codings()) {
        throw new AssertionError("codages perdus : " + raw.codings() + " exportés, " + imported.codings() + " importés");
      }
    }
    Pseudonymising pseudonymised = new Pseudonymising(study);
    long t0 = System.nanoTime();
    export.qdpx(study, work.resolve("pseudonymise.qdpx"), pseudonymised.shown(), false);
    System.out.printf("Export qdpx pseudonymisé (par défaut) : %.2f s, modèles français chargés compris%n",
        (System.nanoTime() - t0) / 1e9);
  }

  /** alice codes every participant turn; bob codes the first half of one in three. One transaction. */
  private static int code(Study study, Pipeline pipeline) {
    Codebook book = Pipeline.codebook(study, null);
    List<Code> codes = book.codes();
    List<SegmentRecord> turns = new ArrayList<>();
    int n = 0;
    try (StudyStore store = study.openStore()) {
      store.segmentQueries().forEachSegment(0, s -> {
        if (s.kind().isAnalysed()) {
          turns.add(s);
        }
      });
      try (StoreTransaction tx = store.begin()) {
        for (int i = 0; i < turns.size(); i++) {
          SegmentRecord s = turns.get(i);
          tx.codings().add(new NewCoding(s.id(), book.id(), codes.get(i % codes.size()).path(), "alice", "human", null,
              "accepted", null, null, null));
          n++;
          if (i % 3 == 0 && s.text().length() > 2) {
            tx.codings().add(new NewCoding(s.id(), book.id(), codes.get((i + 1) % codes.size()).path(), "bob", "human",
                null, "accepted", null, 0, s.text().length() / 2));
            n++;
          }
        }
        tx.commit();
      }
    }
    return n;
  }

  /** The default export's pseudonymisation, as {@code cli.Pseudonymised} sets it up. */
  private record Pseudonymising(Study study) {
    UnaryOperator<String> shown() {
      fr.parole.nlp.Pseudonymiser.Placeholders placeholders = new fr.parole.nlp.Pseudonymiser.Placeholders(
          fr.parole.study.Pseudonyms.numbering(study));
      fr.parole.nlp.Pseudonymiser p = fr.parole.nlp.Pseudonymiser.french(fr.parole.nlp.FrenchModels.load());
      return text -> text == null || text.isEmpty() ? text : p.pseudonymise(text, placeholders);
    }
  }
}
