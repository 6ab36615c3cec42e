package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.coding.Codebook;
import fr.parole.nlp.FrenchModels;
import fr.parole.study.Study;
import fr.parole.study.StudyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coder that learns in the background: a decision gives a model that learned from one decision
 * more, with the next pending suggestions scored again and no person's coding touched; a failed
 * training keeps the previous model; decisions in a row give one training, and never two at once.
 */
class LearningServiceTest {
  private static final Supplier<FrenchModels> MODELS = FrenchModels.onFirstUse();
  @TempDir
  static Path dir;
  private static Study study;
  private static Codebook partenariat;
  private static final List<Long> TURNS = new ArrayList<>();

  @BeforeAll
  static void aDemoCodedWithFifteenDecisions() {
    study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    Pipeline pipeline = new Pipeline(Progress.SILENT);
    pipeline.importStudy(study);
    pipeline.codeBySource(study);
    partenariat = Pipeline.codebook(study, "partenariat");
    TestStudies.segments(study.folder()).stream().filter(s -> s.kind().name().equals("TURN"))
        .forEach(s -> TURNS.add(s.id()));
    for (int i = 0; i < 15; i++) {
      pipeline.codeByHand(study, "partenariat", TURNS.get(i), i < 8 ? "type/levier" : "type/obstacle", "alice",
          null, null);
    }
  }

  @Test
  void aDecisionGivesAModelThatLearnedFromOneMoreAndScoresTheQueueAgain() throws Exception {
    int before = new ModelTraining(MODELS).train(study, partenariat).learned().decisions();
    assertEquals(before, ModelTraining.learned(study, "partenariat").orElseThrow().decisions());
    int people = count("SELECT COUNT(*) FROM codings WHERE origin = 'human' OR status <> 'suggested'");
    try (LearningService learning = new LearningService(study, Duration.ZERO, null, MODELS)) {
      new Pipeline(Progress.SILENT).codeByHand(study, "partenariat", TURNS.get(20), "type/levier", "bob", null, null);
      learning.decided(partenariat);
      learning.awaitIdle(Duration.ofMinutes(2));
      LearningService.State state = learning.state("partenariat");
      assertEquals(before + 1, state.learned().orElseThrow().decisions(), String.valueOf(state.problem()));
      assertFalse(state.busy());
      assertTrue(state.learned().orElseThrow().sentence(state.learned().get().at().plusSeconds(130))
          .equals("Le modèle a appris de " + (before + 1) + " décisions (mis à jour il y a 2 min)"));
    }
    assertEquals(people + 1, count("SELECT COUNT(*) FROM codings WHERE origin = 'human' OR status <> 'suggested'"),
        "the person's decision added, no decision touched by the retraining");
    assertEquals(1, count("SELECT COUNT(*) FROM events WHERE kind = 'reapprentissage'"
        + " AND detail LIKE '%\"codebook\":\"partenariat\"%'"), "the next suggestions scored again, once");
    assertTrue(Files.list(study.workDir().resolve("models/partenariat")).noneMatch(p -> p.toString().endsWith(".tmp")),
        "no temporary file left");
  }

  @Test
  void aFailedTrainingKeepsThePreviousModelAndSaysWhy() throws Exception {
    new ModelTraining(MODELS).train(study, partenariat);
    Path model = study.workDir().resolve("models/partenariat/type.bin");
    byte[] before = Files.readAllBytes(model);
    ModelTraining.Learned learned = ModelTraining.learned(study, "partenariat").orElseThrow();
    try (LearningService learning = new LearningService(study, Duration.ZERO, (s, book) -> {
      throw new StudyException("Impossible d'écrire les modèles : disque plein");
    }, MODELS)) {
      learning.decided(partenariat);
      learning.awaitIdle(Duration.ofSeconds(30));
      assertEquals("Impossible d'écrire les modèles : disque plein", learning.state("partenariat").problem());
    }
    assertArrayEquals(before, Files.readAllBytes(model), "the previous model stays");
    assertEquals(learned, ModelTraining.learned(study, "partenariat").orElseThrow());
  }

  @Test
  void decisionsInARowGiveOneTrainingAndTwoNeverRunAtOnce() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicInteger trainings = new AtomicInteger();
    Codebook esatis = Pipeline.codebook(study, "esatis");
    try (LearningService learning = new LearningService(study, Duration.ofMillis(150), (s, book) -> {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      trainings.incrementAndGet();
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      running.decrementAndGet();
      throw new StudyException("pas assez de décisions"); // nothing to score again here
    }, MODELS)) {
      for (int i = 0; i < 5; i++) {
        learning.decided(partenariat);
        learning.decided(esatis);
        Thread.sleep(20);
      }
      assertTrue(learning.state("partenariat").busy(), "a retraining on its way is said");
      learning.awaitIdle(Duration.ofSeconds(30));
    }
    assertEquals(2, trainings.get(), "one training per codebook for five decisions in a row");
    assertEquals(1, most.get(), "never two trainings at once");
  }

  @Test
  void closeWaitsForTheTrainingUnderWay() throws Exception {
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
    LearningService learning = new LearningService(study, Duration.ZERO, (s, book) -> {
      started.countDown();
      long end = System.nanoTime() + 400_000_000L;
      while (System.nanoTime() < end) {
        Thread.onSpinWait(); // deaf to the interruption, as a write to the store or a model file is
      }
      ended.set(true);
      throw new StudyException("fin");
    }, MODELS);
    learning.decided(partenariat);
    assertTrue(started.await(30, java.util.concurrent.TimeUnit.SECONDS));
    learning.close();
    assertTrue(ended.get(), "the atelier's stop returns once the training has let go of the study's files");
  }

  private static int count(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + study.storeFile());
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
