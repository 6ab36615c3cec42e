package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextClassifierTest {
  @Test
  void givesEachRowTheSuggestionsOfTheCombinedCoderInTheRowsOrder() {
    Codebook book = new CodebookLibrary().load("partenariat");
    List<TextTable.Row> rows = TextTable.read(Path.of("corpora/demo/reference/gold-partenariat.tsv")).rows();
    LearnedCoder model = new LearnedModels().load(book, null).orElseThrow();
    CombinedCoder coder = CombinedCoder.of(book, model);
    List<String> ids = new ArrayList<>();
    List<List<Suggestion>> found = new ArrayList<>();
    TextClassifier classifier = new TextClassifier(Tagged.MODELS, coder, CodeThresholds.of(book, Optional.of(model)),
        java.util.Set.of("niveau"));
    classifier.classify(rows, (row, suggestions) -> {
      ids.add(row.id());
      found.add(suggestions);
    });
    assertEquals(rows.stream().map(TextTable.Row::id).toList(), ids);
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(coder.suggest(Tagged.text(rows.get(i).text())), found.get(i), rows.get(i).id());
    }
    assertTrue(found.stream().allMatch(s -> s.stream().anyMatch(x -> x.code().startsWith("niveau/"))),
        "the shipped model of the exclusive niveau gives every text its best level");
    assertEquals("calibrated", classifier.threshold("type/levier").origin());
    assertEquals(model.thresholds().get("type/levier").value(), classifier.threshold("type/levier").value());
    assertEquals(new fr.parole.study.CodeThreshold("acteur/patient", 0.5, "default", null),
        classifier.threshold("acteur/patient"), "a code the model tells no better than by giving it to all: the default");
    for (List<Suggestion> suggestions : found) {
      java.util.Set<Suggestion> counted = classifier.counted(suggestions);
      assertTrue(counted.stream().filter(s -> s.code().startsWith("niveau/")).count() <= 1,
          "the exclusive niveau counts one level at most: " + suggestions);
      assertTrue(counted.stream().allMatch(s -> s.confidence() >= classifier.threshold(s.code()).value()));
    }
    Suggestion macro = new Suggestion("niveau/institutionnel", 0.41, "model", "");
    Suggestion meso = new Suggestion("niveau/intermediaire", 0.38, "model", "");
    Suggestion lever = new Suggestion("type/levier", 0.9, "model", "");
    Suggestion practice = new Suggestion("type/pratique", 0.8, "model", "");
    assertEquals(java.util.Set.of(macro, lever, practice),
        classifier.counted(List.of(macro, meso, lever, practice)), "both types, the surer level only");
  }
}
