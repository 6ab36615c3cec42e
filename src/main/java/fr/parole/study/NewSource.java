package fr.parole.study;

import java.util.Objects;

/** A source about to be stored: its path in the study, format, content hash and plain text. */
public record NewSource(String path, String format, String contentHash, String encoding, String content) {
  public NewSource {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(contentHash, "contentHash");
  }
}
