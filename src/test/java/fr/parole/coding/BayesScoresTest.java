package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.naivebayes.NaiveBayesModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

class BayesScoresTest {
  private static NaiveBayesModel model() throws Exception {
    List<DocumentSample> samples = List.of(
        new DocumentSample("levier", new String[] {"formation", "aide", "équipe"}),
        new DocumentSample("levier", new String[] {"formation", "direction"}),
        new DocumentSample("obstacle", new String[] {"temps", "manque", "équipe"}),
        new DocumentSample("obstacle", new String[] {"temps", "non:reconnaitre"}),
        new DocumentSample("pratique", new String[] {"réunion", "équipe"}));
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, "NAIVEBAYES");
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
    return (NaiveBayesModel) DocumentCategorizerME.train("fr", ObjectStreamUtils.createObjectStream(samples),
        parameters, new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()})).getMaxentModel();
  }

  @Test
  void untemperedScoresAreOpenNlpsOwn() throws Exception {
    NaiveBayesModel model = model();
    String[] features = {"formation", "équipe", "inconnu", "temps"};
    String[] context = {"bow=formation", "bow=équipe", "bow=inconnu", "bow=temps"};
    assertArrayEquals(model.eval(context), new BayesScores(model).probabilities(features, false), 1e-9);
  }

  @Test
  void temperingKeepsTheRankingAndSoftensCertainty() throws Exception {
    NaiveBayesModel model = model();
    String[] features = {"temps", "manque", "non:reconnaitre", "équipe"};
    double[] raw = new BayesScores(model).probabilities(features, false);
    double[] tempered = new BayesScores(model).probabilities(features);
    int best = 0;
    for (int i = 1; i < raw.length; i++) {
      best = raw[i] > raw[best] ? i : best;
      assertEquals(Integer.signum(Double.compare(raw[i], raw[0])), Integer.signum(Double.compare(tempered[i], tempered[0])));
    }
    assertEquals("obstacle", model.getOutcome(best));
    assertTrue(tempered[best] < raw[best] && tempered[best] > 1.0 / raw.length, tempered[best] + " vs " + raw[best]);
    assertEquals(1.0, java.util.Arrays.stream(tempered).sum(), 1e-9);
  }
}
