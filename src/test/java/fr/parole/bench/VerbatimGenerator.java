package fr.parole.bench;

import fr.parole.importer.SourceFile;
import fr.parole.importer.TableData;
import fr.parole.importer.TableReader;
import fr.parole.importer.TextDecoder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a verbatim study by recombining the sentences of the demo export
 * ({@code corpora/demo/verbatims/esatis-verbatims-demo.csv}, itself constructed examples): each
 * comment is one to three demo sentences of the same polarity, in files laid out like the demo
 * (date, establishment, service, survey, points positifs, points à améliorer).
 */
final class VerbatimGenerator {
  /** The demo's three establishments. */
  static final List<String> DEMO_ESTABLISHMENTS = List.of("CHU1", "CH2", "CHU3");
  private static final String[] SERVICES = {"Cardiologie", "Gériatrie", "Chirurgie ambulatoire", "Pneumologie",
      "Maternité", "Oncologie", "Néphrologie - dialyse", "Médecine polyvalente"};

  private final List<String> positive = new ArrayList<>();
  private final List<String> toImprove = new ArrayList<>();
  private final List<String> establishments;

  VerbatimGenerator(Path demoExport) throws IOException {
    this(demoExport, DEMO_ESTABLISHMENTS);
  }

  /** Comments spread uniformly over {@code establishments} (names or FINESS numbers). */
  VerbatimGenerator(Path demoExport, List<String> establishments) throws IOException {
    this.establishments = List.copyOf(establishments);
    TableData table = new TableReader(new TextDecoder())
        .read(new SourceFile(demoExport, demoExport.getFileName().toString(), Files.readAllBytes(demoExport)));
    int pos = table.column(List.of("Points positifs"));
    int neg = table.column(List.of("Points à améliorer"));
    for (TableData.Row row : table.rows()) {
      sentences(row.values().get(pos), positive);
      sentences(row.values().get(neg), toImprove);
    }
  }

  private static void sentences(String cell, List<String> into) {
    for (String sentence : cell.split("(?<=[.!?])\\s+")) {
      if (!sentence.isBlank() && !into.contains(sentence.strip())) {
        into.add(sentence.strip());
      }
    }
  }

  /** Writes {@code comments} comments in files of {@code perFile} rows under {@code folder}; returns the file count. */
  int write(Path folder, int comments, int perFile, long seed) throws IOException {
    return write(folder, comments, perFile, seed, text -> { });
  }

  /** The same, giving each comment's text to {@code texts} as it is written (the floors' input). */
  int write(Path folder, int comments, int perFile, long seed, java.util.function.Consumer<String> texts)
      throws IOException {
    Random random = new Random(seed);
    Files.createDirectories(folder);
    int written = 0;
    int files = 0;
    LocalDate first = LocalDate.of(2019, 1, 1);
    while (written < comments) {
      Path file = folder.resolve(String.format("verbatims-%05d.csv", files++));
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write("Date de réponse;Établissement;Service;Enquête;Points positifs;Points à améliorer\r\n");
        for (int row = 0; row < perFile && written < comments; row++) {
          // Half the rows carry one comment, half carry both: 1.5 rows' worth of comments on average.
          boolean both = random.nextBoolean() && written + 2 <= comments;
          boolean positiveOnly = !both && random.nextBoolean();
          String pos = both || positiveOnly ? comment(random, positive) : "";
          String neg = both || !positiveOnly ? comment(random, toImprove) : "";
          written += both ? 2 : 1;
          for (String text : List.of(pos, neg)) {
            if (!text.isEmpty()) {
              texts.accept(text);
            }
          }
          String service = SERVICES[random.nextInt(SERVICES.length)];
          out.write(first.plusDays(random.nextInt(730)).toString() + ";" + establishments.get(random.nextInt(establishments.size())) + ";"
              + service + ";" + (service.startsWith("Chirurgie amb") ? "MCO CA" : "+48h MCO") + ";" + quoted(pos) + ";"
              + quoted(neg) + "\r\n");
        }
      }
    }
    return files;
  }

  /**
   * {@code count} comments alone, each of either polarity and drawn as {@link #write} draws them,
   * on one line each: what the coding benchmarks code.
   */
  List<String> comments(int count, long seed) {
    Random random = new Random(seed);
    List<String> comments = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      comments.add(comment(random, random.nextBoolean() ? positive : toImprove).replaceAll("\\s+", " "));
    }
    return comments;
  }

  /**
   * {@code n} made-up geographic FINESS numbers: department 99, which no establishment has (the
   * importer only checks the shape), so they never match real e-Satis results.
   */
  static List<String> madeUpFiness(int n) {
    List<String> numbers = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      numbers.add(String.format("99%07d", i));
    }
    return numbers;
  }

  private static String comment(Random random, List<String> pool) {
    int sentences = 1 + random.nextInt(3);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      text.append(i == 0 ? "" : " ").append(pool.get(random.nextInt(pool.size())));
    }
    return text.toString();
  }

  private static String quoted(String cell) {
    return cell.isEmpty() ? "" : "\"" + cell.replace("\"", "\"\"") + "\"";
  }
}
