package fr.parole.importer.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.importer.ImportException;
import fr.parole.study.StudyConfig.SectionSpec;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SectionRuleTest {
  @Test
  void valuesMapIsComparedWithoutCaseAccentsOrExtraSpaces() {
    SectionRule rule = SectionRule.from(new SectionSpec(" level ", null, Map.of(
        "Niveau intermédiaire", "intermediaire", "Niveau relation de soins", "relation_de_soins"))).orElseThrow();

    assertEquals("level", rule.attribute());
    assertEquals(Optional.of("intermediaire"), rule.valueFor("Niveau intermédiaire"));
    assertEquals(Optional.of("intermediaire"), rule.valueFor("  NIVEAU INTERMEDIAIRE "));
    assertEquals(Optional.of("relation_de_soins"), rule.valueFor("niveau   relation de soins"));
    // A heading the map does not know gives no value (the current section goes on).
    assertEquals(Optional.empty(), rule.valueFor("Entretien CGS 3"));
  }

  @Test
  void withoutValuesTheTitleItselfIsTheValue() {
    SectionRule rule = SectionRule.from(new SectionSpec("theme", null, null)).orElseThrow();

    assertEquals(Optional.of("Accueil aux urgences"), rule.valueFor("  Accueil aux urgences "));
  }

  @Test
  void aPatternPicksTheHeadingsAndItsValueGroup() {
    SectionRule rule = SectionRule.from(new SectionSpec("partie", "^Partie (?<value>\\d+)", null)).orElseThrow();

    assertEquals(Optional.of("2"), rule.valueFor("Partie 2 : les freins"));
    // Headings that do not match the pattern leave the section as it is.
    assertEquals(Optional.empty(), rule.valueFor("Annexe : guide d’entretien"));
  }

  @Test
  void aPatternAndAValuesMapWorkTogether() {
    SectionRule rule = SectionRule.from(new SectionSpec("level", "(?<value>Niveau [\\p{L} ]+)",
        Map.of("Niveau institutionnel", "institutionnel"))).orElseThrow();

    assertEquals(Optional.of("institutionnel"), rule.valueFor("II. Niveau institutionnel"));
  }

  @Test
  void noSectionsOrNoAttributeMeansNoRule() {
    assertEquals(Optional.empty(), SectionRule.from(null));
    assertEquals(Optional.empty(), SectionRule.from(new SectionSpec(" ", null, Map.of("a", "b"))));
  }

  @Test
  void anInvalidPatternIsAnImportErrorNamingTheSetting() {
    ImportException e = assertThrows(ImportException.class,
        () -> SectionRule.from(new SectionSpec("level", "Niveau (", null)));

    assertTrue(e.getMessage().contains("sections.pattern"), e.getMessage());
  }
}
