package fr.parole.importer.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.importer.ImportException;
import fr.parole.importer.SourceFile;
import fr.parole.importer.TableData;
import fr.parole.importer.TableReader;
import fr.parole.importer.TextDecoder;
import fr.parole.study.AttributeNames;
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
    CasesFile file = cases("speaker;Type de structure;Ancienneté\nCSS 3;;12 ans\n");

    assertEquals(Map.of("ancienneté", "12 ans"), file.forSpeaker("CSS 3").orElseThrow().attributes());
    assertEquals("type_de_structure", CasesFile.attributeName("  Type de  structure "));
  }

  @Test
  void usualFrenchAndEnglishHeadersGiveTheStudysAttributes() {
    CasesFile file = cases("Locuteur;Établissement;RÔLE;Unité de soins;Niveau\nCSS 3;CHU3;CSS;Cardiologie;meso\n");

    assertEquals(Map.of("establishment", "CHU3", "role", "CSS", "service", "Cardiologie", "level", "meso"),
        file.forSpeaker("CSS 3").orElseThrow().attributes());
    assertEquals(List.of(), file.warnings());
  }

  @Test
  void aStudyThatNamesItsAttributesInFrenchKeepsItsNames() {
    TableData table = new TableReader(new TextDecoder()).read(new SourceFile(Path.of("cas.csv"), "cas.csv",
        "speaker;Hôpital;Fonction\nCSS 3;CHU3;CSS\n".getBytes(StandardCharsets.UTF_8)));
    CasesFile file = CasesFile.from(table, new AttributeNames(List.of("etablissement", "métier")));

    assertEquals(Map.of("etablissement", "CHU3", "métier", "CSS"), file.forSpeaker("CSS 3").orElseThrow().attributes());
  }

  @Test
  void twoColumnsOfOneAttributeAreWarnedAboutAndTheFirstValueKept() {
    CasesFile file = cases("speaker;Établissement;etablissement;role\nCSS 3;CHU3;CHU1;CSS\nIDE 1;;CHU1;IDE\n");

    assertEquals("CHU3", file.forSpeaker("CSS 3").orElseThrow().attributes().get("establishment"));
    assertEquals("CHU1", file.forSpeaker("IDE 1").orElseThrow().attributes().get("establishment"));
    assertEquals(List.of("cas.csv, ligne 1 : les colonnes « Établissement » et « etablissement » donnent toutes deux "
        + "l'attribut « establishment » ; la première valeur non vide d'une ligne est gardée. Gardez une seule de ces "
        + "colonnes."), file.warnings());
  }

  @Test
  void aColumnWithinATypoOfAnAttributeIsWarnedAbout() {
    CasesFile file = cases("speaker;Etablisement;roles;ville\nCSS 3;CHU3;CSS;Lyon\n");

    assertEquals(Map.of("etablisement", "CHU3", "roles", "CSS", "ville", "Lyon"),
        file.forSpeaker("CSS 3").orElseThrow().attributes());
    assertEquals(2, file.warnings().size(), file.warnings().toString());
    assertTrue(file.warnings().get(0).contains("la colonne « Etablisement » donne l'attribut « etablisement », "
        + "proche de « establishment »"), file.warnings().toString());
    assertTrue(file.warnings().get(1).contains("« roles », proche de « role »"), file.warnings().toString());
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
