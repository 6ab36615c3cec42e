package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.study.CodeThreshold;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearnedCoderTest {
  private final Codebook book = new CodebookReader().parse("essai.yaml", CodebookReaderTest.SMALL);

  static LearnedCoder.Example example(String text, String dimension, String... codes) {
    return new LearnedCoder.Example(Tagged.text(text), Map.of(dimension, Set.of(codes)));
  }

  /** Levers speak of training, obstacles of time; some texts speak of both, two of neither. */
  static List<LearnedCoder.Example> examples() {
    List<LearnedCoder.Example> examples = new ArrayList<>();
    for (String text : List.of("la formation commune aide beaucoup", "une formation des équipes a été utile",
        "le comité de pilotage soutient le projet", "la formation des cadres est un atout",
        "les formations communes ont tout changé", "une vraie formation pour tous")) {
      examples.add(example(text, "type", "levier"));
    }
    for (String text : List.of("les soignants manquent de temps", "le temps manque toujours aux équipes",
        "pas le temps de recevoir les patients", "faute de temps rien ne se fait",
        "on court après le temps", "trop peu de temps pour parler")) {
      examples.add(example(text, "type", "obstacle"));
    }
    for (String text : List.of("la formation aide mais le temps manque", "formation utile, temps trop court")) {
      examples.add(example(text, "type", "levier", "obstacle"));
    }
    examples.add(example("le repas était bon", "type"));
    examples.add(example("il pleuvait ce jour-là", "type"));
    return examples;
  }

  @Test
  void aNonExclusiveDimensionGivesEachCodeItsOwnProbability() {
    LearnedCoder coder = LearnedCoder.train(book, examples(), Tagged::text);
    assertEquals(List.of("type"), coder.dimensions(), "niveau has no examples: no model");
    assertFalse(coder.exclusive("type"));
    Map<String, Double> lever = coder.probabilities(Tagged.text("Une formation pour tous les soignants")).get("type");
    assertTrue(lever.get("levier") > 0.5 && lever.get("obstacle") < 0.5, lever.toString());
    Map<String, Double> both = coder.probabilities(Tagged.text("La formation aide, le temps manque")).get("type");
    assertTrue(both.get("levier") > 0.3 && both.get("obstacle") > 0.3, "both codes may apply: " + both);
    Map<String, Double> none = coder.probabilities(Tagged.text("Le repas était froid")).get("type");
    assertTrue(none.values().stream().allMatch(p -> p < 0.5), "neither applies: " + none);
    assertTrue(lever.values().stream().allMatch(p -> p > 0 && p < 1), lever.toString());
  }

  @Test
  void anExclusiveDimensionChoosesOneCode() {
    Codebook exclusive = new CodebookReader().parse("exclusif.yaml", CodebookReaderTest.SMALL
        .replace("  - id: type\n", "  - id: type\n    exclusive: true\n"));
    List<LearnedCoder.Example> single = examples().stream().filter(e -> e.codes().get("type").size() == 1).toList();
    LearnedCoder coder = LearnedCoder.train(exclusive, single, Tagged::text);
    assertTrue(coder.exclusive("type"));
    Map<String, Double> type = coder.probabilities(Tagged.text("Une formation pour tous")).get("type");
    assertEquals("levier", type.keySet().iterator().next(), type.toString());
  }

  @Test
  void eachCodeWithEnoughTextsGetsACalibratedThresholdAndAFewTextsOneDoNot() {
    LearnedCoder coder = LearnedCoder.train(book, examples(), Tagged::text);
    Map<String, CodeThreshold> thresholds = coder.thresholds();
    CodeThreshold lever = thresholds.get("type/levier");
    assertEquals("calibrated", lever.origin());
    assertTrue(lever.value() >= ThresholdChoice.LOWEST && lever.value() <= ThresholdChoice.HIGHEST, lever.toString());
    assertTrue(lever.f1() > 0.5, "F1 on held-out texts: " + lever);
    assertEquals(lever.value(), thresholds.get("type/levier").value(), "a sub-code of nothing: its own");
    assertEquals(thresholds.get("type/obstacle").value(), thresholds.get("type/manque_de_temps").value(),
        "a sub-code has the threshold of the code it was learned as");
    List<LearnedCoder.Example> few = new ArrayList<>(examples().subList(0, 6));
    few.add(example("pas le temps", "type", "obstacle"));
    few.add(example("le temps manque", "type", "obstacle"));
    LearnedCoder scarce = LearnedCoder.train(book, few, Tagged::text);
    assertFalse(scarce.thresholds().containsKey("type/obstacle"), "2 texts: not calibrated");
    assertEquals(Map.of("levier", 6, "obstacle", 2), scarce.training().get(0).positives());
  }

  @Test
  void trainingSaysWhyADimensionHasNoModel() {
    LearnedCoder coder = LearnedCoder.train(book, examples(), Tagged::text);
    LearnedCoder.DimensionReport niveau = coder.training().get(1);
    assertEquals("niveau", niveau.dimension());
    assertFalse(niveau.trained());
    assertTrue(niveau.skipped().contains("aucun texte codé"), niveau.skipped());
    List<LearnedCoder.Example> same = List.of(example("une formation", "type", "levier"),
        example("la formation aide", "type", "levier"));
    LearnedCoder.DimensionReport type = LearnedCoder.train(book, same, Tagged::text).training().get(0);
    assertTrue(type.skipped().contains("mêmes codes"), type.skipped());
  }

  @Test
  void aSavedModelGivesTheSameProbabilitiesAndTheSameBytes() throws Exception {
    LearnedCoder coder = LearnedCoder.train(book, examples(), Tagged::text);
    byte[] saved = save(coder);
    LearnedCoder loaded = LearnedCoder.load(Map.of("type", new ByteArrayInputStream(saved)));
    String text = "La formation des soignants manque de temps";
    assertEquals(coder.probabilities(Tagged.text(text)), loaded.probabilities(Tagged.text(text)));
    assertEquals(coder.thresholds(), loaded.thresholds());
    assertArrayEquals(saved, save(LearnedCoder.train(book, examples(), Tagged::text)), "training is deterministic");
    assertArrayEquals(saved, save(loaded));
  }

  private static byte[] save(LearnedCoder coder) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    coder.save("type", bytes);
    return bytes.toByteArray();
  }

  @Test
  void modelsOfEarlierVersionsAreRefusedWithAFrenchMessage() {
    for (String old : List.of("/fr/parole/coding/stems-model.bin", "/fr/parole/coding/one-code-per-dimension-model.bin")) {
      InputStream in = LearnedCoderTest.class.getResourceAsStream(old);
      CodebookException e = assertThrows(CodebookException.class, () -> LearnedCoder.load(Map.of("type", in)), old);
      assertTrue(e.getMessage().contains("réentraînez") && e.getMessage().contains("parole train"), e.getMessage());
    }
    CodebookException garbage = assertThrows(CodebookException.class,
        () -> LearnedCoder.load(Map.of("type", new ByteArrayInputStream("pas un modèle".getBytes()))));
    assertTrue(garbage.getMessage().contains("illisible"), garbage.getMessage());
  }

  @Test
  void theCodebookExamplesTeachWordsNoCodedTextHas() {
    // "changé" appears only in the codebook's example of levier ("La formation commune a tout changé.").
    List<LearnedCoder.Example> coded = new ArrayList<>(examples());
    coded.removeIf(e -> e.text().text().contains("changé"));
    LearnedCoder.Recipe without = new LearnedCoder.Recipe("NAIVEBAYES", TextFeatures.standard(), false, false);
    String text = "Tout a changé";
    double withBook = LearnedCoder.train(book, coded, Tagged::text).probabilities(Tagged.text(text)).get("type")
        .get("levier");
    double withoutBook = LearnedCoder.train(book, coded, Tagged::text, without).probabilities(Tagged.text(text))
        .get("type").get("levier");
    assertTrue(withBook > withoutBook, withBook + " vs " + withoutBook);
  }

  @Test
  void codebookTextsTeachTheCodePeopleUseAndSkipUnusedBranches() {
    Dimension type = book.dimension("type").orElseThrow();
    List<CodebookTexts.Text> texts = new CodebookTexts(type, true, true).texts(List.of("levier"));
    assertEquals(List.of(new CodebookTexts.Text("levier", "Levier. Ce qui favorise le partenariat."),
        new CodebookTexts.Text("levier", "La formation commune a tout changé.")), texts);
    Codebook deep = new CodebookReader().parse("profond.yaml", """
        id: profond
        label: Profond
        dimensions:
          - id: type
            codes:
              - id: levier
              - id: obstacle
                children:
                  - id: manque_de_temps
                    examples: ["On court toute la journée."]
              - id: pratique
                examples: ["On fait des réunions."]
        """);
    List<CodebookTexts.Text> sub = new CodebookTexts(deep.dimension("type").orElseThrow(), true, false)
        .texts(List.of("levier", "obstacle"));
    assertEquals(List.of(new CodebookTexts.Text("obstacle", "On court toute la journée.")), sub,
        "a sub-code's example teaches its parent; pratique, unused, teaches nothing");
  }

  @Test
  void logisticRegressionIsTheOtherLearnerAndReadsTheSameWay() {
    LearnedCoder.Recipe regression = new LearnedCoder.Recipe("MAXENT_QN", TextFeatures.standard(), true, true);
    LearnedCoder coder = LearnedCoder.train(book, examples(), Tagged::text, regression);
    Map<String, Double> lever = coder.probabilities(Tagged.text("Une formation pour tous")).get("type");
    assertTrue(lever.get("levier") > lever.get("obstacle"), lever.toString());
  }
}
