package fr.parole.coding;

import fr.parole.index.FrenchTextAnalyzer;
import fr.parole.nlp.TaggedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Suggests one code per dimension with a probability, from OpenNLP document categorizers (maximum
 * entropy over the stemmed words and word pairs of the text) trained on human codings: one model
 * per dimension. The features are the search index's terms, so "patients" and "patient" count as
 * one word and negation words are kept.
 */
public final class LearnedCoder implements Coder {
  /** Maximum-entropy training; cutoff 1 because study corpora are small and every word counts. */
  static TrainingParameters parameters() {
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    parameters.put(TrainingParameters.ITERATIONS_PARAM, 150);
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
    return parameters;
  }

  /** A coded text: for each dimension, the code id a person gave it. */
  public record Example(String text, Map<String, String> codes) {
    public Example {
      codes = Map.copyOf(codes);
    }
  }

  private final Map<String, DoccatModel> models;
  private final Analyzer analyzer = new FrenchTextAnalyzer();

  public LearnedCoder(Map<String, DoccatModel> models) {
    this.models = new LinkedHashMap<>(models);
  }

  /** Trains one model per dimension that has at least two different codes among the examples. */
  public static LearnedCoder train(Codebook codebook, List<Example> examples) {
    LearnedCoder featurizer = new LearnedCoder(Map.of());
    Map<String, DoccatModel> models = new LinkedHashMap<>();
    for (Dimension dimension : codebook.dimensions()) {
      List<DocumentSample> samples = new ArrayList<>();
      for (Example example : examples) {
        String code = example.codes().get(dimension.id());
        if (code != null && !code.isBlank()) {
          samples.add(new DocumentSample(code, featurizer.words(example.text())));
        }
      }
      if (samples.stream().map(DocumentSample::getCategory).distinct().count() < 2) {
        continue; // one code only: nothing to decide between
      }
      try {
        models.put(dimension.id(), DocumentCategorizerME.train("fr", ObjectStreamUtils.createObjectStream(samples),
            parameters(), new DoccatFactory(new FeatureGenerator[] {
                new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)})));
      } catch (IOException e) {
        throw new UncheckedIOException("Training on an in-memory stream cannot fail on I/O", e);
      }
    }
    return new LearnedCoder(models);
  }

  /** The dimensions this coder has a model for. */
  public List<String> dimensions() {
    return List.copyOf(models.keySet());
  }

  /** For each dimension with a model, its most probable code, with that probability as confidence. */
  @Override
  public List<Suggestion> suggest(TaggedText text) {
    String[] words = words(text.text());
    List<Suggestion> suggestions = new ArrayList<>();
    models.forEach((dimension, model) -> {
      // DocumentCategorizerME keeps no state between calls but is cheap: one per call keeps this thread-safe.
      DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
      double[] probabilities = categorizer.categorize(words);
      String best = categorizer.getBestCategory(probabilities);
      suggestions.add(new Suggestion(dimension + "/" + best, probabilities[categorizer.getIndex(best)], "model",
          "modèle appris"));
    });
    return suggestions;
  }

  String[] words(String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Analysing a string cannot fail on I/O", e);
    }
    return words.toArray(String[]::new);
  }

  /** Writes the model of {@code dimension}. */
  public void save(String dimension, OutputStream out) throws IOException {
    models.get(dimension).serialize(out);
  }

  /** Reads models saved with {@link #save}, one stream per dimension. */
  public static LearnedCoder load(Map<String, InputStream> byDimension) throws IOException {
    Map<String, DoccatModel> models = new LinkedHashMap<>();
    for (String dimension : new TreeSet<>(byDimension.keySet())) {
      models.put(dimension, new DoccatModel(byDimension.get(dimension)));
    }
    return new LearnedCoder(models);
  }
}
