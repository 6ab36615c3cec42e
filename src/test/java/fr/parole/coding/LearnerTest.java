package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.naivebayes.NaiveBayesModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

/** Naive Bayes counted by {@link Learner} is the model OpenNLP's trainer gives ({@link BayesScores}). */
class LearnerTest {
  private static final Learner BAYES = new Learner("NAIVEBAYES");

  /** Texts of a few words among twelve, each with codes among a, b, c (some with none, some with two). */
  private static List<Learner.Sample> samples() {
    Random random = new Random(7);
    List<Learner.Sample> samples = new ArrayList<>();
    for (int t = 0; t < 40; t++) {
      java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>();
      int n = 1 + random.nextInt(5);
      while (words.size() < n) {
        words.add("w" + random.nextInt(12));
      }
      Set<String> codes = switch (t % 5) {
        case 0 -> Set.of("a");
        case 1 -> Set.of("b");
        case 2 -> Set.of("a", "c");
        case 3 -> Set.of();
        default -> Set.of(words.contains("w1") ? "c" : "b");
      };
      samples.add(new Learner.Sample(words.toArray(String[]::new), codes));
    }
    return samples;
  }

  private static NaiveBayesModel openNlp(List<Event> events) throws Exception {
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, "NAIVEBAYES");
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
    parameters.put("PrintMessages", false);
    return (NaiveBayesModel) TrainerFactory.getEventTrainer(parameters, null)
        .train(ObjectStreamUtils.createObjectStream(events));
  }

  private static final String[][] TEXTS = {{"w1", "w2"}, {"w3"}, {"w0", "w5", "w7", "w11"}, {"inconnu"}};

  @Test
  void oneOfNIsOpenNlpsNaiveBayes() throws Exception {
    List<Event> events = new ArrayList<>();
    for (Learner.Sample s : samples()) {
      s.codes().forEach(code -> events.add(new Event(code, s.features())));
    }
    BayesScores expected = new BayesScores(openNlp(events));
    NaiveBayesModel model = openNlp(events);
    WeightTable table = BAYES.oneOfN(samples(), List.of("a", "b", "c"));
    for (String[] text : TEXTS) {
      double[] want = expected.table(new String[] {"x", "y", "z"}).scores(text);
      double[] got = table.scores(text);
      for (String code : List.of("a", "b", "c")) {
        assertEquals(want[model.getIndex(code)], got[List.of("a", "b", "c").indexOf(code)], 1e-9, code);
      }
    }
  }

  @Test
  void oneVsRestIsOpenNlpsNaiveBayesPerCode() throws Exception {
    WeightTable table = BAYES.oneVsRest(samples(), List.of("a", "b", "c"));
    for (int l = 0; l < 3; l++) {
      String code = List.of("a", "b", "c").get(l);
      List<Event> events = new ArrayList<>();
      samples().forEach(s -> events.add(new Event(s.codes().contains(code) ? "1" : "0", s.features())));
      NaiveBayesModel model = openNlp(events);
      BayesScores bayes = new BayesScores(model);
      int yes = model.getIndex("1");
      int no = model.getIndex("0");
      for (String[] text : TEXTS) {
        double sum = bayes.logPriors()[yes] - bayes.logPriors()[no];
        int known = 0;
        for (String feature : text) {
          double[] logs = bayes.logLikelihoods().get(feature);
          if (logs != null) {
            sum += logs[yes] - logs[no];
            known++;
          }
        }
        assertEquals(sum / (known + 1), table.scores(text)[l], 1e-9, code + " " + String.join(" ", text));
      }
    }
  }

  @Test
  void aCodeNoTextHasIsNeverChosenAndACodeEveryTextHasAlwaysApplies() {
    WeightTable oneOfN = BAYES.oneOfN(samples(), List.of("a", "b", "c", "d"));
    double[] scores = oneOfN.scores(new String[] {"w1", "w2"});
    assertTrue(scores[3] < scores[0] && scores[3] < scores[1] && scores[3] < scores[2]);
    List<Learner.Sample> all = samples().stream().map(s -> new Learner.Sample(s.features(), Set.of("a"))).toList();
    WeightTable everywhere = BAYES.oneVsRest(all, List.of("a", "b"));
    assertArrayEquals(new double[] {5.0 / 3, -5.0 / 3}, everywhere.scores(new String[] {"w1", "w2"}), 1e-9,
        "bias ±5, no weights, divided by the known features plus one");
  }
}
