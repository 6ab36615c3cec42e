package fr.parole.importer.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.importer.ImportException;
import fr.parole.importer.SourceFile;
import fr.parole.importer.TextDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
  private final PlainTextReader reader = new PlainTextReader(new TextDecoder());

  private TranscriptText read(String name, byte[] bytes) {
    return reader.read(new SourceFile(Path.of(name), name, bytes));
  }

  @Test
  void readsTxtMdAndMarkdown() {
    assertEquals(java.util.Set.of("txt", "md", "markdown"), reader.formats());
  }

  @Test
  void windowsAndOldMacLineEndsBecomeNewlines() {
    TranscriptText text = read("DQ1.txt",
        "# Entretien DQ 1\r\n\r\nQ : Quels leviers ?\r\nDQ 1 : La loi de 2002\ra été la première pierre.\r\n"
            .getBytes(StandardCharsets.UTF_8));

    assertEquals("# Entretien DQ 1\n\nQ : Quels leviers ?\nDQ 1 : La loi de 2002\na été la première pierre.\n",
        text.text());
    assertFalse(text.text().contains("\r"));
  }

  @Test
  void linesStartingWithHashAreHeadingsAtTheirLineStart() {
    String content = "# Entretien CGS 3\n\nIntroduction.\n## **Niveau institutionnel**\nQ : Bonjour\n#\n### Détail\n";

    TranscriptText text = read("CGS3.md", content.getBytes(StandardCharsets.UTF_8));

    // Markup is removed from titles; a bare "#" has no title and is no heading.
    assertEquals(List.of(
        new TranscriptText.Heading(0, "Entretien CGS 3"),
        new TranscriptText.Heading(content.indexOf("## **"), "Niveau institutionnel"),
        new TranscriptText.Heading(content.indexOf("### "), "Détail")), text.headings());
  }

  @Test
  void headingOffsetsReferToTheNormalisedText() {
    String content = "Préambule\r\n\r\n## Niveau intermédiaire\r\nQ : Bonjour\r\n";

    TranscriptText text = read("IDE1.txt", content.getBytes(StandardCharsets.UTF_8));

    // Two CRs were removed before the heading: its offset is that of the '\n'-only text.
    int start = text.headings().get(0).lineStart();
    assertEquals(11, start);
    assertTrue(text.text().startsWith("## Niveau intermédiaire", start));
  }

  @Test
  void keepsTheEncodingItWasReadIn() {
    TranscriptText text = read("ancien.txt", "P 3 : J’avais peur d’être jugée.".getBytes(Charset.forName("windows-1252")));

    assertEquals("windows-1252", text.encoding());
    assertEquals("P 3 : J’avais peur d’être jugée.", text.text());
  }

  @Test
  void anEmptyFileIsRefusedWithItsName() {
    ImportException e = assertThrows(ImportException.class, () -> read("entretiens/P3.md", new byte[0]));

    assertTrue(e.getMessage().contains("entretiens/P3.md"), e.getMessage());
  }
}
