package fr.parole.pipeline;

import fr.parole.coding.Codebook;
import fr.parole.coding.CodingPath;
import fr.parole.coding.LearnedCoder;
import fr.parole.coding.ShippedTraining;
import fr.parole.coding.LearnedModels;
import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.TaggedText;
import fr.parole.study.CodingRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyException;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Trains a study's own models from its people's decisions into {@code .parole/models/<codebook>/}
 * ({@code parole train}, and the atelier's retraining after each decision), and says what the
 * models there learned from ({@value #FACTS}, written beside them after them: « le modèle a appris
 * de N décisions »). Every file is replaced in one step, so a reader sees the previous model or the
 * new one, and a training that fails leaves the previous one.
 */
public final class ModelTraining {
  /** The file beside the models saying what they learned from. */
  static final String FACTS = "apprentissage.properties";

  /** What a study's models learned from: how many people's decisions, on how many segments, and when. */
  public record Learned(int decisions, int segments, Instant at) {
    /** « Le modèle a appris de 12 décisions (mis à jour il y a 2 min) », as of {@code now}. */
    public String sentence(Instant now) {
      return "Le modèle a appris de " + decisions + " décision" + (decisions > 1 ? "s" : "") + " (mis à jour "
          + ago(Duration.between(at, now)) + ")";
    }

    private static String ago(Duration since) {
      long seconds = Math.max(0, since.toSeconds());
      if (seconds < 60) {
        return "à l'instant";
      }
      if (seconds < 3600) {
        return "il y a " + seconds / 60 + " min";
      }
      if (seconds < 86_400) {
        return "il y a " + seconds / 3600 + " h";
      }
      long days = seconds / 86_400;
      return "il y a " + days + " jour" + (days > 1 ? "s" : "");
    }
  }

  /** A training done: the coder and what it learned from. */
  public record Trained(LearnedCoder coder, Learned learned) {}

  private final Supplier<FrenchModels> models;
  /** What each path read, kept: its reading of a text is its own (the fast path's has no tagging). */
  private final Map<CodingPath, Read> read = new ConcurrentHashMap<>();

  /**
   * A path's reading of the shipped texts, per codebook version, and of the decided segments, by
   * id: a segment id is never reused (a re-imported text gets a new one), so a retraining after one
   * more decision tags one text, not two thousand.
   */
  private record Read(Map<Codebook, List<LearnedCoder.Example>> shipped, Map<Long, TaggedText> segments) {
    Read() {
      this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }
  }

  public ModelTraining(Supplier<FrenchModels> models) {
    this.models = models;
  }

  /**
   * Trains and saves the study's coder for {@code codebook}. A segment teaches a dimension when a
   * person decided on one of its codes there (coded it, accepted or rejected a suggestion): its
   * codes in that dimension are those the person applied (none when they only rejected), and every
   * other code of the dimension is taken as not applying. The shipped constructed texts of the
   * codebook are learned from as well ({@link ShippedTraining}: decisions alone teach less than the
   * rules until there are hundreds). No decision: a French message, and the models already there
   * are kept.
   */
  public Trained train(Study study, Codebook codebook) {
    return train(study, codebook, CodingPath.FULL);
  }

  /**
   * As {@link #train(Study, Codebook)}, the model of {@code path}: the same decisions and shipped
   * texts, read as that path reads them (the fast path: on stems, without tagging), saved beside the
   * other paths' models ({@code <dimension>.rapide.bin} for the fast one). Only the full models, the
   * atelier's, have the note of what they learned from; another path's training leaves it alone.
   */
  public Trained train(Study study, Codebook codebook, CodingPath path) {
    try (StudyStore store = study.openStore()) {
      Map<Long, Map<String, Set<String>>> codes = new LinkedHashMap<>();
      int decisions = 0;
      for (CodingRecord coding : store.learningQueries().decisions(codebook.id())) {
        boolean accepted = "accepted".equals(coding.status());
        if (!"human".equals(coding.origin()) && !accepted || codebook.code(coding.code()).isEmpty()) {
          continue; // a pending machine suggestion says nothing of what people think
        }
        decisions++;
        int slash = coding.code().indexOf('/');
        Set<String> dimension = codes.computeIfAbsent(coding.segmentId(), id -> new LinkedHashMap<>())
            .computeIfAbsent(coding.code().substring(0, slash), d -> new LinkedHashSet<>());
        if (coding.applied()) {
          dimension.add(coding.code().substring(slash + 1));
        }
      }
      Function<String, TaggedText> reader = path.readers(models).get();
      Read before = read.computeIfAbsent(path, p -> new Read());
      List<LearnedCoder.Example> examples = new ArrayList<>();
      // The decided segments by id, not a pass over every segment: seconds on a study of a million.
      store.learningQueries().texts(codes.keySet()).forEach((id, text) -> examples.add(new LearnedCoder.Example(
          before.segments().computeIfAbsent(id, k -> reader.apply(text)), codes.get(id))));
      if (examples.isEmpty()) {
        throw new StudyException("Pas encore de décision humaine sur « " + codebook.id()
            + " » : codez, acceptez ou rejetez des suggestions, puis apprenez.");
      }
      examples.addAll(before.shipped().computeIfAbsent(codebook, book -> ShippedTraining.rows(book).stream()
          .map(row -> new LearnedCoder.Example(reader.apply(row.row().text()), row.codes())).toList()));
      LearnedCoder coder = path.train(codebook, examples, reader);
      if (coder.dimensions().isEmpty()) {
        StringBuilder why = new StringBuilder();
        coder.training().forEach(d -> why.append(why.length() == 0 ? "" : " ; ").append(d.dimension()).append(" : ")
            .append(d.skipped()));
        throw new StudyException("Pas assez de décisions humaines pour apprendre (" + examples.size()
            + " segment(s) codé(s)) : " + why + ".");
      }
      Path folder = folder(study, codebook.id());
      Learned learned = new Learned(decisions, examples.size(), Instant.now());
      path.models().save(coder, folder);
      if (path == CodingPath.FULL) {
        writeFacts(folder, learned);
      }
      return new Trained(coder, learned);
    }
  }

  /** Where the study's models of {@code codebook} live. */
  static Path folder(Study study, String codebook) {
    return study.workDir().resolve("models").resolve(codebook);
  }

  /** What the study's models of {@code codebook} learned from; empty before the first training. */
  public static Optional<Learned> learned(Study study, String codebook) {
    Path file = folder(study, codebook).resolve(FACTS);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
      return Optional.of(new Learned(Integer.parseInt(p.getProperty("decisions", "0")),
          Integer.parseInt(p.getProperty("segments", "0")), Instant.parse(p.getProperty("at"))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a damaged note says nothing; the models beside it are read on their own
    }
  }

  private static void writeFacts(Path folder, Learned learned) {
    Properties p = new Properties();
    p.setProperty("decisions", Integer.toString(learned.decisions()));
    p.setProperty("segments", Integer.toString(learned.segments()));
    p.setProperty("at", learned.at().toString());
    try {
      Path temporary = Files.createTempFile(folder, "apprentissage.", ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(temporary)) {
          p.store(out, "Ce que les modèles de ce dossier ont appris (écrit par Parole)");
        }
        LearnedModels.replace(temporary, folder.resolve(FACTS));
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new StudyException("Impossible d'écrire " + folder.resolve(FACTS) + " : " + e.getMessage(), e);
    }
  }
}
