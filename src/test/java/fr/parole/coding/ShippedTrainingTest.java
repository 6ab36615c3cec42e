package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShippedTrainingTest {
  @Test
  void eachShippedCodebookHasItsConstructedTexts() {
    Codebook esatis = new CodebookLibrary().load("esatis");
    List<GoldLabels.Labelled> rows = ShippedTraining.rows(esatis);
    assertEquals(528, rows.size(), "models/training/esatis-commentaires.tsv");
    assertTrue(rows.stream().anyMatch(r -> r.codes().getOrDefault("esatis", java.util.Set.of()).contains("repas")));
    assertTrue(ShippedTraining.rows(new CodebookLibrary().load("partenariat")).size() > 100);
  }

  @Test
  void noneForAnotherCodebookOrACopyWhoseCodesNoLongerMatch() {
    Codebook esatis = new CodebookLibrary().load("esatis");
    assertEquals(List.of(), ShippedTraining.rows(new Codebook("maison", "Maison", "", esatis.dimensions())));
    // The study's copy with « repas » merged away: the texts labelled « repas » would teach a code it lacks.
    Dimension only = esatis.dimensions().get(0);
    Dimension without = new Dimension(only.id(), only.label(), only.definition(),
        only.codes().stream().filter(c -> !c.id().equals("repas")).toList(), only.exclusive());
    assertEquals(List.of(), ShippedTraining.rows(new Codebook("esatis", esatis.label(), esatis.description(),
        List.of(without))));
  }
}
