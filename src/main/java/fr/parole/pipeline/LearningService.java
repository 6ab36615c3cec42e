package fr.parole.pipeline;

import fr.parole.coding.Codebook;
import fr.parole.coding.CodingService;
import fr.parole.coding.CombinedCoder;
import fr.parole.coding.Explainer;
import fr.parole.coding.Explanation;
import fr.parole.coding.LearnedCoder;
import fr.parole.coding.LearnedModels;
import fr.parole.coding.Suggestion;
import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.FrenchTagger;
import fr.parole.study.LearningQueries;
import fr.parole.study.NewCoding;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.SuggestionWindow;
import fr.parole.study.StudyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The coder that learns while people code, for one study: after each decision (accepted, rejected
 * or manual coding) the study's models of that codebook are trained again from every person's
 * decision, in the background, then the next pending suggestions of the review queue are scored
 * again with them. Decisions made close together give one training (each decision pushes it back
 * by {@code delay}); one thread per study, so two trainings never run at once; the request that
 * made the decision never waits. A training that fails (too few decisions, a disk full) leaves the
 * previous models, and the reason is kept for the page to say.
 */
public final class LearningService implements AutoCloseable {
  /** How many pending suggestions a retraining scores again: the next ones a reviewer will see. */
  public static final int RESCORED = 400;

  /** What the page says of a codebook's model. */
  public record State(Optional<ModelTraining.Learned> learned, boolean busy, String problem) {}

  private final Study study;
  private final Duration delay;
  private final BiFunction<Study, Codebook, ModelTraining.Trained> trainer;
  private final Supplier<FrenchModels> models;
  private final ScheduledExecutorService thread;
  private final Map<String, ScheduledFuture<?>> planned = new ConcurrentHashMap<>();
  private final Map<String, Boolean> running = new ConcurrentHashMap<>();
  private final Map<String, String> problems = new ConcurrentHashMap<>();
  private final Map<String, Loaded> explainers = new ConcurrentHashMap<>();

  /** The explainer of a codebook's model, with the stamp of the model it was loaded from. */
  private record Loaded(long stamp, Explainer explainer) {}

  /** Retrains {@code delay} after the last decision, with the study's own training. */
  public LearningService(Study study, Duration delay) {
    this(study, delay, null, FrenchModels.onFirstUse());
  }

  /** {@code trainer}: null for {@link ModelTraining}; tests give one that fails or waits. */
  LearningService(Study study, Duration delay, BiFunction<Study, Codebook, ModelTraining.Trained> trainer,
      Supplier<FrenchModels> models) {
    this.study = study;
    this.delay = delay;
    this.models = models;
    // One training for the atelier's life: it keeps the tagging of the texts it learned from.
    this.trainer = trainer != null ? trainer : new ModelTraining(models)::train;
    this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "parole-apprentissage");
      t.setDaemon(true); // a retraining cut short by the atelier's stop leaves the previous model
      return t;
    });
  }

  /** A person decided on a coding of {@code codebook}: a retraining is planned (or pushed back). */
  public void decided(Codebook codebook) {
    planned.compute(codebook.id(), (id, before) -> {
      if (before != null) {
        before.cancel(false); // not started yet: one training for the decisions made close together
      }
      return thread.schedule(() -> retrain(codebook), delay.toMillis(), TimeUnit.MILLISECONDS);
    });
  }

  /** What the page says: what the model learned from, whether a retraining is on its way, why the last failed. */
  public State state(String codebook) {
    ScheduledFuture<?> next = planned.get(codebook);
    boolean busy = running.getOrDefault(codebook, false) || next != null && !next.isDone();
    return new State(ModelTraining.learned(study, codebook), busy, problems.get(codebook));
  }

  private void retrain(Codebook codebook) {
    running.put(codebook.id(), true);
    try {
      ModelTraining.Trained trained = trainer.apply(study, codebook);
      problems.remove(codebook.id());
      rescore(codebook, trained.coder());
    } catch (RuntimeException e) {
      // Kept for the page; the previous model stays in place (files are replaced only when written whole).
      problems.put(codebook.id(), e.getMessage() == null ? e.toString() : e.getMessage());
    } finally {
      running.put(codebook.id(), false);
    }
  }

  /**
   * Scores the next {@link #RESCORED} pending suggestions of the codebook again with {@code coder}, in
   * one transaction that replaces only the machine's suggestions nobody decided (a suggestion the new
   * model still makes keeps its id: the one a reviewer has on screen stays decidable). The codes'
   * thresholds stay those of the last coding run, which the other suggestions were scored with.
   */
  void rescore(Codebook codebook, LearnedCoder coder) {
    try (StudyStore store = study.openStore()) {
      List<LearningQueries.WindowSegment> window = store.learningQueries().windowSegments(codebook.id(), RESCORED);
      if (window.isEmpty()) {
        return;
      }
      FrenchTagger tagger = models.get().newTagger();
      CombinedCoder combined = CombinedCoder.of(codebook, coder);
      List<NewCoding> suggestions = new ArrayList<>();
      List<Long> segments = new ArrayList<>();
      for (LearningQueries.WindowSegment segment : window) {
        segments.add(segment.id());
        for (Suggestion s : combined.suggest(tagger.tag(segment.text()))) {
          suggestions.add(new NewCoding(segment.id(), codebook.id(), s.code(), CodingService.MACHINE, s.origin(),
              s.confidence(), "suggested", s.evidence(), null, null));
        }
      }
      try (StoreTransaction tx = store.begin()) {
        SuggestionWindow.Rescored done = tx.suggestionWindow().replace(codebook.id(), segments, suggestions);
        tx.logEvent("reapprentissage", "{\"codebook\":\"" + codebook.id().replace("\"", "") + "\",\"segments\":"
            + segments.size() + ",\"updated\":" + done.updated() + ",\"added\":" + done.added() + ",\"removed\":"
            + done.removed() + "}");
        tx.commit();
      }
    }
  }

  /**
   * Why {@code code} is suggested for {@code shownText} (the text as the reader sees it,
   * pseudonymised): the rules that fire and the words that weighed most in the study's model (its
   * own, else the one shipped with the codebook).
   */
  public Explanation explain(Codebook codebook, String shownText, String code) {
    FrenchTagger tagger = models.get().newTagger();
    return explainer(codebook).explain(tagger.tag(shownText == null ? "" : shownText), code);
  }

  private Explainer explainer(Codebook codebook) {
    Path facts = ModelTraining.folder(study, codebook.id()).resolve(ModelTraining.FACTS);
    long stamp;
    try {
      stamp = Files.isRegularFile(facts) ? Files.getLastModifiedTime(facts).toMillis() : -1;
    } catch (java.io.IOException e) {
      stamp = -1;
    }
    Loaded known = explainers.get(codebook.id());
    if (known != null && known.stamp() == stamp) {
      return known.explainer();
    }
    Optional<LearnedCoder> model = new LearnedModels().load(codebook, study.workDir().resolve("models"));
    Explainer explainer = new Explainer(codebook, model.orElse(null));
    explainers.put(codebook.id(), new Loaded(stamp, explainer));
    return explainer;
  }

  /** Waits until every planned retraining is done (tests; an orderly stop). */
  public void awaitIdle(Duration most) throws InterruptedException {
    long end = System.nanoTime() + most.toNanos();
    while (planned.values().stream().anyMatch(f -> !f.isDone()) || running.containsValue(true)) {
      if (System.nanoTime() > end) {
        throw new IllegalStateException("retraining still running after " + most);
      }
      Thread.sleep(10);
    }
  }

  /**
   * Stops planned retrainings and waits (a minute at most) for the one running to end: it may be
   * writing the study's model files or store, which must be left alone once the atelier has stopped.
   */
  @Override
  public void close() {
    thread.shutdownNow();
    try {
      thread.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
