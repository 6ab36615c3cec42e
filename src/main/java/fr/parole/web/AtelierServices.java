package fr.parole.web;

import fr.parole.pipeline.Pipeline;
import fr.parole.study.Study;
import java.time.Clock;

/**
 * What the pages of one running atelier share: the study, the pipeline that reads and writes it
 * (the web layer never speaks SQL), the templates and the clock (stamped on every decision).
 */
public record AtelierServices(Study study, Pipeline pipeline, Views views, Clock clock) {}
