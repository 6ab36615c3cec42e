package fr.parole.web;

import fr.parole.pipeline.LearningService;
import fr.parole.pipeline.Pipeline;
import fr.parole.pipeline.StudyExplorer;
import fr.parole.study.Study;
import java.time.Clock;

/**
 * What the pages of one running atelier share: the study, the pipeline that reads and writes it
 * (the web layer never speaks SQL), the templates, the clock (stamped on every decision) and what
 * a person may see of participants' words ({@link ShownText}: pseudonymised but for a researcher),
 * and the study's counts, shared by the pages and following the store's changes ({@link StudyExplorer}),
 * and the coder that learns from the people's decisions ({@link LearningService}: one background
 * retraining at a time for the study, a few seconds after the last decision).
 */
public record AtelierServices(Study study, Pipeline pipeline, Views views, Clock clock, ShownText shown,
    StudyExplorer explorer, LearningService learning) {
  /** How long after the last decision the model is trained again: decisions in a row give one training. */
  static final java.time.Duration RETRAIN_DELAY = java.time.Duration.ofSeconds(2);

  public AtelierServices(Study study, Pipeline pipeline, Views views, Clock clock) {
    this(pipeline, views, clock, new StudyExplorer(study));
  }

  /** The atelier writes through the explorer's observed study, so that its counts follow each write. */
  private AtelierServices(Pipeline pipeline, Views views, Clock clock, StudyExplorer explorer) {
    this(explorer.observed(), pipeline, views, clock, new ShownText(explorer.observed()), explorer,
        new LearningService(explorer.observed(), RETRAIN_DELAY));
  }
}
