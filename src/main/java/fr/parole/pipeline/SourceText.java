package fr.parole.pipeline;

import fr.parole.exchange.QdpxProject.Coding;
import fr.parole.exchange.QdpxProject.Selection;
import fr.parole.study.ExchangeQueries.StoredCoding;
import fr.parole.study.SegmentRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One source's plain text as exported, built segment after segment, with the selections of its
 * codings and memos. Segments are separated by a blank line; a turn opens with « speaker : ». A
 * segment is pseudonymised piece by piece between the bounds of the spans coded in it, so that each
 * span's bounds are known in the text written; positions are Unicode code points of that text. A
 * character XML cannot hold becomes a space (one for one, positions unchanged).
 */
final class SourceText {
  private final UnaryOperator<String> shown;
  private final UnaryOperator<String> shownSpeaker;
  private final StringBuilder text = new StringBuilder();
  private int codePoints;
  /** Selections by "segment/start/end" (start and end in the segment, empty for the whole segment). */
  private final Map<String, Draft> selections = new LinkedHashMap<>();
  /** Where each segment lies in the text written: {start, end} in code points. */
  private final Map<Long, int[]> segments = new HashMap<>();

  SourceText(UnaryOperator<String> shown, UnaryOperator<String> shownSpeaker) {
    this.shown = shown;
    this.shownSpeaker = shownSpeaker;
  }

  void add(SegmentRecord segment, List<StoredCoding> codings, Function<StoredCoding, Coding> coding,
      List<String> noteRefs) {
    if (text.length() > 0) {
      append("\n\n");
    }
    if (segment.speaker() != null && !segment.speaker().isBlank()) {
      append(shownSpeaker.apply(segment.speaker()).strip() + " : ");
    }
    String raw = segment.text();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, raw.length()));
    for (StoredCoding c : codings) {
      if (hasSpan(c, raw)) {
        cuts.add(c.spanStart());
        cuts.add(c.spanEnd());
      }
    }
    Map<Integer, Integer> at = new HashMap<>();
    int previous = 0;
    at.put(0, codePoints);
    for (int cut : cuts.tailSet(1)) {
      append(shown.apply(raw.substring(previous, cut)));
      at.put(cut, codePoints);
      previous = cut;
    }
    segments.put(segment.id(), new int[] {at.get(0), at.get(raw.length())});
    for (StoredCoding c : codings) {
      String key = hasSpan(c, raw) ? segment.id() + "/" + c.spanStart() + "/" + c.spanEnd() : segment.id() + "//";
      int start = hasSpan(c, raw) ? at.get(c.spanStart()) : at.get(0);
      int end = hasSpan(c, raw) ? at.get(c.spanEnd()) : at.get(raw.length());
      selections.computeIfAbsent(key, k -> new Draft(k, start, end)).codings.add(coding.apply(c));
    }
    if (!noteRefs.isEmpty()) {
      draft(segment.id()).noteRefs.addAll(noteRefs);
    }
  }

  /** The GUID of the selection of a whole segment (made if it has none yet), for a memo or a case. */
  String wholeSegment(long segmentId) {
    return draft(segmentId).guid;
  }

  private Draft draft(long segmentId) {
    int[] place = segments.get(segmentId);
    return selections.computeIfAbsent(segmentId + "//", k -> new Draft(k, place[0], place[1]));
  }

  private static boolean hasSpan(StoredCoding c, String raw) {
    return c.spanStart() != null && c.spanEnd() != null && 0 <= c.spanStart() && c.spanStart() < c.spanEnd()
        && c.spanEnd() <= raw.length();
  }

  private void append(String piece) {
    String safe = fr.parole.exchange.XmlText.safe(piece);
    text.append(safe);
    codePoints += safe.codePointCount(0, safe.length());
  }

  String text() {
    return text.toString();
  }

  List<Selection> selections() {
    return selections.values().stream().sorted(Comparator.<Draft>comparingInt(d -> d.start).thenComparingInt(d -> d.end))
        .map(d -> new Selection(d.guid, d.start, d.end, d.codings, d.noteRefs)).toList();
  }

  /** A selection being filled. */
  private static final class Draft {
    final String guid;
    final int start;
    final int end;
    final List<Coding> codings = new ArrayList<>();
    final List<String> noteRefs = new ArrayList<>();

    Draft(String key, int start, int end) {
      this.guid = UUID.nameUUIDFromBytes(("parole/selection/" + key).getBytes(StandardCharsets.UTF_8)).toString();
      this.start = start;
      this.end = end;
    }
  }
}
