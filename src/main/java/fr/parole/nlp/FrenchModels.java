package fr.parole.nlp;

import fr.parole.ParoleException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
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
  /** Every resource tagging reads: what {@link #identity()} hashes. */
  static final List<String> RESOURCES = List.of(SENTENCE_MODEL, POS_MODEL,
      FrenchLexicon.DICTIONARY, FrenchLexicon.DICTIONARY_INFO);

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

  /**
   * What tagging and lemmatisation read, as a SHA-256 of these resources' names and bytes: coding
   * with other models (a new OpenNLP model, another dictionary) codes again ({@code
   * CodingFingerprint}). The bytes rather than the names: the dictionary's name carries no version.
   * 2.7 MB, hashed once per process: about 60 ms on a cold JVM on top of opening the jars, 12 ms
   * warm. The resources are in the application's jar, which does not change while it runs, so the
   * bytes hashed are those {@link #load()} reads.
   */
  public static String identity() {
    return Identity.VALUE;
  }

  /** Hashed on first use only: the fast path and the commands that never code do not pay for it. */
  private static final class Identity {
    static final String VALUE = identity(FrenchModels.class.getClassLoader());
  }

  static String identity(ClassLoader loader) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (String resource : RESOURCES) {
        digest.update(resource.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        try (InputStream in = loader.getResourceAsStream(resource)) {
          if (in == null) {
            throw new ParoleException("Modèle de l'étiqueteur introuvable dans le classpath : " + resource + ".");
          }
          for (int n; (n = in.read(buffer)) > 0;) {
            digest.update(buffer, 0, n);
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new ParoleException("Modèle de l'étiqueteur illisible (" + e.getMessage() + ").", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
