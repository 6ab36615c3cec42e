package fr.parole.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSDictionary;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

class GreedyPosTaggerTest {
  private static final FrenchModels MODELS = TestModels.MODELS;

  @Test
  void tagsAsOpenNlpsBeamOfThreeOnTheDemoWhetherItsWordsAreNewOrAlreadyKept() throws IOException {
    List<String[]> sentences = demoSentences();
    POSModel shipped = MODELS.posModel();
    assertEquals("3", shipped.getManifestProperty("BeamSize"), "the beam the shipped model asks for");
    POSTaggerME beam = new POSTaggerME(shipped, POSTagFormat.UD);
    GreedyPosTagger tagger = new GreedyPosTagger(shipped);
    List<List<String>> first = new ArrayList<>();
    int words = 0;
    for (String[] sentence : sentences) {
      List<String> tags = List.of(tagger.tag(sentence));
      assertEquals(List.of(beam.tag(sentence)), tags, String.join(" ", sentence));
      first.add(tags);
      words += sentence.length;
    }
    assertTrue(words > 10_000, "words: " + words);
    // Second time round every word's scores come from what the first pass kept.
    for (int i = 0; i < sentences.size(); i++) {
      assertEquals(first.get(i), List.of(tagger.tag(sentences.get(i))), String.join(" ", sentences.get(i)));
    }
  }

  @Test
  void aModelWithATagDictionaryIsLeftToOpenNlp() throws IOException {
    POSDictionary dictionary = new POSDictionary();
    dictionary.put("vite", "NOUN");
    POSModel model = train(POSTaggerFactory.create(null, null, Map.of(), dictionary));
    String[] sentence = {"le", "repas", "arrive", "vite"};
    String[] tags = new GreedyPosTagger(model).tag(sentence);
    assertEquals("NOUN", tags[3], "the dictionary allows only NOUN for « vite »");
    assertEquals(List.of(new POSTaggerME(withBeamOfOne(model), POSTagFormat.UD).tag(sentence)), List.of(tags));
  }

  @Test
  void aModelReadingOtherFeaturesIsLeftToOpenNlp() throws IOException {
    // Three words either side: « p3w= » features, which the kept scores do not cover.
    String descriptor = """
        <featureGenerators cache="false" name="posTagger">
          <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
            <int name="prevLength">3</int>
            <int name="nextLength">3</int>
            <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
          </generator>
          <generator class="opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory"/>
        </featureGenerators>
        """;
    POSModel model = train(POSTaggerFactory.create(null, descriptor.getBytes(StandardCharsets.UTF_8), Map.of(), null));
    GreedyPosTagger tagger = new GreedyPosTagger(model);
    POSTaggerME beamOfOne = new POSTaggerME(withBeamOfOne(model), POSTagFormat.UD);
    for (String[] sentence : List.of(new String[] {"le", "repas", "est", "froid", "et", "la", "chambre", "sale"},
        new String[] {"la", "chambre", "est", "propre"})) {
      assertEquals(List.of(beamOfOne.tag(sentence)), List.of(tagger.tag(sentence)));
    }
  }

  private static POSModel train(POSTaggerFactory factory) throws IOException {
    List<POSSample> samples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      samples.add(new POSSample(new String[] {"le", "repas", "est", "froid"}, new String[] {"DET", "NOUN", "AUX", "ADJ"}));
      samples.add(new POSSample(new String[] {"la", "chambre", "est", "propre"},
          new String[] {"DET", "NOUN", "AUX", "ADJ"}));
      samples.add(new POSSample(new String[] {"le", "médecin", "arrive", "vite"},
          new String[] {"DET", "NOUN", "VERB", "ADV"}));
    }
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, 20);
    return POSTaggerME.train("fr", new CollectionObjectStream<>(samples), parameters, factory);
  }

  private static POSModel withBeamOfOne(POSModel model) {
    return new POSModel(model.getLanguage(), (MaxentModel) model.getArtifact("pos.model"), 1, new HashMap<>(),
        model.getFactory());
  }

  /** The demo's comments and interviews, cut and spelt as {@link FrenchTagger} gives them to the POS model. */
  private static List<String[]> demoSentences() throws IOException {
    FrenchTagger tagger = MODELS.newTagger();
    List<String> texts = new ArrayList<>(Files.readAllLines(Path.of("corpora", "demo", "verbatims",
        "esatis-verbatims-demo.csv")));
    try (var files = Files.list(Path.of("corpora", "demo", "entretiens"))) {
      for (Path file : files.sorted().toList()) {
        texts.add(Files.readString(file));
      }
    }
    List<String[]> sentences = new ArrayList<>();
    for (String text : texts) {
      for (Sentence sentence : tagger.tag(text).sentences()) {
        sentences.add(sentence.tokens().stream().map(t -> FrenchLexicon.normalise(t.text())).toArray(String[]::new));
      }
    }
    return sentences;
  }
}
