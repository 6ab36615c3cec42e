package fr.parole.importer.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The words of a cue and who says them. Speakers are named by WebVTT voice tags ({@code <v Esme>},
 * {@code <v.loud Esme>}, closed or not, several in one cue), or at the start of a line as
 * WhisperX and others write them ({@code SPEAKER_01: …}, {@code [SPEAKER_01]: …}, {@code [Esme] : …})
 * or as a transcriber does ({@code Enquêtrice : …}, read by {@link SpeakerLabels}). Other markup
 * ({@code <i>}, {@code <c.x>}, {@code <00:00:01.000>}, SRT's {@code <font>} and {@code {\an8}}) goes;
 * character references are decoded.
 */
final class CueText {
  private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)*(?:[ \\t]+(?<name>[^>]*))?>");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>|<\\d[^>]*>|\\{\\\\[^}]*}");
  private static final Pattern BRACKETED = Pattern.compile(
      "^\\[(?<named>[^\\]\\d\\n][^\\]\\n]{0,59})\\][ \\t]*:[ \\t]*|^\\[(?<code>SPEAKER[_ ]?\\d+)\\][ \\t]*:?[ \\t]*");
  private static final Pattern CODE = Pattern.compile("^(?<code>SPEAKER[_ ]?\\d+|S\\d{1,3})[ \\t]*:[ \\t]*");
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private CueText() {}

  /** Words said by one speaker in a cue; {@code speaker} null when the cue goes on with the previous one. */
  record Part(String speaker, String text) {}

  /** The cue's words without markup; blank when the cue says nothing. */
  static String plain(String payload) {
    // Most cues have neither markup nor references: the regex and the unescaping are skipped for them.
    String unmarked = payload.indexOf('<') < 0 && payload.indexOf('{') < 0 ? payload : TAG.matcher(payload).replaceAll("");
    String decoded = unmarked.indexOf('&') < 0 ? unmarked : StringEscapeUtils.unescapeHtml4(unmarked);
    return BLANKS.matcher(decoded).replaceAll(" ").strip();
  }

  static boolean isEmpty(String payload) {
    return plain(payload).isEmpty();
  }

  /** The parts of a cue, in order, each non-empty. */
  static List<Part> parts(String payload, SpeakerLabels labels) {
    List<Part> parts = new ArrayList<>();
    Matcher voice = VOICE.matcher(payload);
    int from = 0;
    String speaker = null;
    boolean voiced = false;
    while (voice.find()) {
      add(parts, speaker, voiced, payload.substring(from, voice.start()), labels);
      String name = voice.group("name") == null ? "" : plain(voice.group("name"));
      speaker = name.isEmpty() ? null : name;
      voiced = true;
      from = voice.end();
    }
    add(parts, speaker, voiced, payload.substring(from), labels);
    return parts;
  }

  /** Adds a stretch of cue text: one part for a voice, or one per line that opens with a speaker label. */
  private static void add(List<Part> parts, String speaker, boolean voiced, String text, SpeakerLabels labels) {
    if (voiced) {
      addPart(parts, speaker, plain(text));
      return;
    }
    String current = speaker;
    StringBuilder words = new StringBuilder();
    for (String line : text.split("\n")) {
      String plainLine = plain(line);
      Optional<Labelled> labelled = label(plainLine, labels);
      if (labelled.isPresent()) {
        addPart(parts, current, words.toString().strip());
        words.setLength(0);
        current = labelled.get().speaker();
        plainLine = labelled.get().words();
      }
      words.append(' ').append(plainLine);
    }
    addPart(parts, current, words.toString().strip());
  }

  private static void addPart(List<Part> parts, String speaker, String text) {
    String words = BLANKS.matcher(text).replaceAll(" ").strip();
    if (!words.isEmpty()) {
      parts.add(new Part(speaker, words));
    }
  }

  private record Labelled(String speaker, String words) {}

  /** The speaker label opening a line of plain text, and the words after it. */
  private static Optional<Labelled> label(String line, SpeakerLabels labels) {
    for (Pattern pattern : List.of(BRACKETED, CODE)) {
      Matcher m = pattern.matcher(line);
      if (m.lookingAt()) {
        String name = m.group("code") != null ? m.group("code") : m.group("named");
        return Optional.of(new Labelled(name.strip(), line.substring(m.end())));
      }
    }
    return labels.find(line).map(l -> new Labelled(l.speaker(), line.substring(l.textStart())));
  }
}
