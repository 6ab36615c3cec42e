package fr.parole.bench;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryIterator;
import morfologik.stemming.WordData;

/**
 * Writes the name lists the pseudonymiser ships (run by {@code bench/name-lists.sh}):
 * {@code prenoms.txt} (first names: the proper nouns with a gender in LanguageTool's French
 * dictionary, {@code org.languagetool:french-pos-dict}, plus the French first names of the npm
 * package {@code @faker-js/faker}), {@code noms.txt} (the French surnames of {@code @faker-js/faker})
 * and {@code etablissements.txt} (the establishment names of the e-Satis files in
 * {@code corpora/esatis}, lower case without accents, so that places named after people stay).
 * Usage: {@code NameListsBuilder FAKER_NAMES.tsv ESATIS_DIR OUTPUT_DIR}, the TSV being
 * {@code prenom|nom <tab> name} lines.
 */
public final class NameListsBuilder {
  private NameListsBuilder() {}

  public static void main(String[] args) throws IOException {
    Path faker = Path.of(args[0]);
    Path esatis = Path.of(args[1]);
    Path out = Path.of(args[2]);
    TreeSet<String> firstNames = new TreeSet<>();
    TreeSet<String> surnames = new TreeSet<>();
    URL url = NameListsBuilder.class.getClassLoader().getResource("org/languagetool/resource/fr/french.dict");
    Dictionary dictionary = Dictionary.read(url);
    DictionaryIterator it = new DictionaryIterator(dictionary, dictionary.metadata.getDecoder(), true);
    while (it.hasNext()) {
      WordData data = it.next();
      String tag = String.valueOf(data.getTag());
      String word = String.valueOf(data.getWord());
      // "Z m sp" / "Z f sp": an invariable proper noun with a gender is a first name in this lexicon;
      // places, surnames and brands are epicene ("Z e"), countries singular only ("Z f s").
      if ((tag.startsWith("Z m sp") || tag.startsWith("Z f sp")) && plausibleName(word)) {
        firstNames.add(word);
      }
    }
    for (String line : Files.readAllLines(faker, StandardCharsets.UTF_8)) {
      String[] cells = line.split("\t");
      if (cells.length == 2 && plausibleName(cells[1])) {
        (cells[0].equals("prenom") ? firstNames : surnames).add(cells[1]);
      }
    }
    TreeSet<String> establishments = new TreeSet<>();
    try (var files = Files.list(esatis)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("resultats-")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, Charset.forName("windows-1252"));
        for (String line : lines.subList(1, lines.size())) {
          String[] cells = line.split(";", -1);
          establishments.add(plain(cells[1]));
          establishments.add(plain(cells[3]));
        }
      }
    }
    establishments.remove("");
    write(out.resolve("prenoms.txt"), "Prénoms : noms propres genrés du dictionnaire français de LanguageTool "
        + "(org.languagetool:french-pos-dict, CC BY-SA 4.0) et prénoms français de @faker-js/faker (MIT).", firstNames);
    write(out.resolve("noms.txt"), "Noms de famille français de @faker-js/faker (MIT).", surnames);
    write(out.resolve("etablissements.txt"), "Raisons sociales des établissements des fichiers e-Satis 2019 de la HAS "
        + "(corpora/esatis, Licence Ouverte), en minuscules sans accents.", establishments);
  }

  private static boolean plausibleName(String word) {
    // One capital then lower case, with hyphens or an apostrophe: "Jean-Pierre", "D'Almeida", not "ToPIA".
    return word.matches("\\p{Lu}[\\p{Ll}'’]+(?:[- ]\\p{Lu}?[\\p{Ll}'’]+)*") && word.length() > 2;
  }

  static String plain(String text) {
    String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  private static void write(Path file, String source, TreeSet<String> entries) throws IOException {
    StringBuilder text = new StringBuilder("# ").append(source).append("\n# Régénéré par bench/name-lists.sh ; une entrée par ligne.\n");
    entries.forEach(e -> text.append(e).append('\n'));
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
