package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastCoderTest {
  private static final Codebook ESATIS = new CodebookLibrary().load("esatis");

  @TempDir
  Path dir;

  private static Set<String> codes(List<Suggestion> suggestions) {
    return suggestions.stream().map(Suggestion::code).collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void rulesFireOnTheSearchAnalysisStemsWithoutTagging() {
    FastCoder rules = FastCoder.of(ESATIS, null);
    // « Repas » and « REPAS », accented or not: the stems the search index makes, not lemmas.
    List<Suggestion> found = rules.suggest("LES REPAS ETAIENT FROIDS et la chambre sale");
    assertTrue(codes(found).containsAll(Set.of("esatis/repas", "esatis/chambre")), found.toString());
    assertTrue(found.stream().allMatch(s -> "rule".equals(s.origin())), found.toString());
    assertTrue(rules.suggest("Rien à signaler").isEmpty());
    // The text is read untagged: no sentence, no token, so no lemma nor part of speech to match.
    assertTrue(FastCoder.untagged("Les repas").sentences().isEmpty());
  }

  @Test
  void theShippedFastModelIsLoadedAndNamedInTheEvidence() {
    LearnedCoder model = LearnedModels.fast().load(ESATIS, null).orElseThrow();
    assertTrue(model.readsStemsOnly());
    assertEquals(List.of("esatis"), model.dimensions());
    FastCoder coder = FastCoder.of(ESATIS, model);
    List<Suggestion> found = coder.suggest("Accueil très sympa à l'entrée, repas froids");
    assertTrue(found.stream().anyMatch(s -> s.code().equals("esatis/accueil") && s.origin().equals("rule+model")),
        found.toString());
    // What the model alone proposes says it is the fast model; a rule hit keeps its rule.
    List<Suggestion> modelOnly = coder.suggest("L'agent de sécurité à l'entrée des urgences nous a bien orientés")
        .stream().filter(s -> s.origin().equals("model")).toList();
    assertFalse(modelOnly.isEmpty());
    assertTrue(modelOnly.stream().allMatch(s -> s.evidence().equals(FastCoder.EVIDENCE)), modelOnly.toString());
  }

  @Test
  void aFullModelIsRefusedWithAFrenchMessage() {
    LearnedCoder full = new LearnedModels().load(ESATIS, null).orElseThrow();
    CodebookException e = assertThrows(CodebookException.class, () -> FastCoder.of(ESATIS, full));
    assertTrue(e.getMessage().contains("parole train --rapide"), e.getMessage());
  }

  @Test
  void aDamagedOrMissingFastModelFileIsAFrenchMessage() throws Exception {
    Files.writeString(dir.resolve("esatis.rapide.bin"), "pas un modèle");
    CodebookException damaged = assertThrows(CodebookException.class,
        () -> LearnedModels.fast().loadFrom(ESATIS, dir));
    assertTrue(damaged.getMessage().contains("illisible"), damaged.getMessage());
    CodebookException missing = assertThrows(CodebookException.class,
        () -> TextClassifier.forCodebook(ESATIS, dir.resolve("vide"), CodingPath.FAST));
    assertTrue(missing.getMessage().contains("introuvable"), missing.getMessage());
    Files.createDirectories(dir.resolve("vide"));
    CodebookException none = assertThrows(CodebookException.class,
        () -> TextClassifier.forCodebook(ESATIS, dir.resolve("vide"), CodingPath.FAST));
    assertTrue(none.getMessage().contains("aucun modèle rapide") && none.getMessage().contains("parole train --rapide"),
        none.getMessage());
  }

  @Test
  void aTrainedFastModelIsSavedBesideTheFullOnesAndReadBackTheSame() {
    List<GoldLabels.Labelled> rows = ShippedTraining.rows(ESATIS);
    List<LearnedCoder.Example> examples = rows.subList(0, 200).stream()
        .map(r -> new LearnedCoder.Example(FastCoder.untagged(r.row().text()), r.codes())).toList();
    LearnedCoder trained = FastCoder.train(ESATIS, examples);
    assertTrue(trained.readsStemsOnly());
    LearnedModels.fast().save(trained, dir);
    assertTrue(Files.isRegularFile(dir.resolve("esatis.rapide.bin")));
    assertFalse(Files.exists(dir.resolve("esatis.bin")), "the full model's file is not the fast one's");
    assertTrue(new LearnedModels().loadFrom(ESATIS, dir).isEmpty(), "a full load does not read a fast model");
    LearnedCoder loaded = LearnedModels.fast().loadFrom(ESATIS, dir).orElseThrow();
    String text = "attente interminable aux urgences, personnel débordé";
    Map<String, Map<String, Double>> before = trained.probabilities(FastCoder.untagged(text));
    assertEquals(before, loaded.probabilities(FastCoder.untagged(text)));
    assertEquals(FastCoder.of(ESATIS, trained).suggest(text), FastCoder.of(ESATIS, loaded).suggest(text));
  }
}
