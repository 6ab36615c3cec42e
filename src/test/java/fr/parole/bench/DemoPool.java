package fr.parole.bench;

import fr.parole.study.Study;
import fr.parole.study.StudyConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The real participant turns and interviewer questions of corpora/demo, and its speaker codes. */
record DemoPool(
    Path folder, List<String[]> turns, List<String> questions, List<String> speakers, List<String> sections,
    String studyYaml, byte[] casesCsv, String casesName) {

  /** A speaker turn at the start of a line: "Q : …", "[00:08:14] DQ 1 : …", "**P 1** : …". */
  private static final Pattern TURN = Pattern.compile(
      "^(?:\\[\\d{1,2}:\\d{2}(?::\\d{2})?\\]\\s*)?(?:\\*\\*(?<bold>[^*:]{1,30}?)\\*\\*|(?<plain>[\\p{L}\\p{N} .]{1,30}?))"
          + "\\s*:\\s*(?<text>.*)$");

  static DemoPool read(Path demo) throws IOException {
    StudyConfig config = Study.open(demo).config();
    Set<String> interviewers = new HashSet<>(List.of("q"));
    config.speakers().interviewers().forEach(label -> interviewers.add(plain(label)));
    List<String[]> turns = new ArrayList<>();
    List<String> questions = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(demo.resolve("entretiens"))) {
      files = list.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path file : files) {
      String speaker = null;
      StringBuilder text = new StringBuilder();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        Matcher m = TURN.matcher(line);
        if (line.startsWith("#")) {
          add(speaker, text, interviewers, turns, questions);
          speaker = null;
        } else if (m.matches()) {
          add(speaker, text, interviewers, turns, questions);
          speaker = m.group("bold") != null ? m.group("bold") : m.group("plain");
          text.append(m.group("text"));
        } else if (speaker != null && !line.isBlank()) {
          text.append(' ').append(line.strip()); // a turn runs on until the next label or heading
        }
      }
      add(speaker, text, interviewers, turns, questions);
    }
    if (turns.isEmpty() || questions.isEmpty()) {
      throw new IllegalStateException(demo + " : aucun tour de parole lu dans entretiens/.");
    }
    String casesName = config.cases().get(0);
    byte[] cases = Files.readAllBytes(demo.resolve(casesName));
    List<String> speakers = new ArrayList<>();
    List<String> rows = new String(cases, StandardCharsets.UTF_8).lines().toList();
    for (String row : rows.subList(1, rows.size())) {
      if (!row.isBlank()) {
        speakers.add(row.split("[;,\t]", 2)[0].strip());
      }
    }
    List<String> sections = new ArrayList<>(config.sections().values().keySet());
    Collections.sort(sections);
    return new DemoPool(demo, List.copyOf(turns), List.copyOf(questions), List.copyOf(speakers),
        List.copyOf(sections), Files.readString(demo.resolve(Study.CONFIG_FILE)), cases, casesName);
  }

  private static void add(String speaker, StringBuilder text, Set<String> interviewers, List<String[]> turns,
      List<String> questions) {
    String clean = text.toString().strip().replaceAll("\\s+", " ");
    text.setLength(0);
    if (speaker == null || clean.isEmpty()) {
      return;
    }
    if (interviewers.contains(plain(speaker))) {
      questions.add(clean);
    } else {
      turns.add(clean.split(" "));
    }
  }

  private static String plain(String label) {
    return Normalizer.normalize(label.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
