package fr.parole.pipeline;

import fr.parole.ParoleException;
import fr.parole.Progress;
import fr.parole.nlp.FrenchModels;
import fr.parole.stats.reinert.ClassProfiles;
import fr.parole.stats.reinert.DoubleClassification;
import fr.parole.stats.reinert.ReinertClassification;
import fr.parole.study.LexicalClasses;
import fr.parole.study.LexicalClasses.AttributeRow;
import fr.parole.study.LexicalClasses.Classification;
import fr.parole.study.LexicalClasses.NodeRow;
import fr.parole.study.LexicalClasses.PieceRow;
import fr.parole.study.LexicalClasses.TermRow;
import fr.parole.study.LexicalClasses.TestRow;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code parole classes}: the Reinert descending hierarchical classification of a study's text
 * segments ({@link ReinertCorpus} cuts and tags them, {@link ReinertClassification} classifies,
 * {@link ClassProfiles} characterises the classes), stored whole in one transaction with its audit
 * row ({@link LexicalClasses}), so that the report, the atelier and « créer un code à partir de
 * cette classe » show and code the very classes the researcher saw.
 */
public final class LexicalClassification {
  /** Segments with a kept lemma needed per class asked: below that a class is a handful of segments. */
  public static final int MIN_PER_CLASS = 10;
  /** Typical text segments kept per class. */
  public static final int TYPICAL = 10;
  public static final int MAX_CLASSES = 30;
  /** Attributes with more values than this are not crossed with the classes (see {@link #crossable}). */
  public static final int MAX_VALUES = 40;

  /**
   * What to compute: the number of classes asked, the length of text segments in words, and for the
   * double classification ({@link DoubleClassification}) the length of the second classification's
   * units (0 for the simple classification) and what its partition maximises.
   */
  public record Options(int classes, int segmentWords, int segmentWords2, DoubleClassification.Criterion criterion) {
    public Options(int classes, int segmentWords) {
      this(classes, segmentWords, 0, DoubleClassification.Criterion.CHI_SQUARE);
    }

    public Options {
      if (classes < 2 || classes > MAX_CLASSES) {
        throw new ParoleException("--classes " + classes + " : le nombre de classes doit être entre 2 et " + MAX_CLASSES
            + " (une classification en une classe ne sépare rien ; IRaMuTeQ propose 10 par défaut).");
      }
      if (segmentWords < 10 || segmentWords > 200) {
        throw new ParoleException("--min-segment-words " + segmentWords + " : la longueur des segments de texte doit "
            + "être entre 10 et 200 mots (40 est la valeur d'IRaMuTeQ et de rainette).");
      }
      if (segmentWords2 != 0 && (segmentWords2 <= segmentWords || segmentWords2 > 400)) {
        throw new ParoleException("--min-segment-words2 " + segmentWords2 + " : pour la classification double, les "
            + "unités de la seconde classification doivent être plus longues que les segments de la première "
            + "(--min-segment-words " + segmentWords + ") et d'au plus 400 mots ; par exemple "
            + Math.min(400, segmentWords * 3 / 2) + " (1,5 fois, comme rainette2 : 10 et 15).");
      }
    }

    public boolean isDouble() {
      return segmentWords2 > 0;
    }
  }

  /** A classification as computed or read back: the stored rows and the typical segments' words (raw). */
  public record Outcome(Classification classification, List<LexicalClasses.TypicalRow> typical, Duration tagging,
      Duration classifying, List<String> notes) {
    /** Share of the classified text segments in class {@code classNumber}, in percent. */
    public double percent(int classNumber) {
      int classified = classification.run().classified();
      return classification.nodes().stream().filter(n -> n.classNumber() == classNumber).mapToInt(NodeRow::size)
          .findFirst().orElse(0) * 100.0 / Math.max(1, classified);
    }

    /** The number of classes found (fewer than asked when no class was large enough to cut). */
    public int classes() {
      return (int) classification.nodes().stream().filter(n -> n.classNumber() > 0).count();
    }
  }

  private final Supplier<FrenchModels> models;

  public LexicalClassification(Supplier<FrenchModels> models) {
    this.models = models;
  }

  /** Classifies the study's text segments as {@code person} and stores the result (the previous one replaced). */
  public Outcome run(Study study, Options options, String person, Progress progress) {
    try (StudyStore store = study.openStore()) {
      Instant start = Instant.now();
      ReinertCorpus.Corpus corpus = new ReinertCorpus(models).read(store, options.segmentWords(), progress);
      Instant tagged = Instant.now();
      int withLemmas = 0;
      for (int i = 0; i < corpus.matrix().rows(); i++) {
        withLemmas += corpus.matrix().rowSize(i) > 0 ? 1 : 0;
      }
      int needed = MIN_PER_CLASS * options.classes();
      if (withLemmas < needed || corpus.lemmas().size() < 3) {
        throw new ParoleException("L'étude « " + study.name() + " » n'a que " + withLemmas + " segment(s) de texte "
            + "(sur " + corpus.pieces().size() + ", d'environ " + options.segmentWords() + " mots) contenant un mot plein "
            + "présent dans au moins " + ReinertCorpus.MIN_FREQUENCY + " segments (" + corpus.lemmas().size()
            + " mot(s) de ce genre) : une classification en " + options.classes() + " classes en demande au moins "
            + needed + " (" + MIN_PER_CLASS + " par classe). Importez plus de textes, ou demandez moins de classes "
            + "(--classes).");
      }
      List<String> notes = new ArrayList<>();
      ReinertClassification.Result result = options.isDouble()
          ? classifyTwice(corpus, options, notes, progress)
          : ReinertClassification.classify(corpus.matrix(), options.classes(), progress);
      List<List<ClassProfiles.Term>> terms = ClassProfiles.terms(corpus.matrix(), result.classOf(), result.classes(),
          corpus.lemmas());
      Map<String, String[]> attributes = crossable(corpus.attributes());
      List<List<ClassProfiles.AttributeValue>> values = ClassProfiles.attributes(result.classOf(), result.classes(),
          attributes);
      List<ClassProfiles.AttributeTest> tests = ClassProfiles.attributeTests(result.classOf(), result.classes(),
          attributes);
      List<List<Integer>> typical = ClassProfiles.typicalRows(corpus.matrix(), result.classOf(), terms, corpus.lemmas(),
          TYPICAL);
      Instant classified = Instant.now();
      Classification classification = new Classification(
          new LexicalClasses.Run(Instant.now().toString(), person, options.classes(), options.segmentWords(),
              corpus.pieces().size(), result.classified(), corpus.lemmas().size(), store.generation(),
              options.segmentWords2()),
          result.nodes().stream().map(n -> new NodeRow(n.id(), n.parent(), n.chiSquare(), n.size(), n.classNumber()))
              .toList(),
          termRows(terms), attributeRows(values),
          tests.stream().map(t -> new TestRow(t.attribute(), t.chiSquare(), t.degreesOfFreedom(), t.p())).toList());
      Map<Integer, Integer> rank = new HashMap<>();
      for (List<Integer> rows : typical) {
        for (int r = 0; r < rows.size(); r++) {
          rank.put(rows.get(r), r + 1);
        }
      }
      List<PieceRow> pieces = new ArrayList<>(result.classified());
      for (int i = 0; i < corpus.pieces().size(); i++) {
        if (result.classOf()[i] > 0) {
          ReinertCorpus.Piece piece = corpus.pieces().get(i);
          pieces.add(new PieceRow(piece.segmentId(), piece.start(), piece.end(), result.classOf()[i], rank.get(i)));
        }
      }
      try (StoreTransaction tx = store.begin()) {
        tx.lexicalClasses().replace(classification, pieces);
        tx.audit(person, "classes", study.name(), (options.isDouble() ? "classification double, " : "")
            + result.classes() + " classes, " + result.classified() + " segments de texte classés sur "
            + corpus.pieces().size());
        tx.commit();
      }
      return new Outcome(classification, store.lexicalClasses().typical(TYPICAL), Duration.between(start, tagged),
          Duration.between(tagged, classified), List.copyOf(notes));
    }
  }

  /**
   * The double classification: the second classification's units are consecutive text segments of
   * one stored segment (an interview turn) merged until they hold {@code segmentWords2} words, as
   * rainette merges segments of one document to {@code min_segment_size2}; a comment kept whole is
   * its own unit in both, so only long texts differ between the two classifications.
   */
  private static ReinertClassification.Result classifyTwice(ReinertCorpus.Corpus corpus, Options options,
      List<String> notes, Progress progress) {
    int[] unitOf = units(corpus.pieces(), options.segmentWords2());
    DoubleClassification.Result found = DoubleClassification.classify(corpus.matrix(), unitOf, options.classes(),
        options.criterion(), progress);
    notes.add(found.crossed().size() + " classe(s) croisée(s) retenue(s) (plus de " + DoubleClassification.MIN_MEMBERS
        + " segments, χ² d'association > 3,84) entre la classification en " + found.first().classes()
        + " classes (segments d'environ " + options.segmentWords() + " mots) et celle en " + found.second().classes()
        + " classes (" + (Arrays.stream(unitOf).max().orElse(-1) + 1) + " unités : segments consécutifs d'un même texte "
        + "réunis jusqu'à " + options.segmentWords2() + " mots, un commentaire court restant seul) ; partition qui "
        + "maximise " + (options.criterion()
            == DoubleClassification.Criterion.CHI_SQUARE ? "la somme des χ²" : "le nombre de segments classés") + ".");
    if (found.truncated()) {
      notes.add("Recherche des partitions arrêtée après " + DoubleClassification.MAX_PARTITIONS + " combinaisons de "
          + "classes croisées (les plus associées essayées d'abord) : la partition gardée est la meilleure trouvée, "
          + "peut-être pas la meilleure possible.");
    }
    if (found.result().classes() < 2) {
      throw new ParoleException("Classification double impossible : les deux classifications n'ont pas " + "deux classes "
          + "croisées disjointes d'au moins " + (DoubleClassification.MIN_MEMBERS + 1) + " segments et significativement "
          + "associées (" + found.crossed().size() + " classe(s) croisée(s) retenue(s)). Essayez sans --double, ou avec "
          + "un --min-segment-words2 plus proche de --min-segment-words.");
    }
    return found.result();
  }

  /**
   * For each piece, its unit: consecutive pieces of one stored segment merged until they hold at
   * least {@code words} words; a last unit shorter than that joins the one before it in the same
   * segment (as rainette's merge does with a short last segment).
   */
  static int[] units(List<ReinertCorpus.Piece> pieces, int words) {
    int[] unitOf = new int[pieces.size()];
    int unit = -1;
    int from = 0;
    while (from < pieces.size()) {
      int to = from;
      while (to < pieces.size() && pieces.get(to).segment() == pieces.get(from).segment()) {
        to++;
      }
      int firstUnit = unit + 1;
      int count = words;
      int lastStart = from;
      for (int i = from; i < to; i++) {
        if (count >= words) {
          unit++;
          count = 0;
          lastStart = i;
        }
        unitOf[i] = unit;
        count += pieces.get(i).words();
      }
      if (count < words && unit > firstUnit) {
        for (int i = lastStart; i < to; i++) {
          unitOf[i] = unit - 1;
        }
        unit--;
      }
      from = to;
    }
    return unitOf;
  }

  /** The classification {@code parole classes} stored last, if any. */
  public static Optional<Outcome> stored(StudyStore store) {
    return store.lexicalClasses().read().map(c -> new Outcome(c, store.lexicalClasses().typical(TYPICAL), Duration.ZERO,
        Duration.ZERO, List.of()));
  }

  /**
   * The attributes worth crossing with the classes: those with at most {@link #MAX_VALUES} values.
   * A date or an identifier has a value per comment, and its table (hundreds of columns of ones)
   * would give a meaningless χ² and fill the class profiles with single days.
   */
  static Map<String, String[]> crossable(Map<String, String[]> attributes) {
    Map<String, String[]> kept = new java.util.TreeMap<>();
    attributes.forEach((name, values) -> {
      if (java.util.Arrays.stream(values).filter(v -> v != null).distinct().limit(MAX_VALUES + 1L).count() <= MAX_VALUES) {
        kept.put(name, values);
      }
    });
    return kept;
  }

  private static List<TermRow> termRows(List<List<ClassProfiles.Term>> terms) {
    List<TermRow> rows = new ArrayList<>();
    for (int c = 0; c < terms.size(); c++) {
      List<ClassProfiles.Term> list = terms.get(c);
      for (int r = 0; r < list.size(); r++) {
        ClassProfiles.Term t = list.get(r);
        rows.add(new TermRow(c + 1, r + 1, t.lemma(), t.inClass(), t.total(), t.chiSquare(), t.p()));
      }
    }
    return rows;
  }

  private static List<AttributeRow> attributeRows(List<List<ClassProfiles.AttributeValue>> values) {
    List<AttributeRow> rows = new ArrayList<>();
    for (int c = 0; c < values.size(); c++) {
      List<ClassProfiles.AttributeValue> list = values.get(c);
      for (int r = 0; r < list.size(); r++) {
        ClassProfiles.AttributeValue v = list.get(r);
        rows.add(new AttributeRow(c + 1, r + 1, v.attribute(), v.value(), v.inClass(), v.total(), v.chiSquare(), v.p()));
      }
    }
    return rows;
  }
}
