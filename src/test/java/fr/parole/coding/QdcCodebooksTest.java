package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QdcCodebooksTest {
  private final QdcCodebooks qdc = new QdcCodebooks();
  private final Codebook small = new CodebookReader().parse("essai.yaml", CodebookReaderTest.SMALL);

  @Test
  void exportsDimensionsAsUncodableParentCodes() {
    String xml = qdc.toXml(small);
    assertTrue(xml.contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\""), xml);
    assertTrue(xml.contains("name=\"type\" isCodable=\"false\""), xml);
    assertTrue(xml.contains("name=\"manque_de_temps\" isCodable=\"true\""), xml);
    assertEquals(qdc.toXml(small), xml, "GUIDs are stable from one export to the next");
  }

  @Test
  void roundTripKeepsDimensionsCodesAndParents() {
    Codebook back = qdc.parse("essai.qdc", qdc.toXml(small).getBytes(StandardCharsets.UTF_8));
    assertEquals(small.codes().stream().map(Code::path).toList(), back.codes().stream().map(Code::path).toList());
    assertEquals("obstacle", back.code("type/manque_de_temps").orElseThrow().parent());
    assertTrue(back.code("type/levier").orElseThrow().definition().contains("favorise"));
  }

  @Test
  void acceptsTheAlternativeNamespaceAndLooseCodes() {
    String xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <CodeBook xmlns="urn:QDA-XML:codebook:1:0" origin="QualCoder">
          <Codes>
            <Code guid="1" name="Accueil" isCodable="true"><Description>Accueil du patient</Description></Code>
            <Code guid="2" name="Soins" isCodable="true"><Code guid="3" name="Douleur" isCodable="true"/></Code>
          </Codes>
        </CodeBook>
        """;
    Codebook book = qdc.parse("qualcoder.qdc", xml.getBytes(StandardCharsets.UTF_8));
    // A codable parent stays a code of its own dimension; a childless top-level code goes to "codes".
    assertEquals(List.of("Soins/Soins", "Soins/Douleur", "codes/Accueil"),
        book.codes().stream().map(Code::path).toList());
  }

  @Test
  void notXmlIsRefusedWithTheFileName() {
    CodebookException e = assertThrows(CodebookException.class,
        () -> qdc.parse("faux.qdc", "ceci n'est pas du XML".getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().startsWith("faux.qdc"), e.getMessage());
  }

  @Test
  void anExternalEntityIsNeverRead() {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE CodeBook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="1" name="&xxe;"/></Codes></CodeBook>
        """;
    CodebookException e = assertThrows(CodebookException.class,
        () -> qdc.parse("xxe.qdc", xxe.getBytes(StandardCharsets.UTF_8)));
    assertFalse(e.getMessage().contains("root:"), e.getMessage());
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
  }

  @Test
  void anotherRootElementIsRefused() {
    CodebookException e = assertThrows(CodebookException.class, () -> qdc.parse("projet.qde",
        "<Project xmlns=\"urn:QDA-XML:project:1.0\"/>".getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("<Project>"), e.getMessage());
  }
}
