package fr.parole.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String FRENCH = "l'hôpital, à côté";

  private final TextDecoder decoder = new TextDecoder();

  @Test
  void decodesPlainUtf8() {
    DecodedText decoded = decoder.decode("entretien.txt", "P 3 : J’avais peur de ne pas être légitime."
        .getBytes(StandardCharsets.UTF_8));

    assertEquals("P 3 : J’avais peur de ne pas être légitime.", decoded.text());
    assertEquals("UTF-8", decoded.encoding());
  }

  @Test
  void removesTheUtf8ByteOrderMark() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Q : Bonjour".getBytes(StandardCharsets.UTF_8));

    DecodedText decoded = decoder.decode("entretien.txt", bytes);

    // The BOM must not survive as U+FEFF: it would hide the "Q :" label at the start of the first line.
    assertEquals("Q : Bonjour", decoded.text());
    assertEquals('Q', decoded.text().charAt(0));
    assertEquals("UTF-8 (BOM)", decoded.encoding());
  }

  @Test
  void readsWindows1252WhenTheBytesAreNotUtf8() {
    byte[] bytes = FRENCH.getBytes(Charset.forName("windows-1252"));
    // ô and à are single bytes (0xF4, 0xE0) in Windows-1252: invalid as UTF-8, so the fallback applies.
    assertEquals(FRENCH.length(), bytes.length);

    DecodedText decoded = decoder.decode("ancien.txt", bytes);

    assertEquals(FRENCH, decoded.text());
    assertEquals("windows-1252", decoded.encoding());
  }

  @Test
  void readsWindows1252TypographicQuotes() {
    // 0x92 is the right single quote (’) in Windows-1252 but a control character in ISO-8859-1.
    byte[] bytes = "J’ai signé".getBytes(Charset.forName("windows-1252"));

    assertEquals("J’ai signé", decoder.decode("ancien.txt", bytes).text());
  }

  @Test
  void readsUtf16LittleEndianWithItsByteOrderMark() {
    byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, FRENCH.getBytes(StandardCharsets.UTF_16LE));

    DecodedText decoded = decoder.decode("word.txt", bytes);

    assertEquals(FRENCH, decoded.text());
    assertEquals("UTF-16LE", decoded.encoding());
  }

  @Test
  void readsUtf16BigEndianWithItsByteOrderMark() {
    byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, FRENCH.getBytes(StandardCharsets.UTF_16BE));

    assertEquals(FRENCH, decoder.decode("word.txt", bytes).text());
  }

  @Test
  void refusesAnEmptyFileAndNamesIt() {
    ImportException e = assertThrows(ImportException.class,
        () -> decoder.decode("entretiens/vide.txt", new byte[0]));

    assertTrue(e.getMessage().startsWith("entretiens/vide.txt"), e.getMessage());
    assertTrue(e.getMessage().contains("vide"), e.getMessage());
  }

  @Test
  void refusesAFileOfWhitespaceOnly() {
    ImportException e = assertThrows(ImportException.class,
        () -> decoder.decode("entretiens/blanc.md", " \n\t\r\n   \n".getBytes(StandardCharsets.UTF_8)));

    assertTrue(e.getMessage().contains("entretiens/blanc.md"), e.getMessage());
    assertTrue(e.getMessage().contains("espaces"), e.getMessage());
  }

  @Test
  void refusesAPngRenamedTxt() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
        0, 0, 0x01, 0, 0, 0, 0x01, 0, 0x08, 0x06, 0, 0, 0};

    ImportException e = assertThrows(ImportException.class, () -> decoder.decode("entretiens/photo.txt", png));

    assertTrue(e.getMessage().contains("entretiens/photo.txt"), e.getMessage());
    assertTrue(e.getMessage().contains("binaire"), e.getMessage());
  }

  @Test
  void refusesBinaryWithoutNulBytesButManyControlCharacters() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < 200; i++) {
      bytes.write(1 + i % 8); // control characters 0x01-0x08, no NUL
      bytes.write('a');
    }

    ImportException e = assertThrows(ImportException.class, () -> decoder.decode("donnees.txt", bytes.toByteArray()));

    assertTrue(e.getMessage().contains("binaire"), e.getMessage());
  }

  @Test
  void acceptsAFewStrayControlCharactersInRealText() {
    // A form feed and a lone vertical tab are found in texts pasted from old word processors: still text.
    String text = "CGS 3 : Je ne fais aucun projet\f sans inviter un usager\u000B ou un RU";

    DecodedText decoded = decoder.decode("entretien.txt", text.getBytes(StandardCharsets.UTF_8));

    assertFalse(decoded.text().isEmpty());
    assertEquals(text, decoded.text());
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void scanningAStreamReadsItToTheEndAndFallsBackToWindows1252OnALateInvalidByte() throws Exception {
    // A long UTF-8 text with one Windows-1252 "é" after the first 64 KiB read at once.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("Commentaire;Service\n".repeat(10_000).getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {'B', 'i', 'e', 'n', ' ', 'g', 'r', (byte) 0xE9, '\n'});
    byte[] all = bytes.toByteArray();
    java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");

    TextEncoding encoding = decoder.scan("export.csv",
        new java.security.DigestInputStream(new java.io.ByteArrayInputStream(all), digest));

    assertEquals("windows-1252", encoding.label());
    assertEquals(0, encoding.bomLength());
    // Every byte went through, so a hash taken on the way is the file's.
    assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(all)),
        java.util.HexFormat.of().formatHex(digest.digest()));
    assertEquals("UTF-8", decoder.scan("export.csv",
        new java.io.ByteArrayInputStream(java.util.Arrays.copyOf(all, all.length - 9))).label());
  }
}
