package fr.parole.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.ParoleException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrenchTaggerTest {
  private static final Path INTERVIEWS = Path.of("corpora", "demo", "entretiens");
  private final FrenchModels models = TestModels.MODELS;
  private final FrenchTagger tagger = models.newTagger();

  @Test
  void loadsTheModelsFromTheClasspathQuickly() {
    FrenchModels fresh = FrenchModels.load();
    // The target is under 1 s on a warm JVM; 5 s leaves room for a loaded CI machine.
    assertTrue(fresh.loadTime().toMillis() < 5000, "models loaded in " + fresh.loadTime().toMillis() + " ms");
    assertTrue(models.loadTime().toMillis() < 5000, "first load took " + models.loadTime().toMillis() + " ms");
  }

  @Test
  void missingModelsFailWithAMessageNamingTheDependency() {
    ClassLoader empty = new ClassLoader(null) {
    };
    ParoleException e = assertThrows(ParoleException.class, () -> FrenchModels.load(empty));
    assertTrue(e.getMessage().contains("opennlp-models-sentdetect-fr"), e.getMessage());
  }

  @Test
  void theModelsIdentityIsTheirBytesNotOnlyTheirNames(@TempDir Path copy) throws IOException {
    ClassLoader application = FrenchModels.class.getClassLoader();
    for (String resource : FrenchModels.RESOURCES) {
      Path file = copy.resolve(resource);
      Files.createDirectories(file.getParent() == null ? copy : file.getParent());
      try (InputStream in = application.getResourceAsStream(resource)) {
        Files.write(file, in.readAllBytes());
      }
    }
    try (URLClassLoader copied = new URLClassLoader(new URL[] {copy.toUri().toURL()}, null)) {
      assertEquals(FrenchModels.identity(), FrenchModels.identity(copied), "the same models, wherever they are read");
      // Another dictionary under the same name (french-pos-dict's carries no version in it).
      Path dictionary = copy.resolve(FrenchLexicon.DICTIONARY);
      byte[] bytes = Files.readAllBytes(dictionary);
      bytes[bytes.length - 1] ^= 1;
      Files.write(dictionary, bytes);
      assertNotEquals(FrenchModels.identity(), FrenchModels.identity(copied));
    }
    ParoleException missing = assertThrows(ParoleException.class, () -> FrenchModels.identity(new ClassLoader(null) {
    }));
    assertTrue(missing.getMessage().contains(FrenchModels.SENTENCE_MODEL), missing.getMessage());
  }

  @Test
  void splitsSentencesWithOffsetsIntoTheSegment() {
    String text = "Bonjour. Le Dr. Martin m'a reçue à 10 h. Pas de souci !";
    List<Sentence> sentences = tagger.tag(text).sentences();
    List<String> texts = sentences.stream().map(s -> text.substring(s.start(), s.end())).toList();
    assertEquals(List.of("Bonjour.", "Le Dr. Martin m'a reçue à 10 h.", "Pas de souci !"), texts);
  }

  @Test
  void blankLinesEndSentencesEvenWithoutPunctuation() {
    String text = "Merci beaucoup\n\n  \nAu revoir";
    List<Sentence> sentences = tagger.tag(text).sentences();
    assertEquals(2, sentences.size());
    assertEquals("Au revoir", text.substring(sentences.get(1).start(), sentences.get(1).end()));
  }

  @Test
  void tagsWithUniversalDependenciesPosAndDictionaryLemmas() {
    List<Token> tokens = tagger.tag("Les infirmières de l’hôpital n'étaient pas là.").tokens();
    assertEquals(List.of("Les", "infirmières", "de", "l’", "hôpital", "n'", "étaient", "pas", "là", "."),
        tokens.stream().map(Token::text).toList());
    // The model's own UD tags (it calls this "étaient" VERB rather than AUX).
    assertEquals(List.of("DET", "NOUN", "ADP", "DET", "NOUN", "ADV", "VERB", "ADV", "ADV", "PUNCT"),
        tokens.stream().map(Token::pos).toList());
    assertEquals(List.of("le", "infirmier", "de", "le", "hôpital", "ne", "être", "pas", "là", "."),
        tokens.stream().map(Token::lemma).toList());
  }

  @Test
  void tagsInversionsAndElisionsAsTheTreebankDoes() {
    List<Token> tokens = tagger.tag("Pouvez-vous me dire ce qu'on m'a dit ?").tokens();
    assertEquals("-vous", tokens.get(1).text());
    assertEquals("PRON", tokens.get(1).pos());
    assertEquals("vous", tokens.get(1).lemma());
    assertEquals("pouvoir", tokens.get(0).lemma());
  }

  @Test
  void randomTextKeepsExactOffsets() {
    String[] words = {"l'hôpital", "qu'on", "m'a", "dit", "aujourd'hui", "pouvez-vous", "a-t-il",
        "pas", "de", "problème", "Dr.", "M.", "!", "?", "...", ",", "«", "»", "\n", "\n\n", "  ",
        "3,5", "😀", "aide-soignante", "n'", "jamais", "l’", "’", "-", "Je", "suis", "là."};
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i >= 0; i--) {
        text.append(words[random.nextInt(words.length)]);
        if (random.nextInt(4) > 0) {
          text.append(' ');
        }
      }
      String s = text.toString();
      int previousEnd = 0;
      for (Sentence sentence : tagger.tag(s).sentences()) {
        assertTrue(sentence.start() >= previousEnd && sentence.end() <= s.length(), s);
        for (Token token : sentence.tokens()) {
          assertEquals(token.text(), s.substring(token.start(), token.end()), s);
          assertTrue(token.start() >= previousEnd && token.start() >= sentence.start()
              && token.end() <= sentence.end(), s);
          previousEnd = token.end();
        }
      }
    }
  }

  @Test
  void taggersOnSeveralThreadsAgreeWithOneThread() throws Exception {
    List<String> texts = demoTexts();
    List<TaggedText> expected = texts.stream().map(tagger::tag).toList();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<TaggedText>>> results = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        results.add(pool.submit(() -> {
          FrenchTagger own = models.newTagger();
          List<TaggedText> tagged = new ArrayList<>();
          for (int repeat = 0; repeat < 3; repeat++) {
            tagged.clear();
            texts.forEach(text -> tagged.add(own.tag(text)));
          }
          return tagged;
        }));
      }
      for (Future<List<TaggedText>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theDictionaryKnowsMostWordsOfTheDemoInterviews() throws IOException {
    Lemmatizer lemmatizer = models.lexicon().newLemmatizer();
    int words = 0;
    int known = 0;
    for (String text : demoTexts()) {
      for (Token token : tagger.tag(text).tokens()) {
        if (Character.isLetter(token.text().codePointAt(0))) {
          words++;
          known += lemmatizer.isKnown(token.text()) ? 1 : 0;
        }
      }
    }
    assertTrue(words > 1000, "words: " + words);
    assertTrue(known > 0.95 * words, known + " of " + words + " words known");
  }

  private static List<String> demoTexts() throws IOException {
    try (Stream<Path> files = Files.list(INTERVIEWS)) {
      List<String> texts = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        texts.add(Files.readString(file));
      }
      return texts;
    }
  }
}
