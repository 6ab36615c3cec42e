package fr.parole.nlp;

/** The French models, loaded once for all the tests of a run (half a second each time otherwise). */
final class TestModels {
  static final FrenchModels MODELS = FrenchModels.load();

  private TestModels() {}
}
