package fr.parole.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into text, the way French files come: UTF-8 with or without a
 * BOM, UTF-16 with a BOM, or Windows-1252. Written by hand because the rule is short and exact:
 * strict UTF-8 either decodes or it does not, whereas statistical charset detectors guess, and
 * guess wrong on short French texts. Binary and empty files are refused with a clear message.
 */
public final class TextDecoder {
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Decodes {@code bytes} from the file named {@code name} (for messages). */
  public DecodedText decode(String name, byte[] bytes) {
    if (bytes.length == 0) {
      throw new ImportException(name + " : le fichier est vide (0 octet).");
    }
    DecodedText decoded = decodeBytes(bytes);
    checkNotBinary(name, decoded.text());
    if (decoded.text().isBlank()) {
      throw new ImportException(name + " : le fichier ne contient que des espaces, aucun texte à importer.");
    }
    return decoded;
  }

  private static DecodedText decodeBytes(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new DecodedText(strict(StandardCharsets.UTF_8, bytes, 3, "UTF-8 (BOM)"), "UTF-8 (BOM)");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    String utf8 = strict(StandardCharsets.UTF_8, bytes, 0, null);
    if (utf8 != null) {
      return new DecodedText(utf8, "UTF-8");
    }
    return new DecodedText(new String(bytes, WINDOWS_1252), "windows-1252");
  }

  private static String strict(Charset charset, byte[] bytes, int offset, String required) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return chars.toString();
    } catch (CharacterCodingException e) {
      if (required != null) {
        // A UTF-8 BOM followed by invalid UTF-8: read leniently rather than refuse the file.
        return new String(bytes, offset, bytes.length - offset, charset);
      }
      return null;
    }
  }

  private static void checkNotBinary(String name, String text) {
    int control = 0;
    int limit = Math.min(text.length(), 65536);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new ImportException(name + " : fichier binaire (octet nul à la position " + i
            + "), pas un texte. Est-ce un fichier renommé ? Attendu : un texte .txt/.md, ou un .docx/.odt.");
      }
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (control > 8 && control * 100 > limit) {
      throw new ImportException(name + " : fichier binaire (" + control
          + " caractères de contrôle), pas un texte. Attendu : un texte .txt/.md, ou un .docx/.odt.");
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
