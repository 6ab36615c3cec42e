package fr.parole.importer.transcript;

import fr.parole.importer.ImportException;
import fr.parole.study.SegmentTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cues of a WebVTT file (W3C WebVTT: the {@code WEBVTT} line, then blocks separated by
 * blank lines: cues with an optional identifier, a timing line with optional settings, and text;
 * NOTE, STYLE and REGION blocks skipped) or of a SubRip file (counter, timing with a comma, text).
 * A timing that is not one, a block without timing, cues out of order or a file that is not of
 * its format stop the import of the file with its line; an empty cue is skipped with a warning.
 */
final class SubtitleCues {
  /** {@code [hh:]mm:ss.ttt}: hours optional (WebVTT), comma or point (SRT writes a comma). */
  private static final String TIME = "(?:(\\d{1,3}):)?(\\d{2}):(\\d{2})[.,](\\d{3})";
  private static final Pattern TIMING = Pattern.compile(
      "^[ \\t]*(?<from>\\S+)[ \\t]+-->[ \\t]+(?<to>\\S+)(?:[ \\t]+.*)?$");
  private static final Pattern TIMESTAMP = Pattern.compile("^" + TIME + "$");
  private static final Pattern COUNTER = Pattern.compile("^[ \\t]*\\d+[ \\t]*$");
  private static final Pattern HEADER = Pattern.compile("^WEBVTT(?:[ \\t].*)?$");
  private static final Pattern SKIPPED_BLOCK = Pattern.compile("^(?:NOTE|STYLE|REGION)(?:[ \\t].*)?$");
  private static final String VTT_EXAMPLE = "« 00:01:02.500 --> 00:01:05.000 » (heures facultatives)";
  private static final String SRT_EXAMPLE = "« 00:01:02,500 --> 00:01:05,000 »";

  /** The cues of a file, in order, and the warnings about it. */
  record Read(List<Cue> cues, List<String> warnings) {}

  private final String file;
  private final boolean vtt;
  private final List<Cue> cues = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private int emptyCues;
  private int firstEmpty;
  private int overlaps;
  private int firstOverlap;

  private SubtitleCues(String file, boolean vtt) {
    this.file = file;
    this.vtt = vtt;
  }

  /** The cues of a WebVTT text (line ends already '\n', no BOM). */
  static Read webVtt(String file, String text) {
    return new SubtitleCues(file, true).read(text);
  }

  /** Cues read otherwise (noScribe's HTML), checked for order and overlaps as subtitles are. */
  static Read checked(String file, List<Cue> read, List<String> warnings) {
    SubtitleCues cues = new SubtitleCues(file, true);
    cues.warnings.addAll(warnings);
    read.forEach(cues::add);
    return cues.finish();
  }

  /** The cues of a SubRip text (line ends already '\n', no BOM). */
  static Read srt(String file, String text) {
    return new SubtitleCues(file, false).read(text);
  }

  private Read read(String text) {
    String[] lines = text.split("\n", -1);
    int i = 0;
    if (vtt) {
      if (!HEADER.matcher(lines[0].strip()).matches()) {
        throw ImportException.at(file, 1, "attendu « WEBVTT » en première ligne (un fichier WebVTT commence ainsi), "
            + "trouvé « " + excerpt(lines[0]) + " »" + hintOther(lines) + ". Rien n'est "
            + "importé de ce fichier.");
      }
      i = 1;
      while (i < lines.length && !lines[i].isBlank()) { // header lines up to the first blank line
        i++;
      }
    } else if (HEADER.matcher(lines[0].strip()).matches()) {
      throw ImportException.at(file, 1, "ce fichier commence par « WEBVTT » : c'est un fichier WebVTT, pas SRT. "
          + "Renommez-le en .vtt. Rien n'est importé de ce fichier.");
    }
    while (i < lines.length) {
      if (lines[i].isBlank()) {
        i++;
        continue;
      }
      int end = i;
      while (end < lines.length && !lines[end].isBlank()) {
        end++;
      }
      block(lines, i, end);
      i = end;
    }
    return finish();
  }

  private Read finish() {
    if (cues.isEmpty()) {
      throw new ImportException(file + " : aucun sous-titre avec du texte (attendu des blocs « "
          + (vtt ? "00:00:01.000 --> 00:00:04.000" : "1, puis 00:00:01,000 --> 00:00:04,000") + " » suivis du texte "
          + "dit). Rien n'est importé de ce fichier.");
    }
    if (emptyCues > 0) {
      warnings.add(emptyCues + " sous-titre(s) sans texte ignoré(s) (le premier ligne " + firstEmpty + ").");
    }
    if (overlaps > 0) {
      warnings.add(overlaps + " sous-titre(s) commencent avant la fin du précédent (le premier ligne " + firstOverlap
          + ") : paroles qui se chevauchent, gardées dans l'ordre de leur début.");
    }
    return new Read(List.copyOf(cues), List.copyOf(warnings));
  }

  /** One block of lines {@code [from, to)}: a cue, or a note, style or region block. */
  private void block(String[] lines, int from, int to) {
    if (vtt && SKIPPED_BLOCK.matcher(lines[from]).matches()) {
      return;
    }
    int timing = from;
    if (!lines[from].contains("-->")) {
      // A cue identifier (WebVTT, any text) or a counter (SRT) comes before the timing.
      if (!vtt && !COUNTER.matcher(lines[from]).matches() || from + 1 >= to || !lines[from + 1].contains("-->")) {
        throw ImportException.at(file, from + 1, "attendu " + (vtt ? "une ligne de temps " + VTT_EXAMPLE
            + " (après un identifiant facultatif)" : "le numéro du sous-titre puis sa ligne de temps " + SRT_EXAMPLE)
            + ", trouvé « " + excerpt(lines[from]) + " »" + (from == 0 && !vtt ? hintOther(lines) : "")
            + ". Rien n'est importé de ce fichier.");
      }
      timing = from + 1;
    }
    Matcher m = TIMING.matcher(lines[timing]);
    if (!m.matches()) {
      throw ImportException.at(file, timing + 1, "ligne de temps illisible « " + excerpt(lines[timing]) + " » (attendu "
          + (vtt ? VTT_EXAMPLE : SRT_EXAMPLE) + "). Rien n'est importé de ce fichier.");
    }
    long start = millis(m.group("from"), timing + 1);
    long end = millis(m.group("to"), timing + 1);
    if (end < start) {
      throw ImportException.at(file, timing + 1, "le sous-titre finit (" + m.group("to") + ") avant de commencer ("
          + m.group("from") + "). Rien n'est importé de ce fichier.");
    }
    String payload = String.join("\n", java.util.Arrays.copyOfRange(lines, timing + 1, to));
    if (CueText.isEmpty(payload)) {
      if (emptyCues++ == 0) {
        firstEmpty = timing + 1;
      }
      return;
    }
    add(new Cue(timing + 1, start, end, payload, null));
  }

  private void add(Cue cue) {
    if (!cues.isEmpty()) {
      Cue previous = cues.get(cues.size() - 1);
      if (cue.startMs() < previous.startMs()) {
        throw ImportException.at(file, cue.line(), "ce sous-titre commence (" + precise(cue.startMs())
            + ") avant le précédent (" + precise(previous.startMs()) + ", ligne " + previous.line()
            + ") : attendu des sous-titres dans l'ordre du temps. Rien n'est importé de ce fichier.");
      }
      // Whisper's segments and diarized voices overlap by a few hundred milliseconds, and people do talk
      // over each other: the file stays readable in start order, so it is kept, and the user told.
      if (cue.startMs() < previous.endMs() && overlaps++ == 0) {
        firstOverlap = cue.line();
      }
    }
    cues.add(cue);
  }

  private long millis(String time, int line) {
    Matcher t = TIMESTAMP.matcher(time);
    if (!t.matches() || Integer.parseInt(t.group(2)) > 59 || Integer.parseInt(t.group(3)) > 59
        || (t.group(1) == null && !vtt)) {
      throw ImportException.at(file, line, "« " + excerpt(time) + " » n'est pas un temps (attendu "
          + (vtt ? "hh:mm:ss.ttt ou mm:ss.ttt, ex. 00:01:02.500" : "hh:mm:ss,ttt, ex. 00:01:02,500")
          + "). Rien n'est importé de ce fichier.");
    }
    long hours = t.group(1) == null ? 0 : Long.parseLong(t.group(1));
    return ((hours * 60 + Long.parseLong(t.group(2))) * 60 + Long.parseLong(t.group(3))) * 1000
        + Long.parseLong(t.group(4));
  }

  /** « 00:01:02.500 »: a cue's start as the file writes it, for messages. */
  private static String precise(long ms) {
    return SegmentTimes.clock(ms) + String.format(java.util.Locale.ROOT, ".%03d", ms % 1000);
  }

  /** Why the file may have the wrong extension: the other format's look, or no timing at all. */
  private String hintOther(String[] lines) {
    boolean anyTiming = false;
    for (int i = 0; i < Math.min(lines.length, 50) && !anyTiming; i++) {
      anyTiming = lines[i].contains("-->");
    }
    if (!anyTiming) {
      return " ; aucune ligne « début --> fin » dans le début du fichier : ce n'est pas un fichier de sous-titres "
          + (vtt ? "WebVTT" : "SRT");
    }
    return vtt ? " ; s'il s'agit d'un fichier SubRip, renommez-le en .srt" : "";
  }

  private static String excerpt(String line) {
    String stripped = line.strip();
    return stripped.length() > 60 ? stripped.substring(0, 60) + "…" : stripped;
  }
}
