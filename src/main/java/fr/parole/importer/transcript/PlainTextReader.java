package fr.parole.importer.transcript;

import fr.parole.importer.DecodedText;
import fr.parole.importer.SourceFile;
import fr.parole.importer.TextDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code .txt} and {@code .md} transcripts. Line ends are normalised to '\n'; a line that
 * starts with '#' is a heading (Markdown style), in both formats.
 */
public final class PlainTextReader implements TranscriptReader {
  private final TextDecoder decoder;

  public PlainTextReader(TextDecoder decoder) {
    this.decoder = decoder;
  }

  @Override
  public Set<String> formats() {
    return Set.of("txt", "md", "markdown");
  }

  @Override
  public TranscriptText read(SourceFile file) {
    DecodedText decoded = decoder.decode(file.name(), file.bytes());
    String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
    List<TranscriptText.Heading> headings = new ArrayList<>();
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd);
      if (line.startsWith("#")) {
        String title = line.replaceFirst("^#+", "").replace("*", "").strip();
        if (!title.isEmpty()) {
          headings.add(new TranscriptText.Heading(lineStart, title));
        }
      }
      lineStart = lineEnd + 1;
    }
    return new TranscriptText(text, decoded.encoding(), headings);
  }
}
