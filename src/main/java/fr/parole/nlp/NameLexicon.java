package fr.parole.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists behind name detection, all keys in lower case without accents: first names and
 * surnames (from packages, see NOTICE.md and {@code bench/name-lists.sh}), and the words and
 * phrases of the e-Satis establishment names, so that « Henri Mondor » or « Pitié-Salpêtrière »
 * stay when no title or role makes them a person.
 */
record NameLexicon(Set<String> firstNames, Set<String> surnames, Set<String> placeWords, Set<String> placePhrases) {
  /** Longest establishment phrase kept, in words ("centre hospitalier henri mondor" is cut into 2-4-grams). */
  private static final int PHRASE_WORDS = 4;
  private static final java.util.regex.Pattern NOT_ALPHANUMERIC = java.util.regex.Pattern.compile("[^a-z0-9]+");

  static NameLexicon shipped(Set<String> firstNames) {
    Set<String> words = new HashSet<>();
    Set<String> phrases = new HashSet<>();
    for (String establishment : read("etablissements.txt", NameLexicon::plain)) {
      String[] parts = establishment.split(" ");
      for (int i = 0; i < parts.length; i++) {
        words.add(parts[i]);
        for (int n = 2; n <= PHRASE_WORDS && i + n <= parts.length; n++) {
          phrases.add(String.join(" ", List.of(parts).subList(i, i + n)));
        }
      }
    }
    return new NameLexicon(firstNames, read("noms.txt", Pseudonymiser::key), Set.copyOf(words), Set.copyOf(phrases));
  }

  /** The keys of a shipped list ({@code /fr/parole/nlp/NAME}), comments and blank lines left out. */
  static Set<String> read(String name, java.util.function.UnaryOperator<String> key) {
    try (InputStream in = NameLexicon.class.getResourceAsStream("/fr/parole/nlp/" + name)) {
      if (in == null) {
        throw new IOException("missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).map(key)
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      // The lists ship inside the jar: failing to read one means a broken build.
      throw new UncheckedIOException("Unable to load " + name, e);
    }
  }

  /** Lower case, no accents, hyphens and apostrophes as spaces: "Pitié-Salpêtrière" → "pitie salpetriere". */
  static String plain(String text) {
    return NOT_ALPHANUMERIC.matcher(Pseudonymiser.key(text)).replaceAll(" ").strip();
  }
}
