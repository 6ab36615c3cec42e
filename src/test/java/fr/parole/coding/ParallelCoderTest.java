package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParallelCoderTest {
  private final Codebook esatis = new CodebookLibrary().load("esatis");

  @Test
  void resultsComeBackInInputOrderFromSeveralThreads() {
    List<Integer> order = new ArrayList<>();
    List<Boolean> aboutMeals = new ArrayList<>();
    try (ParallelCoder<Integer> coder = new ParallelCoder<>(3,
        () -> new TextCoder(Tagged.MODELS.newTagger(), new RuleCoder(esatis)),
        i -> i % 3 == 0 ? "Le repas numéro " + i + " était froid." : "Rien à signaler pour le séjour " + i + ".",
        (i, coded) -> {
          order.add(i);
          aboutMeals.add(coded.suggestions().stream().anyMatch(s -> s.code().equals("esatis/repas")));
        })) {
      for (int i = 0; i < 1_000; i++) {
        coder.add(i);
      }
      coder.finish();
    }
    assertEquals(1_000, order.size());
    for (int i = 0; i < 1_000; i++) {
      assertEquals(i, order.get(i));
      assertEquals(i % 3 == 0, aboutMeals.get(i), "text " + i);
    }
  }

  @Test
  void aFailureOnACodingThreadReachesTheCaller() {
    try (ParallelCoder<String> coder = new ParallelCoder<>(2,
        () -> new TextCoder(Tagged.MODELS.newTagger(), text -> {
          throw new IllegalStateException("panne du codeur");
        }), s -> s, (s, coded) -> { })) {
      coder.add("Un texte.");
      IllegalStateException e = assertThrows(IllegalStateException.class, coder::finish);
      assertEquals("panne du codeur", e.getMessage());
    }
  }
}
