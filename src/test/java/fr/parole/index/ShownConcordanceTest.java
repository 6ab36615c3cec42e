package fr.parole.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.Pseudonymiser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A concordance line is cut from the segment as shown, whatever the match's raw offsets. */
class ShownConcordanceTest {
  private static KwicLine line(String text, int start, int end) {
    return new KwicLine(1, "v.csv", 2, null, Map.of(), text.substring(0, start), text.substring(start, end),
        text.substring(end), start, end);
  }

  @Test
  void aNameCutInTwoByTheMatchIsStillReplacedForACoResearcher() {
    Pseudonymiser pseudonymiser = Pseudonymiser.french(FrenchModels.load());
    Pseudonymiser.Placeholders placeholders = new Pseudonymiser.Placeholders();
    java.util.function.UnaryOperator<String> shown = t -> pseudonymiser.pseudonymise(t, placeholders);
    String text = "Le Dr Martin a été très gentil avec moi.";
    ShownConcordance.Cut onName = ShownConcordance.cut(line(text, 6, 12), shown, 60);
    assertEquals("[NOM-1]", onName.match());
    assertEquals("Le Dr ", onName.left());
    ShownConcordance.Cut after = ShownConcordance.cut(line(text, 24, 30), shown, 60);
    assertEquals("gentil", after.match());
    assertEquals("Le Dr [NOM-1] a été très ", after.left());
    assertFalse((after.left() + after.match() + after.right()).contains("Martin"));
  }

  @Test
  void offsetsFollowEachPlaceholder() {
    String raw = "Appelez Julie au 06 12 34 56 78 demain";
    String shown = "Appelez [NOM-1] au [TEL] demain";
    assertArrayEquals(new int[] {25, 31}, ShownConcordance.carry(raw, shown, 32, 38));
    assertArrayEquals(new int[] {8, 15}, ShownConcordance.carry(raw, shown, 10, 12), "inside a name: its placeholder");
    assertArrayEquals(new int[] {0, 7}, ShownConcordance.carry(raw, shown, 0, 7));
  }
}
