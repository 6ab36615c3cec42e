package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookException;
import fr.parole.coding.CodingPath;
import fr.parole.coding.LearnedCoder;
import fr.parole.nlp.FrenchModels;
import fr.parole.study.Study;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One training object trains each coding path from the same decisions: each path reads the texts
 * its own way (the fast one untagged, the full one tagged, neither reusing the other's reading),
 * writes its own model files, and only the full models, the atelier's, get the note of what they
 * learned from.
 */
class ModelTrainingPathsTest {
  private static final Supplier<FrenchModels> MODELS = FrenchModels.onFirstUse();
  @TempDir
  Path dir;

  @Test
  void eachPathTrainsOnItsOwnReadingIntoItsOwnFiles() throws Exception {
    Study study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    Pipeline pipeline = new Pipeline(Progress.SILENT);
    pipeline.importStudy(study);
    List<Long> turns = TestStudies.segments(study.folder()).stream().filter(s -> s.kind().name().equals("TURN"))
        .map(s -> s.id()).toList();
    for (int i = 0; i < 8; i++) {
      pipeline.codeByHand(study, "partenariat", turns.get(i), i < 4 ? "type/levier" : "type/obstacle", "alice",
          null, null);
    }
    Codebook partenariat = Pipeline.codebook(study, "partenariat");
    Path folder = study.workDir().resolve("models").resolve("partenariat");
    ModelTraining training = new ModelTraining(MODELS);

    LearnedCoder fast = training.train(study, partenariat, CodingPath.FAST).coder();
    assertDoesNotThrow(() -> CodingPath.FAST.coder(partenariat, fast), "the fast model reads stems alone");
    assertTrue(Files.isRegularFile(folder.resolve("type.rapide.bin")));
    assertFalse(Files.exists(folder.resolve("type.bin")), "a fast training writes no full model");
    assertTrue(ModelTraining.learned(study, "partenariat").isEmpty(), "nor the note of the full models");

    LearnedCoder full = training.train(study, partenariat, CodingPath.FULL).coder();
    assertThrows(CodebookException.class, () -> CodingPath.FAST.coder(partenariat, full),
        "the full model reads the tagging");
    assertEquals(8, ModelTraining.learned(study, "partenariat").orElseThrow().decisions());
    // The same training object, after the fast path's reading: the full model is the one a fresh object trains.
    byte[] afterFast = Files.readAllBytes(folder.resolve("type.bin"));
    new ModelTraining(MODELS).train(study, partenariat);
    assertArrayEquals(Files.readAllBytes(folder.resolve("type.bin")), afterFast);
  }
}
