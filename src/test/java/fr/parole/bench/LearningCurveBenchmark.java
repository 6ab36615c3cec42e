package fr.parole.bench;

import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookLibrary;
import fr.parole.coding.GoldEvaluation;
import fr.parole.coding.GoldLabels;
import fr.parole.coding.LearnedCoder;
import fr.parole.coding.LearnedModels;
import fr.parole.coding.LearningCurve;
import fr.parole.coding.TextTable;
import fr.parole.nlp.FrenchModels;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The learning curve of issue 13 ({@link LearningCurve}): for each corpus and training recipe, the
 * review queue's order (most unsure first) against random order, each averaged over the seeds with
 * its spread, beside the rules alone and the shipped model. Prints Markdown tables, writes every
 * point to a CSV and draws one SVG chart per corpus and dimension ({@link CurveChart}). Run by
 * {@code bench/learning-curve.sh}, which says the options.
 */
public final class LearningCurveBenchmark {
  private LearningCurveBenchmark() {}

  /** A labelled corpus: its name, codebook, gold file, column of each dimension, and texts always learned from. */
  record Corpus(String name, String codebook, Path gold, Map<String, String> columns, Path alsoTrainOn) {
    /** {@code name,codebook,path[,dimension=column…][,also=path]}. */
    static Corpus parse(String spec) {
      String[] parts = spec.split(",");
      if (parts.length < 3) {
        throw new IllegalArgumentException("--corpus nom,livre,fichier[,dimension=colonne…][,also=fichier] : " + spec);
      }
      Map<String, String> columns = new LinkedHashMap<>();
      Path also = null;
      for (int i = 3; i < parts.length; i++) {
        String[] pair = parts[i].split("=", 2);
        if (pair[0].equals("also")) {
          also = Path.of(pair[1]);
        } else {
          columns.put(pair[0], pair[1]);
        }
      }
      return new Corpus(parts[0], parts[1], Path.of(parts[2]), columns, also);
    }
  }

  public static void main(String[] args) throws IOException {
    List<Corpus> corpora = new ArrayList<>();
    List<String> recipes = new ArrayList<>(List.of("shipped"));
    List<Integer> checkpoints = List.of(10, 20, 50, 100, 200);
    int seeds = 5;
    Path csv = null;
    Path charts = null;
    double heldOutShare = 0;
    for (int i = 0; i < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--corpus" -> corpora.add(Corpus.parse(value));
        case "--recipes" -> recipes = List.of(value.split(","));
        case "--seeds" -> seeds = Integer.parseInt(value);
        case "--checkpoints" -> checkpoints = java.util.Arrays.stream(value.split(",")).map(Integer::valueOf).toList();
        case "--csv" -> csv = Path.of(value);
        case "--charts" -> charts = Path.of(value);
        case "--held-out" -> heldOutShare = Double.parseDouble(value);
        default -> throw new IllegalArgumentException("Option inconnue : " + args[i] + " (recettes : "
            + LearningCurve.recipeNames() + ")");
      }
    }
    GoldEvaluation evaluation = new GoldEvaluation(FrenchModels.load().newTagger());
    List<String> rows = new ArrayList<>();
    rows.add("corpus,recipe,dimension,order,seed,decisions,uncoded,learned,rules_same_segments,train_ms");
    for (Corpus corpus : corpora) {
      Codebook book = new CodebookLibrary().load(corpus.codebook());
      GoldLabels gold = GoldLabels.read(book, TextTable.read(corpus.gold()), corpus.columns());
      List<LearnedCoder.Example> base = corpus.alsoTrainOn() == null ? List.of()
          : evaluation.examples(GoldLabels.read(book, TextTable.read(corpus.alsoTrainOn()), Map.of()));
      for (String recipe : recipes) {
        LearningCurve curve = new LearningCurve(book, gold, evaluation, recipe, base);
        // A fixed split (seed 13, whatever the run's seed): queue and random order scored on the same segments.
        List<Integer> heldOut = heldOutShare > 0 ? curve.heldOut(heldOutShare, 13) : null;
        Map<String, Double> rulesAll = curve.rulesOnAll();
        Map<String, Double> shipped = shippedModel(book).map(curve::onAll).orElse(Map.of());
        Map<LearningCurve.Order, List<List<LearningCurve.Point>>> runs = new LinkedHashMap<>();
        for (LearningCurve.Order order : LearningCurve.Order.values()) {
          List<List<LearningCurve.Point>> bySeed = new ArrayList<>();
          for (long s = 1; s <= seeds; s++) {
            long seed = s;
            long start = System.nanoTime();
            List<LearningCurve.Point> points = curve.run(order, seed, checkpoints, heldOut);
            System.err.printf(Locale.ROOT, "%s %s %s graine %d : %.1f s%n", corpus.name(), recipe, order, seed,
                (System.nanoTime() - start) / 1e9);
            bySeed.add(points);
            for (LearningCurve.Point p : points) {
              p.learned().forEach((dimension, figure) -> rows.add(String.format(Locale.ROOT,
                  "%s,%s,%s,%s,%d,%d,%d,%.4f,%.4f,%.1f", corpus.name(), recipe, dimension, order, seed, p.decisions(),
                  p.uncoded(), figure, p.rules().get(dimension), p.trainMillis())));
            }
          }
          runs.put(order, bySeed);
        }
        rulesAll.forEach((dimension, figure) -> rows.add(String.format(Locale.ROOT, "%s,%s,%s,RULES_ALL,0,0,%d,%.4f,,",
            corpus.name(), recipe, dimension, gold.rows().size(), figure)));
        shipped.forEach((dimension, figure) -> rows.add(String.format(Locale.ROOT,
            "%s,%s,%s,SHIPPED_MODEL,0,0,%d,%.4f,,", corpus.name(), recipe, dimension, gold.rows().size(), figure)));
        print(System.out, book, corpus, recipe, gold.rows().size(), runs, rulesAll, shipped, heldOut);
        if (csv != null) {
          Files.write(csv, rows, StandardCharsets.UTF_8); // after each curve: a long run stopped keeps what it did
        }
        if (charts != null && recipe.equals(recipes.get(0))) {
          for (String dimension : rulesAll.keySet()) {
            Files.createDirectories(charts);
            Files.writeString(charts.resolve("learning-curve-" + corpus.name() + "-" + dimension + ".svg"),
                CurveChart.svg(corpus.name() + " : " + dimension, dimension, runs, rulesAll.get(dimension),
                    shipped.get(dimension)), StandardCharsets.UTF_8);
          }
        }
      }
    }
  }

  /** The model shipped for {@code book}, if any (what a study uses before it has decisions of its own). */
  private static java.util.Optional<LearnedCoder> shippedModel(Codebook book) {
    Path folder = Path.of("models/learned", book.id());
    return Files.isDirectory(folder) ? new LearnedModels().loadFrom(book, folder) : java.util.Optional.empty();
  }

  private static void print(PrintStream out, Codebook book, Corpus corpus, String recipe, int segments,
      Map<LearningCurve.Order, List<List<LearningCurve.Point>>> runs, Map<String, Double> rulesAll,
      Map<String, Double> shipped, List<Integer> heldOut) {
    String on = heldOut == null ? "segments not yet coded"
        : "fixed held-out test split of " + heldOut.size() + " segments (never offered to the queue)";
    for (String dimension : rulesAll.keySet()) {
      out.printf(Locale.ROOT, "%n**%s** (%d segments), recipe `%s`, `%s`: %s of the suggestions counted on the "
          + "%s; mean ± sd over the seeds. Rules alone on every segment: %.3f%s.%n%n",
          corpus.name(), segments, recipe, dimension,
          book.dimension(dimension).orElseThrow().exclusive() ? "accuracy" : "micro-F1", on, rulesAll.get(dimension),
          shipped.containsKey(dimension) ? String.format(Locale.ROOT, "; shipped model + rules: %.3f",
              shipped.get(dimension)) : "");
      out.println("| Decisions | Queue (most unsure first) | Random order | Rules alone, same segments (queue / random) "
          + "| Retrain (ms) |");
      out.println("|---|---|---|---|---|");
      List<List<LearningCurve.Point>> queue = runs.get(LearningCurve.Order.QUEUE);
      List<List<LearningCurve.Point>> random = runs.get(LearningCurve.Order.RANDOM);
      for (int c = 0; c < queue.get(0).size(); c++) {
        int at = c;
        out.printf(Locale.ROOT, "| %d | %s | %s | %.3f / %.3f | %.0f |%n", queue.get(0).get(c).decisions(),
            Spread.of(queue, at, p -> p.learned().get(dimension)), Spread.of(random, at, p -> p.learned().get(dimension)),
            Spread.mean(queue, at, p -> p.rules().get(dimension)), Spread.mean(random, at, p -> p.rules().get(dimension)),
            Spread.mean(random, at, LearningCurve.Point::trainMillis));
      }
    }
  }
}
