package fr.parole.coding;

import fr.parole.coding.agreement.Evaluation;
import fr.parole.coding.agreement.EvaluationItem;
import fr.parole.coding.agreement.EvaluationReport;
import fr.parole.coding.agreement.TopSuggestion;
import fr.parole.importer.ImportException;
import fr.parole.nlp.FrenchTagger;
import fr.parole.nlp.TaggedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a coder against a gold file: a table with {@code id}, {@code text} and one column per
 * codebook dimension holding the expected code id. The prediction per dimension is the coder's
 * top suggestion, taken up to the granularity of the gold labels (a suggested sub-code such as
 * {@code type/formation} counts as its parent {@code levier} when the gold only uses top codes).
 */
public final class GoldEvaluation {
  private final Codebook codebook;
  private final FrenchTagger tagger;
  /** Each gold text is tagged once, however many coders and folds read it. */
  private final Map<String, TaggedText> tagged = new HashMap<>();

  public GoldEvaluation(Codebook codebook, FrenchTagger tagger) {
    this.codebook = codebook;
    this.tagger = tagger;
  }

  public EvaluationReport evaluate(TextTable gold, Coder coder) {
    return Evaluation.evaluate(items(gold, gold.rows(), coder));
  }

  /** The dimensions of the codebook that the gold file has a column for; refused when there is none. */
  List<Dimension> dimensions(TextTable gold) {
    List<Dimension> dimensions = codebook.dimensions().stream().filter(d -> gold.header().contains(d.id())).toList();
    if (dimensions.isEmpty()) {
      throw ImportException.at(gold.file(), 1, "aucune colonne ne porte le nom d'une dimension du livre de codes « "
          + codebook.id() + " » (dimensions : " + String.join(", ", codebook.dimensions().stream().map(Dimension::id)
          .toList()) + ").");
    }
    return dimensions;
  }

  /** One item per row of {@code rows} and gold dimension: what the gold says, what the coder predicts. */
  List<EvaluationItem> items(TextTable gold, List<TextTable.Row> rows, Coder coder) {
    List<Dimension> dimensions = dimensions(gold);
    List<EvaluationItem> items = new ArrayList<>();
    for (TextTable.Row row : rows) {
      Map<String, Suggestion> top = TopSuggestion.perDimension(coder.suggest(tag(row.text())));
      for (Dimension dimension : dimensions) {
        String expected = row.columns().get(dimension.id()).strip();
        if (expected.isEmpty()) {
          continue;
        }
        if (dimension.code(expected).isEmpty()) {
          throw ImportException.at(gold.file(), row.line(), "« " + expected + " » n'est pas un code de la dimension « "
              + dimension.id() + " ».");
        }
        Suggestion suggestion = top.get(dimension.id());
        String predicted = suggestion == null ? null : asGold(dimension, suggestion.code(), labels(gold, dimension));
        items.add(new EvaluationItem(row.id(), dimension.id(), expected, predicted));
      }
    }
    return items;
  }

  /** {@code text} tagged, once however often it is asked for: gold texts and codebook texts alike. */
  public TaggedText tag(String text) {
    return tagged.computeIfAbsent(text, tagger::tag);
  }

  /** The gold's examples, for training a learned coder. */
  public List<LearnedCoder.Example> examples(TextTable gold) {
    return examples(gold, gold.rows());
  }

  List<LearnedCoder.Example> examples(TextTable gold, List<TextTable.Row> rows) {
    List<Dimension> dimensions = dimensions(gold);
    List<LearnedCoder.Example> examples = new ArrayList<>();
    for (TextTable.Row row : rows) {
      Map<String, String> codes = new HashMap<>();
      dimensions.forEach(d -> codes.put(d.id(), row.columns().get(d.id()).strip()));
      examples.add(new LearnedCoder.Example(tag(row.text()), codes));
    }
    return examples;
  }

  private static Set<String> labels(TextTable gold, Dimension dimension) {
    Set<String> labels = new HashSet<>();
    gold.rows().forEach(r -> labels.add(r.columns().get(dimension.id()).strip()));
    return labels;
  }

  /** The closest ancestor-or-self of the predicted code that the gold uses, else its top-level ancestor. */
  private static String asGold(Dimension dimension, String path, Set<String> goldLabels) {
    Code code = dimension.code(path.substring(path.indexOf('/') + 1)).orElseThrow();
    while (!goldLabels.contains(code.id()) && code.parent() != null) {
      code = dimension.code(code.parent()).orElseThrow();
    }
    return code.id();
  }
}
