package fr.parole.importer.transcript;

import fr.parole.importer.DecodedText;
import fr.parole.importer.ImportedSource;
import fr.parole.importer.Importer;
import fr.parole.importer.SourceFile;
import fr.parole.importer.TextDecoder;
import java.util.Set;

/**
 * Imports transcripts written by speech-to-text tools (Whisper, WhisperX, noScribe…): WebVTT and
 * SRT subtitles, and noScribe's HTML. Each turn keeps its times in the recording.
 */
public final class SubtitleImporter implements Importer {
  private final TextDecoder decoder;
  private final CueTurns turns;

  public SubtitleImporter(TextDecoder decoder, SpeakerLabels labels) {
    this.decoder = decoder;
    this.turns = new CueTurns(labels);
  }

  @Override
  public Set<String> formats() {
    return Set.of("vtt", "srt", "html", "htm");
  }

  @Override
  public ImportedSource read(SourceFile file) {
    DecodedText decoded = decoder.decode(file.name(), file.bytes());
    String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
    SubtitleCues.Read read = switch (file.extension()) {
      case "vtt" -> SubtitleCues.webVtt(file.name(), text);
      case "srt" -> SubtitleCues.srt(file.name(), text);
      default -> NoScribeHtml.read(file.name(), text);
    };
    String format = "transcript/" + file.extension();
    return turns.source(format, decoded.encoding(), read);
  }
}
