package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.nlp.FrenchModels;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodingFingerprintTest {
  private static final Codebook BOOK = new CodebookReader().parse("essai.yaml", CodingServiceTest.BOOK);

  private static CodingFingerprint of(int version, String tagger, LearnedModels.ModelBytes models) {
    return CodingFingerprint.of(version, tagger, BOOK, models, Set.of("establishment"), "");
  }

  @Test
  void anUpgradedCodingOrOtherTaggerModelsCodeAgain() {
    LearnedModels.ModelBytes full = new LearnedModels().read(BOOK, null);
    CodingFingerprint fingerprint = of(1, "étiqueteur", full);
    assertNotEquals(fingerprint, of(2, "étiqueteur", full), "a Parole whose coding changed");
    assertNotEquals(fingerprint, of(1, "autre étiqueteur", full), "other tagger models");
    assertEquals(of(CodingFingerprint.CODING_VERSION, FrenchModels.identity(), full),
        CodingFingerprint.of(BOOK, full, Set.of("establishment"), ""), "this Parole's coding and tagger");
    LearnedModels.ModelBytes fast = LearnedModels.fast().read(BOOK, null);
    assertEquals(of(CodingFingerprint.CODING_VERSION, "", fast),
        CodingFingerprint.of(BOOK, fast, Set.of("establishment"), ""), "the fast path tags nothing");
  }

  @Test
  void aModelReplacedAfterItWasReadDoesNotChangeTheFingerprintOfWhatCodes(@TempDir Path models) throws Exception {
    Codebook partenariat = new CodebookLibrary().load("partenariat");
    Path own = Files.createDirectories(models.resolve("partenariat"));
    Files.write(own.resolve("type.bin"), shipped("type.bin"));
    LearnedModels.ModelBytes read = new LearnedModels().read(partenariat, models);
    assertTrue(read.coder().isPresent());
    CodingFingerprint coded = CodingFingerprint.of(partenariat, read, Set.of(), "");
    Files.write(own.resolve("type.bin"), shipped("niveau.bin")); // a parole train meanwhile
    assertEquals(coded, CodingFingerprint.of(partenariat, read, Set.of(), ""),
        "the sources are marked with the fingerprint of the model that coded them");
    LearnedModels.ModelBytes next = new LearnedModels().read(partenariat, models);
    assertNotEquals(coded, CodingFingerprint.of(partenariat, next, Set.of(), ""),
        "and the next run, seeing the new model, codes them again");
  }

  private static byte[] shipped(String file) throws Exception {
    try (InputStream in = CodingFingerprintTest.class.getResourceAsStream("/models/learned/partenariat/" + file)) {
      return in.readAllBytes();
    }
  }
}
