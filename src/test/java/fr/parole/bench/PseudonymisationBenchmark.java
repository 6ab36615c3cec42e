package fr.parole.bench;

import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.Pseudonymiser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of what identifies a person the pseudonymiser removes, and how many other words it
 * erases, on a gold file of sentences. What was replaced is read back from the pseudonymised text
 * alone (each placeholder matched against the original), so the same measure runs on any version.
 *
 * <p>Two gold formats: Parole's constructed test set ({@code phrase, à_retirer, à_garder}: spans
 * as {@code kind:text}, {@code |}-separated) and the hand-marked review file ({@code id, …, names,
 * places, text}: names with their titles, places that must stay). Usage: {@code
 * PseudonymisationBenchmark [--details] FILE…}; Markdown on stdout; {@code --details} lists the misses and
 * wrong replacements of the next file (for Parole's own test set: the real comments' names are
 * not to be copied anywhere).
 */
public final class PseudonymisationBenchmark {
  static final Pattern PLACEHOLDER = Pattern.compile("\\[(NOM-\\d+|TEL|EMAIL|NIR)\\]");
  static final Pattern TITLE = Pattern.compile("(?i)^(?:(?:dr|pr|mr|m|mme|mlle|me)\\.?|docteure?|professeure?|madame"
      + "|monsieur|mademoiselle|ma[iî]tre)\\s+");
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  public record Gold(String kind, int start, int end, int nameStart) {}

  public record Sample(String text, List<Gold> remove, List<int[]> keep) {}

  public record Replaced(String type, int start, int end) {}

  private PseudonymisationBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("Usage : PseudonymisationBenchmark FICHIER.tsv… (jeu de phrases de Parole ou reviews-dev.tsv)");
      System.exit(3);
    }
    Pseudonymiser pseudonymiser = Pseudonymiser.french(FrenchModels.load());
    boolean details = false;
    for (String arg : args) {
      if (arg.equals("--details")) {
        details = true;
        continue;
      }
      Path file = Path.of(arg);
      if (!Files.isRegularFile(file)) {
        System.err.println("Fichier introuvable : " + file);
        System.exit(3);
      }
      List<Sample> samples = read(file);
      Score score = new Score();
      for (Sample sample : samples) {
        String out = pseudonymiser.pseudonymise(sample.text(), new Pseudonymiser.Placeholders());
        score.add(sample, replaced(sample.text(), out));
      }
      System.out.println("### " + file.getFileName() + " (" + samples.size() + " textes)\n");
      System.out.println(score.markdown(details));
      details = false;
    }
  }

  public static List<Sample> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String[] header = lines.get(0).split("\t", -1);
    boolean reviews = List.of(header).contains("names");
    List<Sample> samples = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      samples.add(reviews ? review(header, cells) : constructed(cells));
    }
    return samples;
  }

  private static Sample constructed(String[] cells) {
    String text = cells[0].replace("\\n", "\n");
    List<Gold> remove = new ArrayList<>();
    for (String span : split(cells.length > 1 ? cells[1] : "")) {
      int colon = span.indexOf(':');
      String kind = span.substring(0, colon);
      for (int[] at : occurrences(text, span.substring(colon + 1))) {
        remove.add(new Gold(kind, at[0], at[1], at[0]));
      }
    }
    List<int[]> keep = new ArrayList<>();
    for (String span : split(cells.length > 2 ? cells[2] : "")) {
      keep.addAll(occurrences(text, span));
    }
    return new Sample(text, remove, keep);
  }

  private static Sample review(String[] header, String[] cells) {
    int names = List.of(header).indexOf("names");
    int places = List.of(header).indexOf("places");
    String text = cells[List.of(header).indexOf("text")];
    List<Gold> remove = new ArrayList<>();
    for (String name : split(cells[names])) {
      Matcher title = TITLE.matcher(name);
      int titleLength = title.find() ? title.end() : 0;
      for (int[] at : occurrences(text, name)) {
        remove.add(new Gold(titleLength > 0 ? "titre" : "sans-titre", at[0], at[1], at[0] + titleLength));
      }
    }
    List<int[]> keep = new ArrayList<>();
    for (String place : split(cells[places])) {
      keep.addAll(occurrences(text, place));
    }
    return new Sample(text, remove, keep);
  }

  private static List<String> split(String cell) {
    List<String> parts = new ArrayList<>();
    for (String part : cell.split("\\|")) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts;
  }

  private static List<int[]> occurrences(String text, String span) {
    List<int[]> found = new ArrayList<>();
    for (int at = text.indexOf(span); at >= 0; at = text.indexOf(span, at + span.length())) {
      found.add(new int[] {at, at + span.length()});
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException("Absent du texte : « " + span + " » dans « " + text + " »");
    }
    return found;
  }

  /** The spans of {@code text} that became placeholders in {@code out}. */
  public static List<Replaced> replaced(String text, String out) {
    StringBuilder regex = new StringBuilder("^");
    List<String> types = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(out);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(out.substring(last, m.start()))).append("(.+?)");
      types.add(m.group(1).startsWith("NOM") ? "NOM" : m.group(1));
      last = m.end();
    }
    regex.append(Pattern.quote(out.substring(last))).append("$");
    Matcher back = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text);
    if (!back.matches()) {
      throw new IllegalStateException("Texte pseudonymisé non aligné : « " + out + " »");
    }
    List<Replaced> spans = new ArrayList<>();
    for (int g = 1; g <= types.size(); g++) {
      spans.add(new Replaced(types.get(g - 1), back.start(g), back.end(g)));
    }
    return spans;
  }

  /** Counts per kind: gold spans found, placeholders right, words erased that should have stayed. */
  public static final class Score {
    public final Map<String, int[]> recall = new TreeMap<>(); // kind → {found, total}
    final Map<String, int[]> precision = new TreeMap<>(); // placeholder type → {right, total}
    public int otherWords;
    public int otherErased;
    public int keep;
    public int keepErased;
    public final List<String> misses = new ArrayList<>();
    public final List<String> wrong = new ArrayList<>();

    public void add(Sample sample, List<Replaced> replaced) {
      boolean[] erased = new boolean[sample.text().length()];
      replaced.forEach(r -> java.util.Arrays.fill(erased, r.start(), r.end(), true));
      boolean[] gold = new boolean[sample.text().length()];
      for (Gold g : sample.remove()) {
        java.util.Arrays.fill(gold, g.start(), g.end(), true);
        boolean found = true;
        for (int i = g.nameStart(); i < g.end(); i++) {
          found &= erased[i] || !Character.isLetterOrDigit(sample.text().charAt(i));
        }
        int[] counts = recall.computeIfAbsent(g.kind(), k -> new int[2]);
        counts[0] += found ? 1 : 0;
        counts[1]++;
        if (!found) {
          misses.add(g.kind() + " « " + sample.text().substring(g.start(), g.end()) + " »");
        }
      }
      for (Replaced r : replaced) {
        boolean right = false;
        for (Gold g : sample.remove()) {
          right |= r.start() < g.end() && g.start() < r.end() && sameType(r.type(), g.kind());
        }
        int[] counts = precision.computeIfAbsent(r.type(), k -> new int[2]);
        counts[0] += right ? 1 : 0;
        counts[1]++;
        if (!right) {
          wrong.add(r.type() + " « " + sample.text().substring(r.start(), r.end()) + " »");
        }
      }
      Matcher w = WORD.matcher(sample.text());
      while (w.find()) {
        if (!gold[w.start()]) {
          otherWords++;
          otherErased += erased[w.start()] ? 1 : 0;
        }
      }
      for (int[] k : sample.keep()) {
        keep++;
        boolean any = false;
        for (int i = k[0]; i < k[1]; i++) {
          any |= erased[i];
        }
        keepErased += any ? 1 : 0;
        if (any) {
          wrong.add("à garder « " + sample.text().substring(k[0], k[1]) + " »");
        }
      }
    }

    private static boolean sameType(String type, String kind) {
      return switch (type) {
        case "TEL" -> kind.equals("tel");
        case "EMAIL" -> kind.equals("email");
        case "NIR" -> kind.equals("nir");
        default -> !List.of("tel", "email", "nir").contains(kind);
      };
    }

    String markdown(boolean details) {
      StringBuilder md = new StringBuilder("| Sorte | Rappel (retirés / à retirer) |\n|---|---|\n");
      int[] names = new int[2];
      recall.forEach((kind, c) -> {
        md.append("| ").append(kind).append(" | ").append(ratio(c)).append(" |\n");
        if (!List.of("tel", "email", "nir").contains(kind)) {
          names[0] += c[0];
          names[1] += c[1];
        }
      });
      md.append("| **tous les noms** | **").append(ratio(names)).append("** |\n\n");
      md.append("| Remplacement | Précision (justes / posés) |\n|---|---|\n");
      precision.forEach((type, c) -> md.append("| [").append(type).append("] | ").append(ratio(c)).append(" |\n"));
      md.append("\nAutres mots effacés : ").append(ratio(new int[] {otherErased, otherWords}))
          .append(" ; noms de lieux à garder effacés : ").append(ratio(new int[] {keepErased, keep})).append("\n");
      if (details && !misses.isEmpty()) {
        md.append("\nManqués : ").append(String.join(" ; ", misses)).append("\n");
      }
      if (details && !wrong.isEmpty()) {
        md.append("\nEffacés à tort : ").append(String.join(" ; ", wrong)).append("\n");
      }
      return md.toString();
    }

    private static String ratio(int[] c) {
      return c[1] == 0 ? "—" : String.format(Locale.ROOT, "%.1f %% (%d/%d)", 100.0 * c[0] / c[1], c[0], c[1]);
    }
  }
}
