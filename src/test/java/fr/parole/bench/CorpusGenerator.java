package fr.parole.bench;

import fr.parole.study.Study;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a study like corpora/demo: its study.yaml (same speakers, sections and cases file) and
 * transcripts of one participant each, in the demo's three label styles, under the demo's section
 * headings. Each participant turn is about 30 words cut from consecutive demo turns; each
 * question is a demo question. Files are written one at a time; for the floor, the participant
 * turns are also written one per line to {@code turnsFile}, and every segment's text (preamble,
 * questions, participant turns) to {@code allFile}.
 */
final class CorpusGenerator {
  private static final int MIN_WORDS = 24;
  private static final int MAX_WORDS = 36;
  private static final String PREAMBLE =
      "Entretien généré pour le banc d'essai, réponses et questions recombinées depuis corpora/demo.";

  private final DemoPool pool;
  private final Random random;
  private final Map<String, Integer> wordCounts = new HashMap<>();

  CorpusGenerator(DemoPool pool, Random random) {
    this.pool = pool;
    this.random = random;
  }

  Generated write(Path studyDir, Path turnsFile, Path allFile, int turns, int turnsPerFile) throws IOException {
    Path transcripts = studyDir.resolve("entretiens");
    Files.createDirectories(transcripts);
    Files.writeString(studyDir.resolve(Study.CONFIG_FILE),
        pool.studyYaml().replaceFirst("(?m)^name:.*$", "name: bench"), StandardCharsets.UTF_8);
    Files.write(studyDir.resolve(pool.casesName()), pool.casesCsv());
    int files = 0;
    int questions = 0;
    long words = 0;
    long bytes = 0;
    try (BufferedWriter floor = Files.newBufferedWriter(turnsFile, StandardCharsets.UTF_8);
        BufferedWriter all = Files.newBufferedWriter(allFile, StandardCharsets.UTF_8)) {
      for (int written = 0; written < turns; files++) {
        int here = Math.min(turnsPerFile, turns - written);
        Style style = Style.values()[random.nextInt(Style.values().length)];
        String speaker = pool.speakers().get(random.nextInt(pool.speakers().size()));
        Path file = transcripts.resolve(String.format(Locale.ROOT, "E%05d.%s", files + 1, style.extension));
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          out.write("# Entretien " + speaker + " (" + (files + 1) + ")\n\n");
          out.write(PREAMBLE + "\n\n");
          all.write(PREAMBLE + "\n");
          int section = -1;
          for (int i = 0; i < here; i++) {
            int s = i * pool.sections().size() / here;
            if (s != section) {
              section = s;
              out.write("## " + pool.sections().get(s) + "\n\n");
            }
            String question = pool.questions().get(random.nextInt(pool.questions().size()));
            out.write(style.label(style.interviewer, i, 0) + question + "\n\n");
            all.write(question + "\n");
            String turn = participantTurn();
            out.write(style.label(speaker, i, 1) + turn + "\n\n");
            floor.write(turn + "\n");
            all.write(turn + "\n");
            words += turn.split(" ").length;
            questions++;
          }
        }
        bytes += Files.size(file);
        written += here;
      }
    }
    return new Generated(files, turns, questions, words, bytes, wordCounts);
  }

  /** About 30 words: from a random word of a demo turn on, through the following turns. */
  private String participantTurn() {
    int target = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1);
    int source = random.nextInt(pool.turns().size());
    String[] words = pool.turns().get(source);
    int next = random.nextInt(words.length);
    StringBuilder turn = new StringBuilder();
    for (int n = 0; n < target; n++) {
      if (next == words.length) {
        source = random.nextInt(pool.turns().size());
        words = pool.turns().get(source);
        next = 0;
      }
      if (n > 0) {
        turn.append(' ');
      }
      String word = words[next++];
      turn.append(word);
      count(word);
    }
    return turn.toString();
  }

  private void count(String word) {
    for (String token : word.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!token.isEmpty()) {
        wordCounts.merge(token, 1, Integer::sum);
      }
    }
  }

  /** The label styles of the demo transcripts. */
  enum Style {
    PLAIN("md", "Q"),
    TIMESTAMP("txt", "Enquêtrice"),
    BOLD("md", "Enquêteur");

    final String extension;
    final String interviewer;

    Style(String extension, String interviewer) {
      this.extension = extension;
      this.interviewer = interviewer;
    }

    String label(String speaker, int turn, int half) {
      return switch (this) {
        case PLAIN -> speaker + " : ";
        case TIMESTAMP -> {
          int seconds = turn * 90 + half * 30;
          yield String.format(Locale.ROOT, "[%02d:%02d:%02d] %s : ", seconds / 3600, seconds / 60 % 60,
              seconds % 60, speaker);
        }
        case BOLD -> "**" + speaker + "** : ";
      };
    }
  }
}
