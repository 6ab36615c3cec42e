package fr.parole.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a text file into text, the way French files come: UTF-8 with or without a
 * BOM, UTF-16 with a BOM, or Windows-1252. Written by hand because the rule is short and exact:
 * strict UTF-8 either decodes or it does not, whereas statistical charset detectors guess, and
 * guess wrong on short French texts. Binary and empty files are refused with a clear message.
 */
public final class TextDecoder {
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** The characters the binary check looks at, and the bytes read at once. */
  private static final int HEAD = 65536;

  /** Decodes {@code bytes} from the file named {@code name} (for messages). */
  public DecodedText decode(String name, byte[] bytes) {
    TextEncoding encoding;
    try {
      encoding = scan(name, new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array cannot fail to be read", e);
    }
    int start = encoding.bomLength();
    return new DecodedText(new String(bytes, start, bytes.length - start, encoding.charset()), encoding.label());
  }

  /**
   * Finds how the text in {@code in} is encoded by reading it to its end once, without holding it
   * (a 1,000,000-row export is read twice instead: once here, once row by row), and refuses empty,
   * blank and binary files as {@link #decode} does. UTF-8 without a BOM is only chosen when the
   * whole stream is valid UTF-8.
   */
  public TextEncoding scan(String name, InputStream in) throws IOException {
    byte[] head = in.readNBytes(HEAD);
    if (head.length == 0) {
      throw new ImportException(name + " : le fichier est vide (0 octet).");
    }
    TextEncoding marked = byteOrderMark(head);
    TextEncoding encoding = marked != null ? marked : new TextEncoding(StandardCharsets.UTF_8, "UTF-8", 0);
    // With a byte-order mark the file says what it is: read leniently rather than refuse it.
    CodingErrorAction onError = marked != null ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
    CharsetDecoder decoder = encoding.charset().newDecoder().onMalformedInput(onError)
        .onUnmappableCharacter(onError);
    TextSample sample = new TextSample();
    if (!decodeAll(decoder, head, in, sample)) {
      in.transferTo(OutputStream.nullOutputStream()); // the caller may be hashing the stream
      // Not UTF-8: Windows-1252 maps every byte to one character, so the head is the first 64 KiB.
      encoding = new TextEncoding(WINDOWS_1252, "windows-1252", 0);
      sample = new TextSample();
      sample.add(CharBuffer.wrap(new String(head, WINDOWS_1252)));
      sample.nonBlank = true; // invalid UTF-8 means a byte of 0x80 or more: no such character is a space
    }
    checkNotBinary(name, sample.head.toString());
    if (!sample.nonBlank) {
      throw new ImportException(name + " : le fichier ne contient que des espaces, aucun texte à importer.");
    }
    return encoding;
  }

  /** The first characters of a text (for the binary check) and whether any of it is not a space. */
  private static final class TextSample {
    final StringBuilder head = new StringBuilder();
    boolean nonBlank;

    void add(CharBuffer chars) {
      int room = Math.min(chars.remaining(), HEAD - head.length());
      head.append(chars, 0, room); // CharSequence indices count from the buffer's position
      for (int i = chars.position(); !nonBlank && i < chars.limit(); i++) {
        nonBlank = !Character.isWhitespace(chars.get(i));
      }
    }
  }

  /** Decodes the head then the rest of the stream; false when the decoder reports malformed input. */
  private static boolean decodeAll(CharsetDecoder decoder, byte[] head, InputStream in, TextSample sample)
      throws IOException {
    int skip = byteOrderLength(head);
    ByteBuffer bytes = ByteBuffer.allocate(Math.max(HEAD, head.length));
    bytes.put(head, skip, head.length - skip).flip();
    CharBuffer chars = CharBuffer.allocate(HEAD);
    boolean end = false;
    while (true) {
      CoderResult result = decoder.decode(bytes, chars, end);
      if (result.isError()) {
        return false;
      }
      chars.flip();
      sample.add(chars);
      chars.clear();
      if (result.isUnderflow()) {
        if (end) {
          break;
        }
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
          end = true;
        } else {
          bytes.position(bytes.position() + read);
        }
        bytes.flip();
      }
    }
    decoder.flush(chars);
    chars.flip();
    sample.add(chars);
    return true;
  }

  /**
   * The warning for a file read as Windows-1252 because it is not valid UTF-8: where its first
   * invalid byte is (value, line, rank in the file), so that the user can look at it. Empty when
   * {@code in} is valid UTF-8 after all.
   */
  public static Optional<String> windows1252Warning(InputStream in) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(HEAD);
    CharBuffer chars = CharBuffer.allocate(HEAD);
    long offset = 0;
    int line = 1;
    boolean end = false;
    while (true) {
      int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
      end = read < 0;
      bytes.position(bytes.position() + Math.max(read, 0)).flip();
      int from = bytes.position();
      CoderResult result = decoder.decode(bytes, chars, end);
      for (int i = from; i < bytes.position(); i++) {
        line += bytes.get(i) == '\n' ? 1 : 0;
      }
      offset += bytes.position() - from;
      if (result.isError()) {
        return Optional.of(String.format("lu en Windows-1252, car ce n'est pas de l'UTF-8 valide : premier octet "
            + "invalide 0x%02X, ligne %d (%d%s octet du fichier). Vérifiez les accents ; pour lever le doute, "
            + "enregistrez le fichier en UTF-8.", bytes.get(bytes.position()) & 0xFF, line, offset + 1,
            offset == 0 ? "er" : "e"));
      }
      if (end) {
        return Optional.empty();
      }
      chars.clear();
      bytes.compact();
    }
  }

  private static TextEncoding byteOrderMark(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new TextEncoding(StandardCharsets.UTF_8, "UTF-8 (BOM)", 3);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new TextEncoding(StandardCharsets.UTF_16LE, "UTF-16LE", 2);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new TextEncoding(StandardCharsets.UTF_16BE, "UTF-16BE", 2);
    }
    return null;
  }

  private static int byteOrderLength(byte[] head) {
    TextEncoding marked = byteOrderMark(head);
    return marked == null ? 0 : marked.bomLength();
  }

  private static void checkNotBinary(String name, String text) {
    int control = 0;
    int limit = Math.min(text.length(), HEAD);
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
