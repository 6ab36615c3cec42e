package fr.parole.nlp;

import fr.parole.ParoleException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The French models, loaded once per run from the classpath and shared by every thread: the
 * OpenNLP sentence and POS models trained on UD French GSD ({@code opennlp-models-sentdetect-fr},
 * {@code opennlp-models-pos-fr}) and the French dictionary. All three are immutable once read.
 * Each thread tags with its own {@link FrenchTagger} from {@link #newTagger()}, because OpenNLP's
 * detectors and taggers keep per-call state.
 */
public final class FrenchModels {
  /**
   * Resource names inside the model jars. Named exactly rather than found through the jars'
   * {@code model.properties}: both jars have one at their root, and only one survives shading.
   */
  static final String SENTENCE_MODEL = "opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";
  static final String POS_MODEL = "opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin";


  private final SentenceModel sentenceModel;
  private final POSModel posModel;
  private final FrenchLexicon lexicon;
  private final Duration loadTime;

  private FrenchModels(SentenceModel sentenceModel, POSModel posModel, FrenchLexicon lexicon,
      Duration loadTime) {
    this.sentenceModel = sentenceModel;
    this.posModel = posModel;
    this.lexicon = lexicon;
    this.loadTime = loadTime;
  }

  /**
   * The models, loaded on first use and then kept: one load per command however many stages
   * (coding runs, the report's pseudonymiser) need them.
   */
  public static Supplier<FrenchModels> onFirstUse() {
    return new Supplier<>() {
      private FrenchModels loaded;

      @Override
      public synchronized FrenchModels get() {
        if (loaded == null) {
          loaded = load();
        }
        return loaded;
      }
    };
  }

  /** Loads fresh models from the application's classpath. */
  public static FrenchModels load() {
    return load(FrenchModels.class.getClassLoader());
  }

  static FrenchModels load(ClassLoader loader) {
    long started = System.nanoTime();
    // The POS model takes most of the time; the dictionary loads beside it on a second thread
    // (about 50 ms saved on a cold start of ~400 ms on two cores).
    FutureTask<FrenchLexicon> lexicon = new FutureTask<>(() -> FrenchLexicon.load(loader));
    Thread side = new Thread(lexicon, "parole-french-lexicon");
    side.setDaemon(true);
    side.start();
    SentenceModel sentences = read(loader, SENTENCE_MODEL, "opennlp-models-sentdetect-fr", SentenceModel::new);
    POSModel pos = read(loader, POS_MODEL, "opennlp-models-pos-fr", POSModel::new);
    return new FrenchModels(sentences, pos, join(lexicon), Duration.ofNanos(System.nanoTime() - started));
  }

  private static FrenchLexicon join(FutureTask<FrenchLexicon> lexicon) {
    try {
      return lexicon.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ParoleException("Chargement du dictionnaire français interrompu.", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new ParoleException("Dictionnaire français illisible.", e.getCause());
    }
  }

  /** A tagger for the calling thread. Cheap: it shares the models and owns only buffers. */
  public FrenchTagger newTagger() {
    return new FrenchTagger(this);
  }

  /** How long {@link #load()} took for these models. */
  public Duration loadTime() {
    return loadTime;
  }

  SentenceModel sentenceModel() {
    return sentenceModel;
  }

  POSModel posModel() {
    return posModel;
  }

  public FrenchLexicon lexicon() {
    return lexicon;
  }

  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M read(ClassLoader loader, String resource, String artifact, ModelReader<M> reader) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ParoleException("Modèle OpenNLP introuvable dans le classpath : " + resource
            + " (dépendance org.apache.opennlp:" + artifact + ").");
      }
      return reader.read(in);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ParoleException p) {
        throw p;
      }
      throw new ParoleException("Modèle OpenNLP illisible : " + resource + " (" + e.getMessage() + ")", e);
    }
  }
}
