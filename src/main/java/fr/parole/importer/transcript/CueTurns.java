package fr.parole.importer.transcript;

import fr.parole.importer.ControlCharacters;
import fr.parole.importer.ImportedSegment;
import fr.parole.importer.ImportedSource;
import fr.parole.study.SegmentKind;
import fr.parole.study.SegmentTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns subtitle cues into speaker turns: consecutive cues of one speaker make one turn, which
 * keeps the start of its first cue and the end of its last. A cue without a speaker goes on with
 * the previous speaker (subtitles cut sentences); cues before any speaker form a preamble. The
 * interviewer's turns are told from the participants' by {@link SpeakerLabels}, as in every
 * transcript. The stored text is one paragraph per turn, « Speaker : words », so that the document
 * reads like any transcript; each segment is exactly its words.
 */
final class CueTurns {
  private final SpeakerLabels labels;

  CueTurns(SpeakerLabels labels) {
    this.labels = labels;
  }

  /** A turn being gathered. */
  private static final class Turn {
    final String speaker;
    final int line;
    final long start;
    long end;
    final StringBuilder words = new StringBuilder();

    Turn(String speaker, int line, long start, long end) {
      this.speaker = speaker;
      this.line = line;
      this.start = start;
      this.end = end;
    }
  }

  ImportedSource source(String format, String encoding, SubtitleCues.Read read) {
    ControlCharacters controls = new ControlCharacters();
    List<Turn> turns = new ArrayList<>();
    Turn current = null;
    for (Cue cue : read.cues()) {
      List<CueText.Part> parts = cue.speaker() != null
          ? List.of(new CueText.Part(cue.speaker(), CueText.plain(cue.payload())))
          : CueText.parts(cue.payload(), labels);
      for (CueText.Part part : parts) {
        String speaker = part.speaker() != null ? controls.clean(part.speaker(), cue.line())
            : current == null ? null : current.speaker;
        if (current == null || !Objects.equals(current.speaker, speaker)) {
          current = new Turn(speaker, cue.line(), cue.startMs(), cue.endMs());
          turns.add(current);
        } else {
          current.words.append(' ');
          current.end = Math.max(current.end, cue.endMs());
        }
        current.words.append(controls.clean(part.text(), cue.line()));
      }
    }
    List<String> warnings = new ArrayList<>(read.warnings());
    warnings.addAll(controls.warnings());
    if (turns.stream().allMatch(t -> t.speaker == null)) {
      return whole(format, encoding, turns, warnings);
    }
    StringBuilder content = new StringBuilder();
    List<ImportedSegment> segments = new ArrayList<>();
    for (Turn turn : turns) {
      if (turn.speaker != null) {
        content.append(turn.speaker).append(" : ");
      }
      int start = content.length();
      content.append(turn.words);
      SegmentKind kind = turn.speaker == null ? SegmentKind.PREAMBLE
          : labels.isInterviewer(turn.speaker) ? SegmentKind.INTERVIEWER : SegmentKind.TURN;
      segments.add(new ImportedSegment(kind, turn.speaker, start, content.length(), turn.line, turn.words.toString(),
          Map.of(), new SegmentTimes(turn.start, turn.end)));
      content.append("\n\n");
    }
    return new ImportedSource(format, encoding, content.toString().strip(), segments, warnings);
  }

  /** No speaker anywhere (Whisper without diarisation): one segment, as for any transcript without turns. */
  private static ImportedSource whole(String format, String encoding, List<Turn> turns, List<String> warnings) {
    Turn turn = turns.get(0);
    String text = turn.words.toString();
    warnings.add("aucun locuteur reconnu (attendu <v Nom>, « SPEAKER_01: » ou « Nom : » au début d'un sous-titre) : "
        + "importé comme un seul segment");
    return new ImportedSource(format, encoding, text, List.of(new ImportedSegment(SegmentKind.WHOLE, null, 0,
        text.length(), turn.line, text, Map.of(), new SegmentTimes(turn.start, turn.end))), warnings);
  }
}
