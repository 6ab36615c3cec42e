package fr.parole.pipeline;

import fr.parole.Cores;
import fr.parole.Progress;
import fr.parole.coding.ContentLemmas;
import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.FrenchTagger;
import fr.parole.nlp.Pseudonymiser;
import fr.parole.nlp.Sentence;
import fr.parole.nlp.TaggedText;
import fr.parole.nlp.Token;
import fr.parole.stats.reinert.BinaryMatrix;
import fr.parole.study.SegmentRecord;
import fr.parole.study.StudyStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The text segments of the Reinert method and their segment × lemma presence table.
 *
 * <p><b>Text segments.</b> IRaMuTeQ and rainette ({@code split_segments}) cut each text into
 * "segments de texte" of about 40 words, at a sentence end when there is one near that length. So
 * does this: an interview turn is cut at the sentence end that closes a piece of at least
 * {@code words} words; a sentence longer than twice that is cut at a comma, or at {@code words}
 * words; a last piece shorter than half the length joins the one before it. A short comment
 * (e-Satis verbatims are 20 to 40 words) is kept whole, one text segment, and never grouped with
 * another: two patients' comments are two testimonies from different stays (establishment,
 * polarity, year), and a class must cross with each one's attributes and code each one. This is
 * what rainette does with the default {@code min_segment_size = 0} (segments are only merged
 * within one source document), and IRaMuTeQ with one text per comment.
 *
 * <p><b>Lemmas.</b> The store keeps content-lemma counts per source and attribute set (for
 * specificities), not per segment, so the segments are tagged again here with the tagger coding
 * uses ({@link FrenchTagger}, one per thread) and the same content lemmas ({@link ContentLemmas}:
 * nouns, verbs, adjectives, adverbs, no stop or negation word, IRaMuTeQ's "formes actives").
 * Lemmas present in fewer than {@link #MIN_FREQUENCY} text segments are left out (rainette's and
 * IRaMuTeQ's default, {@code dfm_trim(min_docfreq = 3)}). Person names (what the
 * {@link Pseudonymiser} would replace) are not counted: a class's words are shown, and a surname
 * among them would name a patient or a carer; the name spans come from the same tagging.
 */
final class ReinertCorpus {
  static final int MIN_FREQUENCY = 3;
  private static final int BATCH = 256;

  /** A text segment: a piece {@code [start, end)} of a stored segment's text, its word count and lemmas. */
  record Piece(long segmentId, int segment, int start, int end, int words, List<String> lemmas) {}

  /** The stored segments read, their pieces, the lemmas kept (sorted) and the presence table (a row per piece). */
  record Corpus(List<SegmentRecord> segments, List<Piece> pieces, List<String> lemmas, BinaryMatrix matrix) {
    /** For each attribute any segment has, each piece's value (null when its segment has none). */
    Map<String, String[]> attributes() {
      Map<String, String[]> values = new TreeMap<>();
      for (int i = 0; i < pieces.size(); i++) {
        for (Map.Entry<String, String> attribute : segments.get(pieces.get(i).segment()).attributes().entrySet()) {
          values.computeIfAbsent(attribute.getKey(), a -> new String[pieces.size()])[i] = attribute.getValue();
        }
      }
      return values;
    }

    /** The words of piece {@code i} as the participant wrote them. */
    String text(int i) {
      Piece piece = pieces.get(i);
      return segments.get(piece.segment()).text().substring(piece.start(), piece.end());
    }
  }

  private final Supplier<FrenchModels> models;

  ReinertCorpus(Supplier<FrenchModels> models) {
    this.models = models;
  }

  /** Reads the participants' segments of {@code store}, tags and cuts them, and builds the table. */
  Corpus read(StudyStore store, int words, Progress progress) {
    List<SegmentRecord> segments = new ArrayList<>();
    store.segmentQueries().forEachSegment(0, segment -> {
      if (segment.kind().isAnalysed() && !segment.text().isBlank()) {
        segments.add(segment);
      }
    });
    List<Piece> pieces = cutAll(segments, words, progress);
    Map<String, Integer> frequency = new HashMap<>();
    for (Piece piece : pieces) {
      for (String lemma : new TreeSet<>(piece.lemmas())) {
        frequency.merge(lemma, 1, Integer::sum);
      }
    }
    List<String> lemmas = frequency.entrySet().stream().filter(e -> e.getValue() >= MIN_FREQUENCY)
        .map(Map.Entry::getKey).sorted().toList();
    Map<String, Integer> column = new HashMap<>();
    for (int j = 0; j < lemmas.size(); j++) {
      column.put(lemmas.get(j), j);
    }
    int[][] rows = new int[pieces.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = pieces.get(i).lemmas().stream().map(column::get).filter(j -> j != null).mapToInt(Integer::intValue)
          .toArray();
    }
    return new Corpus(segments, pieces, lemmas, BinaryMatrix.of(lemmas.size(), rows));
  }

  /** Tags and cuts every segment on the machine's cores, pieces in segment order. */
  private List<Piece> cutAll(List<SegmentRecord> segments, int words, Progress progress) {
    int threads = Cores.workers();
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "parole-classes");
      thread.setDaemon(true);
      return thread;
    });
    ThreadLocal<FrenchTagger> taggers = ThreadLocal.withInitial(() -> models.get().newTagger());
    ThreadLocal<Pseudonymiser> pseudonymisers = ThreadLocal.withInitial(() -> Pseudonymiser.french(models.get()));
    try {
      List<Future<List<Piece>>> batches = new ArrayList<>();
      for (int from = 0; from < segments.size(); from += BATCH) {
        int start = from;
        int end = Math.min(segments.size(), from + BATCH);
        batches.add(pool.submit(() -> {
          List<Piece> pieces = new ArrayList<>();
          for (int s = start; s < end; s++) {
            SegmentRecord segment = segments.get(s);
            TaggedText tagged = taggers.get().tag(segment.text());
            pieces.addAll(cut(s, segment.id(), tagged, pseudonymisers.get().nameSpans(tagged), words));
          }
          return pieces;
        }));
      }
      List<Piece> pieces = new ArrayList<>(segments.size());
      for (int b = 0; b < batches.size(); b++) {
        pieces.addAll(batches.get(b).get());
        progress.update("étiquetage des segments", Math.min(segments.size(), (long) (b + 1) * BATCH), segments.size());
      }
      return pieces;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The pieces of one tagged text (see the class comment for where it is cut). */
  static List<Piece> cut(int segment, long segmentId, TaggedText tagged, List<int[]> names, int words) {
    List<List<Token>> runs = new ArrayList<>();
    for (Sentence sentence : tagged.sentences()) {
      List<Token> tokens = sentence.tokens();
      if (wordCount(tokens) <= 2 * words) {
        runs.add(tokens);
        continue;
      }
      List<Token> run = new ArrayList<>();
      int count = 0;
      for (Token token : tokens) {
        run.add(token);
        count += token.isPunctuation() ? 0 : 1;
        if (count >= words && (",;:".contains(token.text()) || count >= words + words / 2)) {
          runs.add(run);
          run = new ArrayList<>();
          count = 0;
        }
      }
      if (!run.isEmpty()) {
        runs.add(run);
      }
    }
    List<List<Token>> pieces = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (List<Token> run : runs) {
      current.addAll(run);
      if (wordCount(current) >= words) {
        pieces.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      if (!pieces.isEmpty() && wordCount(current) < words / 2) {
        pieces.get(pieces.size() - 1).addAll(current);
      } else {
        pieces.add(current);
      }
    }
    List<Piece> result = new ArrayList<>(pieces.size());
    for (List<Token> tokens : pieces) {
      List<String> lemmas = new ArrayList<>();
      for (Token token : tokens) {
        if (ContentLemmas.isContent(token) && !inside(names, token)) {
          lemmas.add(token.lemma().toLowerCase(java.util.Locale.ROOT));
        }
      }
      result.add(new Piece(segmentId, segment, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(),
          wordCount(tokens), lemmas));
    }
    return result;
  }

  private static boolean inside(List<int[]> names, Token token) {
    for (int[] span : names) {
      if (token.start() < span[1] && token.end() > span[0]) {
        return true;
      }
    }
    return false;
  }

  private static int wordCount(List<Token> tokens) {
    int count = 0;
    for (Token token : tokens) {
      count += token.isPunctuation() ? 0 : 1;
    }
    return count;
  }
}
