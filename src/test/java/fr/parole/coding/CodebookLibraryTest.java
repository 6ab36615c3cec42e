package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped codebooks load, hold exactly the ids the project promises, and code real phrasing. */
class CodebookLibraryTest {
  private final CodebookLibrary library = new CodebookLibrary();

  private static List<String> topCodes(Codebook book, String dimension) {
    return book.dimension(dimension).orElseThrow().children(null).stream().map(Code::id).toList();
  }

  @Test
  void partenariatHasTheRequiredDimensionsAndCodes() {
    Codebook book = library.load("partenariat");
    assertEquals(List.of("type", "niveau", "acteur"), book.dimensions().stream().map(Dimension::id).toList());
    assertEquals(List.of("levier", "obstacle", "representation", "pratique"), topCodes(book, "type"));
    assertEquals(List.of("institutionnel", "intermediaire", "relation_de_soins"), topCodes(book, "niveau"));
    assertTrue(book.code("acteur/representant_usagers").isPresent());
    assertTrue(book.codes().stream().allMatch(c -> c.definition() != null && !c.definition().isBlank()));
  }

  @Test
  void esatisHasTheFourteenThemes() {
    Codebook book = library.load("esatis");
    assertEquals(List.of("accueil", "pec_medicale", "pec_paramedicale", "relations_humaines", "information",
        "attente", "douleur", "chambre", "repas", "sortie", "hygiene", "prestations", "cout", "organisation"),
        topCodes(book, "esatis"));
  }

  @Test
  void esatisRulesCodeTypicalComments() {
    RuleCoder coder = new RuleCoder(library.load("esatis"));
    assertTrue(coder.suggest(Tagged.text("Les repas étaient froids et sans goût.")).stream()
        .anyMatch(s -> s.code().equals("esatis/repas")));
    assertTrue(coder.suggest(Tagged.text("Attente interminable aux urgences avant d'être pris en charge.")).stream()
        .anyMatch(s -> s.code().equals("esatis/attente")));
  }

  @Test
  void anUnknownNameListsTheShippedOnes() {
    CodebookException e = assertThrows(CodebookException.class, () -> library.load("inconnu"));
    assertTrue(e.getMessage().contains("partenariat, esatis"), e.getMessage());
  }
}
