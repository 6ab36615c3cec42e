package fr.parole.importer;

import fr.parole.study.StudyConfig.SourceSpec;
import java.nio.file.Path;

/** A file to import and the entry of study.yaml's {@code sources:} that lists it. */
public record CollectedFile(Path path, SourceSpec spec) {
  /** The source type, {@code transcript} when study.yaml does not say. */
  public String type() {
    return spec.type() == null ? SourceCollector.TRANSCRIPT : spec.type();
  }
}
