package fr.parole.importer.transcript;

import fr.parole.importer.ImportedSegment;
import fr.parole.study.SegmentKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cuts a transcript into speaker turns. A turn starts at a line opening with a speaker label and
 * runs over the following lines and paragraphs until the next label or heading. Text outside any
 * turn (a title page, a context note) becomes a preamble segment; a transcript with no turn at all
 * becomes one segment, with a warning. Every segment's text is exactly {@code text[start, end)}.
 */
public final class TurnSplitter {
  private final SpeakerLabels labels;
  private final Optional<SectionRule> sections;

  public TurnSplitter(SpeakerLabels labels, Optional<SectionRule> sections) {
    this.labels = labels;
    this.sections = sections;
  }

  /** The segments of a transcript, and any warning about it. */
  public record Result(List<ImportedSegment> segments, List<String> warnings) {}

  public Result split(TranscriptText transcript) {
    String text = transcript.text();
    Map<Integer, String> headings = new HashMap<>();
    transcript.headings().forEach(h -> headings.put(h.lineStart(), h.title()));
    Blocks blocks = new Blocks(text);
    int lineNumber = 0;
    for (int lineStart = 0; lineStart < text.length(); ) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      lineNumber++;
      String line = text.substring(lineStart, lineEnd);
      String heading = headings.get(lineStart);
      if (heading != null) {
        blocks.close();
        sections.flatMap(rule -> rule.valueFor(heading)).ifPresent(blocks::section);
      } else {
        Optional<SpeakerLabels.Label> label = labels.find(line);
        if (label.isPresent()) {
          String speaker = label.get().speaker();
          blocks.close();
          blocks.open(labels.isInterviewer(speaker) ? SegmentKind.INTERVIEWER : SegmentKind.TURN, speaker, lineNumber);
          blocks.extend(lineStart + label.get().textStart(), lineEnd);
        } else if (!line.isBlank()) {
          blocks.openPreambleIfNone(lineNumber);
          blocks.extend(lineStart, lineEnd);
        }
      }
      lineStart = lineEnd + 1;
    }
    blocks.close();
    if (blocks.turns == 0) {
      return whole(text);
    }
    return new Result(blocks.segments, List.of());
  }

  private static Result whole(String text) {
    int start = firstNonBlank(text, 0, text.length());
    int end = lastNonBlank(text, 0, text.length());
    int line = 1 + (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
    ImportedSegment segment = new ImportedSegment(
        SegmentKind.WHOLE, null, start, end, line, text.substring(start, end), Map.of());
    return new Result(List.of(segment), List.of(
        "aucun tour de parole détecté (attendu « LOCUTEUR : texte » en début de ligne) : "
            + "importé comme un seul segment"));
  }

  static int firstNonBlank(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static int lastNonBlank(String text, int from, int to) {
    int i = to;
    while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** The block being read (a turn or a preamble) and the segments closed so far. */
  private final class Blocks {
    final String text;
    final List<ImportedSegment> segments = new ArrayList<>();
    int turns;
    SegmentKind kind;
    String speaker;
    int line;
    int start = -1;
    int end = -1;
    String sectionValue;

    Blocks(String text) {
      this.text = text;
    }

    void section(String value) {
      sectionValue = value;
    }

    void open(SegmentKind newKind, String newSpeaker, int lineNumber) {
      kind = newKind;
      speaker = newSpeaker;
      line = lineNumber;
      start = -1;
      end = -1;
    }

    void openPreambleIfNone(int lineNumber) {
      if (kind == null) {
        open(SegmentKind.PREAMBLE, null, lineNumber);
      }
    }

    /** Adds the non-blank part of {@code text[from, to)} to the block. */
    void extend(int from, int to) {
      int first = firstNonBlank(text, from, to);
      int last = lastNonBlank(text, first, to);
      if (first >= last) {
        return;
      }
      if (start < 0) {
        start = first;
      }
      end = last;
    }

    void close() {
      if (kind != null && start >= 0) {
        Map<String, String> attributes = sectionValue == null
            ? Map.of() : Map.of(sections.orElseThrow().attribute(), sectionValue);
        segments.add(new ImportedSegment(kind, speaker, start, end, line, text.substring(start, end), attributes));
        if (kind != SegmentKind.PREAMBLE) {
          turns++;
        }
      }
      kind = null;
    }
  }
}
