package fr.parole.importer;

import fr.parole.study.StudyConfig.SourceSpec;
import java.nio.file.Path;

/**
 * A file to import and the entry of study.yaml's {@code sources:} that lists it; {@code refusal}
 * says why it must not be read (a symbolic link leading out of the study), null when it may be.
 */
public record CollectedFile(Path path, SourceSpec spec, String refusal) {
  public CollectedFile(Path path, SourceSpec spec) {
    this(path, spec, null);
  }

  /** The source type, {@code transcript} when study.yaml does not say. */
  public String type() {
    return spec.type() == null ? SourceCollector.TRANSCRIPT : spec.type();
  }
}
