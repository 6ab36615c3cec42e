package fr.parole.guard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The bytes of bad files, made on the spot: nothing large is committed. */
public final class BadFiles {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  /** A DOCTYPE that would read a local file if entities were expanded. */
  static final String XXE = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

  private BadFiles() {}

  /** Written by {@link BadInput#write} as a symbolic link to {@code target}, not as a file. */
  static byte[] link(String target) {
    return utf8(LINK + target);
  }

  static final String LINK = "\u0000lien symbolique vers ";

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] windows1252(String text) {
    return text.getBytes(Charset.forName("windows-1252"));
  }

  /** Bytes no text format reads: seeded, with NULs and bytes that are not UTF-8. */
  static byte[] garbage(int length, long seed) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    bytes[0] = 0;
    bytes[1] = (byte) 0xFF;
    return bytes;
  }

  /** The first half of a file: a download or a copy cut short. */
  static byte[] truncated(byte[] whole) {
    return Arrays.copyOf(whole, whole.length / 2);
  }

  public static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** An archive's entries, in order. */
  static Map<String, byte[]> entries(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** A docx whose word/document.xml is {@code document}. */
  static byte[] docx(String document) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
        + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd."
        + "openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
        + "wordprocessingml.document.main+xml\"/></Types>"));
    entries.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
        + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
        + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships>"));
    if (document != null) {
      entries.put("word/document.xml", utf8(document));
    }
    return zip(entries);
  }

  /** A docx of one paragraph per line of {@code text}, with an optional prologue (a DOCTYPE). */
  static byte[] docxText(String prologue, String text) {
    StringBuilder body = new StringBuilder();
    for (String line : text.split("\n")) {
      body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(line).append("</w:t></w:r></w:p>");
    }
    return docx("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prologue + "<w:document xmlns:w=\"" + W + "\"><w:body>"
        + body + "</w:body></w:document>");
  }

  /** An odt whose content.xml is {@code content} (null: none). */
  static byte[] odt(String content) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("mimetype", utf8("application/vnd.oasis.opendocument.text"));
    entries.put("META-INF/manifest.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
        + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry "
        + "manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>"));
    if (content != null) {
      entries.put("content.xml", utf8(content));
    }
    return zip(entries);
  }

  static byte[] odtText(String prologue, String line) {
    return odt("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prologue + "<office:document-content "
        + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>" + line
        + "</text:p></office:text></office:body></office:document-content>");
  }

  /**
   * A small archive whose {@code entry} inflates to 20 MB of zeros (about 20 KB on disk): past
   * every ratio a real document has, small enough to write in a few milliseconds.
   */
  static byte[] bomb(byte[] like, String entry) {
    Map<String, byte[]> entries = entries(like);
    entries.put(entry, new byte[20_000_000]);
    return zip(entries);
  }

  /** {@code like} with one more entry whose name climbs out of the archive. */
  static byte[] withEntry(byte[] like, String name, String content) {
    Map<String, byte[]> entries = entries(like);
    entries.put(name, utf8(content));
    return zip(entries);
  }

  /** A workbook of one sheet; each string of {@code rows} is a row, cells split on ';'. */
  static byte[] xlsx(String... rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("feuille");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        String[] cells = rows[r].split(";", -1);
        for (int c = 0; c < cells.length; c++) {
          row.createCell(c).setCellValue(cells[c]);
        }
      }
      workbook.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** {@code xlsx} with a DOCTYPE and an external entity in its workbook part. */
  static byte[] xlsxWithDoctype(byte[] xlsx) {
    Map<String, byte[]> entries = entries(xlsx);
    entries.put("xl/workbook.xml", utf8(new String(entries.get("xl/workbook.xml"), StandardCharsets.UTF_8)
        .replaceFirst("\\?>", "?>" + XXE)));
    return zip(entries);
  }
}
