package fr.parole.importer.transcript;

import fr.parole.importer.ImportException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a transcript saved by noScribe as HTML. noScribe writes one paragraph per speaker turn; each
 * of Whisper's segments in it is an anchor {@code <a name="ts_START_END_SPEAKER">} (milliseconds in the
 * recording; older versions write {@code ts_START_END}), and the turn's text opens with
 * « S01: » or « S01 [00:01:02]: » (the name as the user may have changed it in noScribe's editor,
 * which keeps the anchors). Paragraphs without anchors (the title, the settings note) are not speech.
 * Overlapping speech is marked « //…// » by noScribe; the marks are dropped from the words.
 */
final class NoScribeHtml {
  private static final Pattern ANCHOR = Pattern.compile("^ts_(\\d+)_(\\d+)(?:_(.*))?$");
  private static final Pattern OPENING = Pattern.compile(
      "^[ \\t]*(?://)?(?<name>[^:\\[\\]\\n]{1,60}?)[ \\t]*(?:\\[\\d{1,2}:\\d{2}:\\d{2}][ \\t]*)?:[ \\t]*");
  private static final Pattern NOSCRIBE_NAME = Pattern.compile("S\\d{1,3}");
  private static final Pattern TIMESTAMP = Pattern.compile("\\[\\d{1,2}:\\d{2}:\\d{2}]");

  private NoScribeHtml() {}

  /** The turns of the HTML {@code text} of the file named {@code file}. */
  static SubtitleCues.Read read(String file, String text) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document document = Jsoup.parse(text, "", parser);
    List<Cue> cues = new ArrayList<>();
    for (Element paragraph : document.select("p")) {
      Cue cue = turn(file, paragraph);
      if (cue != null) {
        cues.add(cue);
      }
    }
    if (cues.isEmpty()) {
      throw new ImportException(file + " : aucun passage horodaté de noScribe (attendu des paragraphes de liens "
          + "<a name=\"ts_début_fin_locuteur\">, tels que noScribe les écrit) : ce fichier HTML n'est pas une "
          + "transcription noScribe. Rien n'est importé de ce fichier.");
    }
    return SubtitleCues.checked(file, cues, List.of());
  }

  /** A paragraph with noScribe's anchors as one cue, or null when it has none. */
  private static Cue turn(String file, Element paragraph) {
    long start = -1;
    long end = -1;
    String anchorSpeaker = null;
    int line = paragraph.sourceRange().start().lineNumber();
    for (Element anchor : paragraph.select("a[name]")) {
      Matcher m = ANCHOR.matcher(anchor.attr("name"));
      if (!m.matches()) {
        continue;
      }
      long from = Long.parseLong(m.group(1));
      long to = Long.parseLong(m.group(2));
      if (to < from) {
        throw ImportException.at(file, anchor.sourceRange().start().lineNumber(), "le passage « "
            + anchor.attr("name") + " » finit avant de commencer (attendu ts_début_fin en millisecondes). Rien n'est "
            + "importé de ce fichier.");
      }
      if (start < 0) {
        start = from;
        anchorSpeaker = m.group(3);
      }
      end = Math.max(end, to);
    }
    if (start < 0) {
      return null;
    }
    String text = TIMESTAMP.matcher(paragraph.text()).replaceAll(" ").replace("//", " ").strip();
    String speaker = anchorSpeaker == null || anchorSpeaker.isBlank() ? null : anchorSpeaker.replace("//", "").strip();
    Matcher opening = OPENING.matcher(paragraph.text());
    // The name before the colon is the speaker's when noScribe separated speakers (the anchor names
    // one; the user may have renamed it in the text) or it is noScribe's own « S01 »; without
    // speakers, « Bon alors : … » is words.
    if (opening.lookingAt() && (speaker != null || NOSCRIBE_NAME.matcher(opening.group("name").strip()).matches())) {
      speaker = opening.group("name").strip();
      text = TIMESTAMP.matcher(paragraph.text().substring(opening.end())).replaceAll(" ").replace("//", " ").strip();
    }
    return new Cue(line, start, end, StringEscapeUtils.escapeHtml4(text), speaker);
  }
}
