package fr.parole.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.study.SegmentKind;
import fr.parole.study.StudyConfig;
import fr.parole.study.StudyConfig.SectionSpec;
import fr.parole.study.StudyConfig.SpeakerSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImporterRegistryTest {
  private static final StudyConfig CONFIG = new StudyConfig("demo", List.of(), List.of(), List.of(),
      new SpeakerSpec(List.of("Modératrice"), null, null),
      new SectionSpec("level", null, Map.of("Niveau intermédiaire", "intermediaire")), null);

  private final ImporterRegistry registry = ImporterRegistry.forStudy(CONFIG);

  private static SourceFile file(String name, String text) {
    return new SourceFile(Path.of(name), "entretiens/" + name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void knowsTheTranscriptFormatsByExtension() {
    assertEquals(List.of("docx", "htm", "html", "markdown", "md", "odt", "srt", "txt", "vtt"), registry.formats());
    assertTrue(registry.supports("md"));
    assertFalse(registry.supports("pdf"));
    assertFalse(registry.supports("doc"));
    // The extension is compared in lower case: "P3.TXT" from an old Windows machine is a .txt.
    assertTrue(registry.forFile(file("P3.TXT", "P 3 : Bonjour")).isPresent());
    assertEquals(Optional.empty(), registry.forFile(file("P3.pdf", "%PDF")));
  }

  @Test
  void theStudysInterviewersAndSectionsReachTheImporter() {
    String text = "## Niveau intermédiaire\nModératrice : Comment avez-vous procédé ?\nMED 1 : La culture d’équipe.\n";

    ImportedSource source = registry.forFile(file("MED1.md", text)).orElseThrow().read(file("MED1.md", text));

    assertEquals("transcript/md", source.format());
    assertEquals("UTF-8", source.encoding());
    assertEquals(text, source.content());
    assertEquals(List.of(SegmentKind.INTERVIEWER, SegmentKind.TURN),
        source.segments().stream().map(ImportedSegment::kind).toList());
    assertEquals("intermediaire", source.segments().get(1).attributes().get("level"));
    assertEquals(List.of(), source.warnings());
  }
}
