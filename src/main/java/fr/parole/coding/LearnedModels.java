package fr.parole.coding;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where learned coders live: one file per dimension, {@code <dimension>.bin}, in a folder per
 * codebook. A study's own models ({@code .parole/models/<codebook>/}, trained on its people's
 * codings) come first; else the defaults shipped in {@code models/learned/<codebook>/} (trained on
 * the thesis's coded quotes). The fast path's models ({@link FastCoder}, trained on stems) live
 * beside them as {@code <dimension>.rapide.bin} ({@link #fast()}).
 */
public final class LearnedModels {
  /** Whose models: the path names their files, {@code <dimension>.bin} or {@code <dimension>.rapide.bin}. */
  private final CodingPath path;

  /** The full models (stems, lemmas and negation, read on the tagged text). */
  public LearnedModels() {
    this(CodingPath.FULL);
  }

  /** The models of {@code path} ({@link CodingPath#models()}). */
  LearnedModels(CodingPath path) {
    this.path = path;
  }

  /** The fast path's models, trained on stems ({@code <dimension>.rapide.bin}). */
  public static LearnedModels fast() {
    return CodingPath.FAST.models();
  }

  /**
   * Writes a coder's models into {@code folder}; the model a dimension had there before is removed
   * when this training could not learn it, so that an old model never outlives its retraining. Each
   * file is written beside its place then moved over it in one step: a reader (the atelier scoring
   * while a retraining runs) never sees half a model, and a crash leaves the previous one.
   */
  public void save(LearnedCoder coder, Path folder) {
    try {
      Files.createDirectories(folder);
      for (String dimension : coder.dimensions()) {
        Path temporary = Files.createTempFile(folder, dimension + ".", ".tmp");
        try {
          try (OutputStream out = Files.newOutputStream(temporary)) {
            coder.save(dimension, out);
          }
          replace(temporary, folder.resolve(dimension + path.suffix()));
        } finally {
          Files.deleteIfExists(temporary);
        }
      }
      for (LearnedCoder.DimensionReport skipped : coder.training()) {
        if (!skipped.trained()) {
          Files.deleteIfExists(folder.resolve(skipped.dimension() + path.suffix()));
        }
      }
    } catch (IOException e) {
      throw new CodebookException("Impossible d'écrire les modèles dans " + folder + " : " + e.getMessage(), e);
    }
  }

  /** Moves {@code temporary} over {@code target} in one step where the file system can. */
  public static void replace(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * The models in {@code folder} itself ({@code <dimension>.bin}, as {@code parole train --out} writes
   * them), without the shipped defaults; none when it has none.
   */
  public Optional<LearnedCoder> loadFrom(Codebook codebook, Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new CodebookException(folder + " : dossier de modèles introuvable.");
    }
    Map<String, InputStream> streams = new LinkedHashMap<>();
    try {
      for (Dimension dimension : codebook.dimensions()) {
        Path file = folder.resolve(dimension.id() + path.suffix());
        if (Files.isRegularFile(file)) {
          streams.put(dimension.id(), Files.newInputStream(file));
        }
      }
      return streams.isEmpty() ? Optional.empty() : Optional.of(LearnedCoder.load(streams));
    } catch (IOException e) {
      throw new CodebookException("Modèle appris illisible dans " + folder + " : " + e.getMessage(), e);
    } finally {
      close(streams);
    }
  }

  /**
   * A codebook's model files as read once, for its coder and for its {@link CodingFingerprint}
   * alike: read twice, a {@code parole train} replacing a file in between would mark sources with
   * the new model's fingerprint though the old one coded them, and they would never be coded again.
   */
  public record ModelBytes(String codebook, CodingPath path, Map<String, byte[]> byDimension) {
    /** The coder these files make; none when there are none. */
    public Optional<LearnedCoder> coder() {
      if (byDimension.isEmpty()) {
        return Optional.empty();
      }
      Map<String, InputStream> streams = new LinkedHashMap<>();
      byDimension.forEach((dimension, bytes) -> streams.put(dimension, new ByteArrayInputStream(bytes)));
      try {
        return Optional.of(LearnedCoder.load(streams));
      } catch (IOException e) {
        throw new CodebookException("Modèle appris illisible pour « " + codebook + " » : " + e.getMessage(), e);
      }
    }
  }

  /**
   * The model files {@link #load(Codebook, Path)} reads, each dimension's from {@code studyModels}
   * if the study has one, else the shipped default; a dimension with neither has none.
   */
  public ModelBytes read(Codebook codebook, Path studyModels) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    for (Dimension dimension : codebook.dimensions()) {
      try (InputStream in = open(codebook, dimension.id(), studyModels)) {
        if (in != null) {
          bytes.put(dimension.id(), in.readAllBytes());
        }
      } catch (IOException e) {
        throw new CodebookException("Modèle appris illisible pour « " + codebook.id() + " » : " + e.getMessage(), e);
      }
    }
    return new ModelBytes(codebook.id(), path, Collections.unmodifiableMap(bytes));
  }

  private InputStream open(Codebook codebook, String dimension, Path studyModels) throws IOException {
    Path own = studyModels == null ? null : studyModels.resolve(codebook.id()).resolve(dimension + path.suffix());
    return own != null && Files.isRegularFile(own) ? Files.newInputStream(own)
        : LearnedModels.class.getResourceAsStream("/models/learned/" + codebook.id() + "/" + dimension + path.suffix());
  }

  /** The study's models if it has some, else the shipped defaults, else none. */
  public Optional<LearnedCoder> load(Codebook codebook, Path studyModels) {
    return read(codebook, studyModels).coder();
  }

  private static void close(Map<String, InputStream> streams) {
    for (InputStream in : streams.values()) {
      try {
        in.close();
      } catch (IOException ignored) {
        // read already done or failed above; nothing more to report
      }
    }
  }
}
