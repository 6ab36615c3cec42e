package fr.parole.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.importer.cases.CasesFile;
import fr.parole.study.StudyConfig.SpeakerSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeResolverTest {
  private static final SpeakerSpec DEMO_SPEAKERS = new SpeakerSpec(List.of("Q"),
      "^(?<role>\\p{L}+)\\.?\\s*(?<establishment>\\d+)$",
      Map.of("establishment", Map.of("1", "CHU1", "2", "CH2", "3", "CHU3")));

  private static CasesFile cases(String name, String csv) {
    return CasesFile.from(new TableReader(new TextDecoder())
        .read(new SourceFile(Path.of(name), name, csv.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void theSpeakerCodeGivesAttributesThroughThePatternAndValueMaps() {
    AttributeResolver resolver = new AttributeResolver(DEMO_SPEAKERS, List.of());

    assertEquals(Map.of("role", "CGS", "establishment", "CHU3"),
        resolver.resolve("entretiens/CGS3.md", "CGS 3", Map.of()));
    assertEquals(Map.of("role", "P", "establishment", "CHU1"), resolver.resolve("entretiens/P1.md", "P.1", Map.of()));
    // A number the value map does not know is kept as written.
    assertEquals(Map.of("role", "IDE", "establishment", "7"), resolver.resolve("x.md", "IDE 7", Map.of()));
    // Labels that do not fit the pattern give nothing: interviewers, first names.
    assertEquals(Map.of(), resolver.resolve("x.md", "Enquêtrice", Map.of()));
    assertEquals(Map.of(), resolver.resolve("x.md", null, Map.of()));
  }

  @Test
  void fromLeastToMostSpecificCodeThenSourceRowThenSpeakerRowThenSection() {
    CasesFile bySource = cases("sites.csv", "source;establishment;role;mode\nRQ1.md;CH2;INCONNU;visio\n");
    CasesFile bySpeaker = cases("cas.csv", "speaker;role;level\nRQ 1;DQ;sans section\n");
    AttributeResolver resolver = new AttributeResolver(DEMO_SPEAKERS, List.of(bySource, bySpeaker));

    Map<String, String> attributes = resolver.resolve("entretiens/RQ1.md", "RQ 1", Map.of("level", "institutionnel"));

    assertEquals(Map.of(
        "establishment", "CH2",        // the source row beats the code's "1" → CHU1
        "role", "DQ",                  // the speaker row beats the source row and the code's "RQ"
        "mode", "visio",               // only the source row says it
        "level", "institutionnel"),    // the section heading beats the cases files
        attributes);
  }

  @Test
  void aSegmentWithoutSpeakerStillGetsItsSourceRow() {
    CasesFile bySource = cases("sites.csv", "source;mode\nentretiens/DQ1.txt;visio\n");
    AttributeResolver resolver = new AttributeResolver(DEMO_SPEAKERS, List.of(bySource));

    // A preamble has no speaker: the transcript's own attributes still apply.
    assertEquals(Map.of("mode", "visio"), resolver.resolve("entretiens/DQ1.txt", null, Map.of()));
    assertEquals(Map.of(), resolver.resolve("entretiens/DQ2.md", null, Map.of()));
  }

  @Test
  void withoutPatternOnlyTheCasesFilesGiveAttributes() {
    CasesFile bySpeaker = cases("cas.csv", "locuteur;role\nMarie;IDE\n");
    AttributeResolver resolver = new AttributeResolver(new SpeakerSpec(null, "  ", null), List.of(bySpeaker));

    assertEquals(Map.of("role", "IDE"), resolver.resolve("a.md", "MARIE", Map.of()));
    assertEquals(Map.of(), resolver.resolve("a.md", "CGS 3", Map.of()));
  }

  @Test
  void anInvalidPatternNamesTheSettingAndGivesAnExample() {
    ImportException e = assertThrows(ImportException.class,
        () -> new AttributeResolver(new SpeakerSpec(null, "(?<role>\\p{L}+", null), List.of()));

    assertTrue(e.getMessage().startsWith("study.yaml, speakers.pattern"), e.getMessage());
    assertTrue(e.getMessage().contains("exemple"), e.getMessage());
  }
}
