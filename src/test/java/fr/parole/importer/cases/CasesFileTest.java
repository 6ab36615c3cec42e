package fr.parole.importer.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.importer.ImportException;
import fr.parole.importer.SourceFile;
import fr.parole.importer.TableData;
import fr.parole.importer.TableReader;
import fr.parole.importer.TextDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CasesFileTest {
  private static CasesFile cases(String csv) {
    TableData table = new TableReader(new TextDecoder())
        .read(new SourceFile(Path.of("cas.csv"), "cas.csv", csv.getBytes(StandardCharsets.UTF_8)));
    return CasesFile.from(table);
  }

  @Test
  void keyedBySpeakerMatchesTheSamePersonWrittenDifferently() {
    CasesFile file = cases("speaker;establishment;role\nP.3;CHU3;PATIENT\nCGS 3;CHU3;CGS\n");

    assertEquals(CaseKey.SPEAKER, file.keyKind());
    Map<String, String> patient = Map.of("establishment", "CHU3", "role", "PATIENT");
    // "P.3", "P 3", "p3" and "P . 3" are one person: case, spaces and dots are not compared.
    for (String label : List.of("P.3", "P 3", "p3", "P . 3", " p.3 ")) {
      assertEquals(patient, file.forSpeaker(label).orElseThrow().attributes(), label);
    }
    assertEquals(Optional.empty(), file.forSpeaker("P 33"));
    assertEquals(Optional.empty(), file.forSpeaker("Q"));
    assertEquals(Optional.empty(), file.forSpeaker(null));
    // A speaker-keyed file says nothing about whole sources.
    assertEquals(Optional.empty(), file.forSource("entretiens/P3.md"));
  }

  @Test
  void speakerKeysIgnoreAccents() {
    CasesFile file = cases("locuteur;role\nHélène;IDE\n");

    assertEquals("IDE", file.forSpeaker("HELENE").orElseThrow().attributes().get("role"));
  }

  @Test
  void keyedBySourceMatchesPathFileNameOrNameWithoutExtension() {
    for (String key : List.of("RU1", "RU1.md", "entretiens/RU1.md", "entretiens\\RU1.md", "ru1.MD")) {
      CasesFile file = cases("source;site;role\n" + key + ";CHU1;RU\n");

      assertEquals(CaseKey.SOURCE, file.keyKind());
      CaseRow row = file.forSource("entretiens/RU1.md").orElseThrow(() -> new AssertionError(key));
      assertEquals(Map.of("site", "CHU1", "role", "RU"), row.attributes(), key);
      assertEquals(2, row.line());
      assertEquals(Optional.empty(), file.forSource("entretiens/RU10.md"), key);
      assertEquals(Optional.empty(), file.forSpeaker("RU 1"), key);
    }
  }

  @Test
  void frenchColumnNamesAreKeysToo() {
    assertEquals(CaseKey.SOURCE, cases("Fichier;Site\nDQ1.txt;CHU1\n").keyKind());
    assertEquals(CaseKey.SOURCE, cases("entretien;site\nDQ1;CHU1\n").keyKind());
    assertEquals(CaseKey.SPEAKER, cases("Intervenant;site\nDQ 1;CHU1\n").keyKind());
  }

  @Test
  void aSourceColumnWinsOverASpeakerColumn() {
    // Both present: rows describe transcripts, and "speaker" becomes an ordinary attribute.
    CasesFile file = cases("speaker;source;site\nRU 1;RU1.md;CHU1\n");

    assertEquals(CaseKey.SOURCE, file.keyKind());
    assertEquals(Map.of("speaker", "RU 1", "site", "CHU1"), file.forSource("RU1.md").orElseThrow().attributes());
  }

  @Test
  void attributeNamesAreLowerCaseWithUnderscoresAndEmptyCellsAreLeftOut() {
    CasesFile file = cases("speaker;Type de structure;Rôle\nCSS 3;;CSS\n");

    assertEquals(Map.of("rôle", "CSS"), file.forSpeaker("CSS 3").orElseThrow().attributes());
    assertEquals("type_de_structure", CasesFile.attributeName("  Type de  structure "));
  }

  @Test
  void aDuplicateKeyNamesBothLines() {
    ImportException e = assertThrows(ImportException.class,
        () -> cases("speaker;role\nP.3;PATIENT\nCGS 3;CGS\np 3;RU\n"));

    // "p 3" on line 4 is the same person as "P.3" on line 2.
    assertTrue(e.getMessage().startsWith("cas.csv, ligne 4 : "), e.getMessage());
    assertTrue(e.getMessage().contains("ligne 2"), e.getMessage());
    assertTrue(e.getMessage().contains("p 3"), e.getMessage());
  }

  @Test
  void aDuplicateSourceNamesBothLines() {
    ImportException e = assertThrows(ImportException.class, () -> cases("source;site\nRU1.md;CHU1\nru1.md;CH2\n"));

    assertTrue(e.getMessage().startsWith("cas.csv, ligne 3 : "), e.getMessage());
    assertTrue(e.getMessage().contains("ligne 2"), e.getMessage());
  }

  @Test
  void withoutAKeyColumnTheMessageListsTheColumnsFound() {
    ImportException e = assertThrows(ImportException.class,
        () -> cases("nom;établissement;rôle\nCGS 3;CHU3;CGS\n"));

    assertTrue(e.getMessage().startsWith("cas.csv, ligne 1 : "), e.getMessage());
    assertTrue(e.getMessage().contains("nom, établissement, rôle"), e.getMessage());
    assertTrue(e.getMessage().contains("source") && e.getMessage().contains("speaker"), e.getMessage());
  }

  @Test
  void anEmptyKeyCellIsAnErrorNamingItsLine() {
    ImportException e = assertThrows(ImportException.class, () -> cases("speaker;role\nP 3;PATIENT\n;MED\n"));

    assertTrue(e.getMessage().startsWith("cas.csv, ligne 3 : "), e.getMessage());
  }

  @Test
  void sourceNamesAreThePathTheFileNameAndTheBareName() {
    assertEquals(List.of("entretiens/DQ1.txt", "DQ1.txt", "DQ1"), CasesFile.sourceNames("entretiens/DQ1.txt"));
    assertEquals(List.of("NOTES", "NOTES"), CasesFile.sourceNames("NOTES"));
  }
}
