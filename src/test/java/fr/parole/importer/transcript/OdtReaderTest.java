package fr.parole.importer.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.importer.ImportException;
import fr.parole.importer.ImportedSegment;
import fr.parole.importer.SourceFile;
import fr.parole.study.SegmentKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OdtReaderTest {
  private static final String HEAD = """
      <?xml version="1.0" encoding="UTF-8"?>
      """;
  private static final String OPEN = """
      <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
      xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
      xmlns:dc="http://purl.org/dc/elements/1.1/" \
      xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.3">\
      <office:body><office:text>""";
  private static final String CLOSE = "</office:text></office:body></office:document-content>";

  @TempDir
  Path dir;

  private final OdtReader reader = new OdtReader();

  /** An .odt as LibreOffice writes it: "mimetype" first and stored, then content.xml. */
  static byte[] odt(String contentXml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(contentXml.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  static String body(String paragraphs) {
    return HEAD + OPEN + paragraphs + CLOSE;
  }

  private TranscriptText read(String name, byte[] bytes) throws IOException {
    Path file = Files.write(dir.resolve(name), bytes);
    return reader.read(new SourceFile(file, "entretiens/" + name, Files.readAllBytes(file)));
  }

  private ImportException refused(String name, byte[] bytes) {
    return assertThrows(ImportException.class, () -> read(name, bytes));
  }

  @Test
  void readsHeadingsParagraphsSpacesAndLineBreaks() throws IOException {
    TranscriptText text = read("IDE3.odt", odt(body("""
        <text:h text:outline-level="1">Entretien IDE 3</text:h>\
        <text:h text:outline-level="2">Niveau institutionnel</text:h>\
        <text:p>Q :<text:s/>Quelles sont vos représentations ?</text:p>\
        <text:p>IDE 3 :<text:s/>Le patient partenaire est légitime<text:s text:c="3"/>car il vient avec moi.\
        <text:line-break/>On le connait depuis longtemps</text:p>\
        <text:p>Q :<text:tab/>Et les freins ?</text:p>""")));

    assertEquals("""
        Entretien IDE 3
        Niveau institutionnel
        Q : Quelles sont vos représentations ?
        IDE 3 : Le patient partenaire est légitime   car il vient avec moi.
        On le connait depuis longtemps
        Q :\tEt les freins ?
        """, text.text());
    assertEquals("odt", text.encoding());
    assertEquals(List.of(new TranscriptText.Heading(0, "Entretien IDE 3"),
        new TranscriptText.Heading("Entretien IDE 3\n".length(), "Niveau institutionnel")), text.headings());
  }

  @Test
  void commentsAndFootnotesAreNotPartOfTheTranscript() throws IOException {
    TranscriptText text = read("RU1.odt", odt(body("""
        <text:p>RU 1 : Mon implication dépend des périodes<office:annotation><dc:creator>Relectrice</dc:creator>\
        <text:p>à vérifier avec le guide</text:p></office:annotation>, des directeurs.</text:p>\
        <text:p>Q : Merci<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>\
        <text:note-body><text:p>Note de la transcriptrice.</text:p></text:note-body></text:note>.</text:p>""")));

    assertEquals("RU 1 : Mon implication dépend des périodes, des directeurs.\nQ : Merci.\n", text.text());
    assertFalse(text.text().contains("Relectrice"));
  }

  @Test
  void aTextFrameInsideAParagraphDoesNotLoseTheParagraphsWords() throws IOException {
    // An image caption is a text:p inside a draw:frame anchored in a paragraph: both must be read.
    TranscriptText text = read("MED2.odt", odt(body("""
        <text:p>MED 2 : Les professionnels<draw:frame><draw:text-box><text:p>Illustration 1</text:p>\
        </draw:text-box></draw:frame> ne sont pas reconnus</text:p>\
        <text:p>Q : Merci.</text:p>""")));

    assertTrue(text.text().contains("Les professionnels"), text.text());
    assertTrue(text.text().contains("ne sont pas reconnus"), text.text());
    assertTrue(text.text().contains("Q : Merci."), text.text());
  }

  @Test
  void theSplitterCutsAnOdtIntoTurnsWithExactOffsets() throws IOException {
    TranscriptText text = read("P1.odt", odt(body("""
        <text:h text:outline-level="2">Niveau intermédiaire</text:h>\
        <text:p>Enquêteur : Comment voyez-vous votre rôle ?</text:p>\
        <text:p>P 1 : Là-bas c’est passif,<text:s text:c="2"/>on tend le bras.</text:p>\
        <text:p>Ici c’est l’inverse.</text:p>""")));

    List<ImportedSegment> segments = new TurnSplitter(new SpeakerLabels(List.of()), Optional.empty())
        .split(text).segments();

    assertEquals(List.of(SegmentKind.INTERVIEWER, SegmentKind.TURN),
        segments.stream().map(ImportedSegment::kind).toList());
    assertEquals("Là-bas c’est passif,  on tend le bras.\nIci c’est l’inverse.", segments.get(1).text());
    TurnSplitterTest.assertOffsets(text.text(), segments);
  }

  @Test
  void bytesThatAreNotAZipAreRefusedNamingTheFile() {
    ImportException e = refused("P3.odt", "P 3 : un texte renommé en .odt".getBytes(StandardCharsets.UTF_8));

    assertTrue(e.getMessage().startsWith("entretiens/P3.odt : "), e.getMessage());
    assertTrue(e.getMessage().contains(".odt"), e.getMessage());
  }

  @Test
  void aZipWithoutContentXmlIsRefused() throws IOException {
    ImportException e = refused("archive.odt", DocxReaderTest.zip("notes.txt", "Q : Bonjour"));

    assertTrue(e.getMessage().startsWith("entretiens/archive.odt : "), e.getMessage());
    assertTrue(e.getMessage().contains("content.xml"), e.getMessage());
  }

  @Test
  void malformedXmlIsRefusedWithItsLine() throws IOException {
    ImportException e = refused("casse.odt", odt(HEAD + OPEN + "\n<text:p>Q : Bonjour</text:h>" + CLOSE));

    assertTrue(e.getMessage().startsWith("entretiens/casse.odt : content.xml illisible (ligne 3)"), e.getMessage());
  }

  @Test
  void anInvalidSpaceCountIsRefused() throws IOException {
    ImportException e = refused("espaces.odt", odt(body("<text:p>Q :<text:s text:c=\"beaucoup\"/>Bonjour</text:p>")));

    assertTrue(e.getMessage().contains("text:s"), e.getMessage());
  }

  @Test
  void aDocumentWithoutTextIsRefused() throws IOException {
    ImportException e = refused("vide.odt", odt(body("<text:p><text:s text:c=\"4\"/></text:p><text:p/>")));

    assertTrue(e.getMessage().contains("aucun texte"), e.getMessage());
  }

  @Test
  void externalEntitiesAreNeverExpanded() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0:marqueur-secret-du-test");
    for (String target : List.of("file:///etc/passwd", secret.toUri().toString())) {
      String xml = HEAD + "<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \"" + target + "\">]>\n"
          + OPEN + "<text:p>P 3 : &xxe;</text:p><text:p>Q : Merci.</text:p>" + CLOSE;
      String seen;
      try {
        seen = read("xxe.odt", odt(xml)).text();
      } catch (ImportException e) {
        seen = e.getMessage() + (e.getCause() == null ? "" : e.getCause().getMessage());
      }
      // Either the file is refused or the entity stays unexpanded: the file's content never leaks.
      assertFalse(seen.contains("root:"), seen);
      assertFalse(seen.contains("marqueur-secret"), seen);
    }
  }

  @Test
  void internalEntityExpansionIsNotPerformed() throws IOException {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE office:document-content [<!ENTITY a \"patient partenaire \">");
    String previous = "a";
    for (int i = 0; i < 9; i++) {
      String name = "e" + i;
      dtd.append("<!ENTITY ").append(name).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">");
      previous = name;
    }
    dtd.append("]>\n");
    String xml = HEAD + dtd + OPEN + "<text:p>P 3 : &" + previous + ";</text:p>" + CLOSE;

    String seen;
    try {
      seen = read("bombe.odt", odt(xml)).text();
    } catch (ImportException e) {
      seen = e.getMessage();
    }
    // Expanded, this "billion laughs" would be 10^9 copies of the words: it must be refused or left out.
    int length = seen.length();
    assertTrue(length < 10_000, () -> "texte de " + length + " caractères");
  }

  @Test
  void aForgedHugeSpaceCountIsCappedNotFatal() throws IOException {
    String xml = body("<text:p>CGS 3 :<text:s text:c=\"2000000000\"/>Bonjour</text:p>");
    TranscriptText text = read("enorme.odt", odt(xml));
    assertTrue(text.text().length() < 2_000, "spaces are capped: " + text.text().length());
    assertTrue(text.text().endsWith("Bonjour\n"));
  }

  @Test
  void aDoctypeIsRefusedForSafetyNotAsUnreadable() {
    ImportException e = refused("P4.odt", odtWithDoctype());
    assertTrue(e.getMessage().startsWith("entretiens/P4.odt : refusé par sécurité"), e.getMessage());
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
  }

  private static byte[] odtWithDoctype() {
    try {
      return odt(HEAD + "<!DOCTYPE office:document-content [<!ENTITY x \"bonjour\">]>\n" + OPEN
          + "<text:p>P 4 : &x; à tous</text:p>" + CLOSE);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
