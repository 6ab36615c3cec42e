package fr.parole;

import fr.parole.study.SegmentRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Small studies for tests: the shipped demo corpus copied aside, or one written on the spot. */
public final class TestStudies {
  public static final Path DEMO = Path.of("corpora", "demo");
  /** The HAS e-Satis results the demo imports from beside it ({@code ../esatis/}). */
  public static final Path ESATIS = Path.of("corpora", "esatis");

  private TestStudies() {}

  /**
   * A copy of corpora/demo without its derived .parole/ folder, so tests never touch the
   * repository's; corpora/esatis, which the demo lists, is copied beside it.
   */
  public static Path copyOfDemo(Path target) {
    // The parole-solr module's tests run from solr/, one level below the corpora.
    Path root = Files.isDirectory(DEMO) ? Path.of("") : Path.of("..");
    if (!Files.isDirectory(target.resolveSibling("esatis"))) {
      copy(root.resolve(ESATIS), target.resolveSibling("esatis"));
    }
    return copy(root.resolve(DEMO), target);
  }

  private static Path copy(Path from, Path target) {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path relative = from.relativize(source);
        if (relative.startsWith(".parole")) {
          continue;
        }
        Path destination = target.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(destination);
        } else {
          Files.copy(source, destination);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A study with the given study.yaml and files (name → UTF-8 content). */
  public static Path write(Path folder, String yaml, String... namesAndContents) {
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("study.yaml"), yaml, StandardCharsets.UTF_8);
      for (int i = 0; i < namesAndContents.length; i += 2) {
        Path file = folder.resolve(namesAndContents[i]);
        Files.createDirectories(file.getParent());
        Files.writeString(file, namesAndContents[i + 1], StandardCharsets.UTF_8);
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every segment in the study's store, in id order. */
  public static List<SegmentRecord> segments(Path study) {
    try (StudyStore store = Study.open(study).openStore()) {
      List<SegmentRecord> segments = new ArrayList<>();
      store.segmentQueries().forEachSegment(0, segments::add);
      return segments;
    }
  }
}
