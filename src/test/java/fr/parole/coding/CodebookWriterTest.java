package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodebookWriterTest {
  @Test
  void yamlRoundTripKeepsEverything() {
    CodebookReader reader = new CodebookReader();
    Codebook book = reader.parse("essai.yaml", CodebookReaderTest.SMALL);
    Codebook back = reader.parse("copie.yaml", new CodebookWriter().toYaml(book));
    assertEquals(book, back);
  }
}
