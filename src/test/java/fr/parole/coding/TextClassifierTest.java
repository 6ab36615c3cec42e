package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextClassifierTest {
  @Test
  void givesEachRowTheSuggestionsOfTheCombinedCoderInTheRowsOrder() {
    Codebook book = new CodebookLibrary().load("partenariat");
    List<TextTable.Row> rows = TextTable.read(Path.of("corpora/demo/reference/gold-partenariat.tsv")).rows();
    CombinedCoder coder = new CombinedCoder(new RuleCoder(book), new LearnedModels().load(book, null).orElseThrow());
    List<String> ids = new ArrayList<>();
    List<List<Suggestion>> found = new ArrayList<>();
    new TextClassifier(Tagged.MODELS, coder).classify(rows, (row, suggestions) -> {
      ids.add(row.id());
      found.add(suggestions);
    });
    assertEquals(rows.stream().map(TextTable.Row::id).toList(), ids);
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(coder.suggest(Tagged.text(rows.get(i).text())), found.get(i), rows.get(i).id());
    }
    assertTrue(found.stream().allMatch(s -> s.stream().anyMatch(x -> x.origin().contains("model"))),
        "the shipped model speaks for every text");
  }
}
