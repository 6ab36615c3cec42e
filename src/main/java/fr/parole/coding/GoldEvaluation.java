package fr.parole.coding;

import fr.parole.coding.agreement.DimensionEvaluation;
import fr.parole.coding.agreement.Evaluation;
import fr.parole.coding.agreement.EvaluationItem;
import fr.parole.coding.agreement.EvaluationReport;
import fr.parole.coding.agreement.MultiLabelEvaluation;
import fr.parole.coding.agreement.MultiLabelItem;
import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.FrenchTagger;
import fr.parole.nlp.TaggedText;
import fr.parole.study.CodeThreshold;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a coder against a gold file ({@link GoldLabels}). What is compared is what would be
 * counted: the suggestions at or above their code's threshold, and in an exclusive dimension only
 * the most confident of those. Predicted codes are taken up to the level of the gold labels (a
 * suggested sub-code such as {@code type/formation} counts as its parent {@code levier} when the gold
 * only uses top codes). A non-exclusive dimension is scored as multi-label
 * ({@link MultiLabelEvaluation}), an exclusive one by accuracy and kappa ({@link Evaluation}).
 */
public final class GoldEvaluation {
  private final java.util.function.Function<String, TaggedText> tagger;
  /** Each gold text is tagged once, however many coders and folds read it. */
  private final Map<String, TaggedText> tagged = new HashMap<>();

  public GoldEvaluation(FrenchTagger tagger) {
    this(tagger::tag);
  }

  /** Reads each text as {@code path} does (the full path loads the French models). */
  public GoldEvaluation(CodingPath path) {
    this(path.readers(FrenchModels::load).get());
  }

  /** Reads each text as {@code tagging} makes it ({@link FastCoder#untagged} for the fast path). */
  public GoldEvaluation(java.util.function.Function<String, TaggedText> tagging) {
    this.tagger = tagging;
  }

  /** Scores {@code coder} on every gold text; {@code thresholds} by code, {@link CodeThreshold#DEFAULT} otherwise. */
  public EvaluationReport evaluate(GoldLabels gold, Coder coder, Map<String, Double> thresholds) {
    return report(gold, predict(gold, gold.rows(), coder, thresholds));
  }

  /** Per row id and evaluated dimension, the codes the coder would count, at the gold's level. */
  Map<String, Map<String, Set<String>>> predict(GoldLabels gold, List<GoldLabels.Labelled> rows, Coder coder,
      Map<String, Double> thresholds) {
    Map<String, Map<String, Set<String>>> predictions = new LinkedHashMap<>();
    for (GoldLabels.Labelled row : rows) {
      List<Suggestion> suggestions = coder.suggest(tag(row.row().text()));
      Map<String, Set<String>> byDimension = new LinkedHashMap<>();
      for (Dimension dimension : gold.dimensions()) {
        Set<String> used = gold.used(dimension.id());
        Set<String> counted = new LinkedHashSet<>();
        Suggestion best = null;
        for (Suggestion s : suggestions) {
          if (s.code().startsWith(dimension.id() + "/")
              && s.confidence() >= thresholds.getOrDefault(s.code(), CodeThreshold.DEFAULT)) {
            counted.add(asGold(dimension, s.code(), used));
            best = best == null || s.confidence() > best.confidence() ? s : best;
          }
        }
        byDimension.put(dimension.id(), !dimension.exclusive() || best == null ? counted
            : Set.of(asGold(dimension, best.code(), used)));
      }
      predictions.put(row.row().id(), byDimension);
    }
    return predictions;
  }

  /** The report on the rows that have predictions. */
  EvaluationReport report(GoldLabels gold, Map<String, Map<String, Set<String>>> predictions) {
    List<DimensionEvaluation> exclusive = new ArrayList<>();
    List<MultiLabelEvaluation> multiLabel = new ArrayList<>();
    for (Dimension dimension : gold.dimensions()) {
      List<EvaluationItem> single = new ArrayList<>();
      List<MultiLabelItem> multiple = new ArrayList<>();
      for (GoldLabels.Labelled row : gold.rows()) {
        Map<String, Set<String>> predicted = predictions.get(row.row().id());
        if (predicted == null) {
          continue;
        }
        Set<String> expected = row.codes().get(dimension.id());
        Set<String> got = predicted.get(dimension.id());
        if (dimension.exclusive()) {
          single.add(new EvaluationItem(row.row().id(), dimension.id(), first(expected), first(got)));
        } else {
          multiple.add(new MultiLabelItem(row.row().id(), dimension.id(), expected, got));
        }
      }
      if (dimension.exclusive()) {
        Evaluation.evaluate(single).dimension(dimension.id()).ifPresent(exclusive::add);
      } else {
        multiLabel.add(MultiLabelEvaluation.evaluate(dimension.id(), multiple, labelSpace(dimension, gold)));
      }
    }
    return new EvaluationReport(exclusive, multiLabel);
  }

  private static String first(Set<String> codes) {
    return codes.isEmpty() ? null : codes.iterator().next();
  }

  /** How many codes a text could get at the gold's level. */
  private static int labelSpace(Dimension dimension, GoldLabels gold) {
    Set<String> used = gold.used(dimension.id());
    Set<String> space = new LinkedHashSet<>();
    dimension.codes().forEach(c -> space.add(asGold(dimension, c.path(), used)));
    return space.size();
  }

  /** {@code text} tagged, once however often it is asked for: gold texts and codebook texts alike. */
  public TaggedText tag(String text) {
    return tagged.computeIfAbsent(text, tagger);
  }

  /** The gold's texts with their codes, for training a learned coder. */
  public List<LearnedCoder.Example> examples(GoldLabels gold) {
    return examples(gold.rows());
  }

  List<LearnedCoder.Example> examples(List<GoldLabels.Labelled> rows) {
    List<LearnedCoder.Example> examples = new ArrayList<>();
    for (GoldLabels.Labelled row : rows) {
      examples.add(new LearnedCoder.Example(tag(row.row().text()), row.codes()));
    }
    return examples;
  }

  /** The closest ancestor-or-self of the predicted code that the gold uses, else its top-level ancestor. */
  static String asGold(Dimension dimension, String path, Set<String> goldLabels) {
    Code code = dimension.code(path.substring(path.indexOf('/') + 1)).orElseThrow();
    while (!goldLabels.contains(code.id()) && code.parent() != null) {
      code = dimension.code(code.parent()).orElseThrow();
    }
    return code.id();
  }
}
