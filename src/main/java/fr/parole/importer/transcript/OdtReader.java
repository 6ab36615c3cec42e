package fr.parole.importer.transcript;

import fr.parole.importer.DoctypeRefusal;
import fr.parole.importer.ImportException;
import fr.parole.importer.SourceFile;
import fr.parole.importer.ZipLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads {@code .odt} transcripts (LibreOffice, OpenOffice): the paragraphs and headings of
 * {@code content.xml}. Written by hand on the JDK's StAX parser because the ODF Toolkit pulls in
 * a large RDF stack for what is, here, a walk over {@code text:p} and {@code text:h}. DTDs and
 * external entities are disabled: the file is untrusted.
 */
public final class OdtReader implements TranscriptReader {
  private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final int MAX_SPACES = 1_000;
  private static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

  @Override
  public Set<String> formats() {
    return Set.of("odt");
  }

  @Override
  public TranscriptText read(SourceFile file) {
    byte[] content = contentXml(file);
    try {
      TranscriptText text = parse(content);
      if (text.text().isBlank()) {
        throw new ImportException(file.name() + " : le document .odt ne contient aucun texte.");
      }
      return text;
    } catch (XMLStreamException e) {
      DoctypeRefusal.of(file.name(), "odt", e).ifPresent(refusal -> {
        throw refusal;
      });
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      throw new ImportException(file.name() + " : content.xml illisible (ligne " + line + ") : " + e.getMessage(), e);
    } catch (NumberFormatException e) {
      throw new ImportException(file.name() + " : content.xml contient un nombre d'espaces invalide (text:s).", e);
    }
  }

  private static byte[] contentXml(SourceFile file) {
    ZipLimits.check(file);
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.bytes()))) {
      boolean anyEntry = false;
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        anyEntry = true;
        if (entry.getName().equals("content.xml")) {
          return zip.readAllBytes();
        }
      }
      throw new ImportException(file.name() + (anyEntry
          ? " : archive sans content.xml, ce n'est pas un document OpenDocument texte."
          : " : ce n'est pas un document .odt valide (attendu : une archive ZIP OpenDocument)."));
    } catch (IOException e) {
      throw new ImportException(file.name() + " : ce n'est pas un document .odt valide (archive ZIP illisible : fichier "
          + "tronqué, abîmé, ou d'un autre format renommé en .odt).", e);
    }
  }

  private static TranscriptText parse(byte[] xml) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    StringBuilder text = new StringBuilder();
    List<TranscriptText.Heading> headings = new ArrayList<>();
    StringBuilder paragraph = null;
    // Paragraphs interrupted by one nested in them (a caption in a draw:frame): resumed at its end.
    Deque<StringBuilder> outer = new ArrayDeque<>();
    int skipped = 0; // depth inside annotations and notes, whose text is not the transcript's
    try (InputStream in = new ByteArrayInputStream(xml)) {
      XMLStreamReader reader = factory.createXMLStreamReader(in);
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD) {
          throw new XMLStreamException("DOCTYPE", reader.getLocation());
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          String ns = reader.getNamespaceURI();
          String name = reader.getLocalName();
          if (skipped > 0 || isSkipped(ns, name)) {
            skipped++;
          } else if (TEXT_NS.equals(ns) && (name.equals("p") || name.equals("h"))) {
            if (paragraph != null) {
              outer.push(paragraph);
            }
            paragraph = new StringBuilder();
          } else if (paragraph != null && TEXT_NS.equals(ns)) {
            appendSpecial(reader, name, paragraph);
          }
        } else if (event == XMLStreamConstants.CHARACTERS && paragraph != null && skipped == 0) {
          paragraph.append(reader.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (skipped > 0) {
            skipped--;
          } else if (TEXT_NS.equals(reader.getNamespaceURI())
              && (reader.getLocalName().equals("p") || reader.getLocalName().equals("h")) && paragraph != null) {
            if (reader.getLocalName().equals("h") && !paragraph.toString().isBlank()) {
              headings.add(new TranscriptText.Heading(text.length(), paragraph.toString().strip()));
            }
            text.append(paragraph).append('\n');
            paragraph = outer.poll();
          }
        }
      }
      reader.close();
    } catch (IOException e) {
      throw new XMLStreamException(e);
    }
    return new TranscriptText(text.toString(), "odt", headings);
  }

  private static boolean isSkipped(String ns, String name) {
    return (OFFICE_NS.equals(ns) && name.equals("annotation")) || (TEXT_NS.equals(ns) && name.equals("note"));
  }

  private static void appendSpecial(XMLStreamReader reader, String name, StringBuilder paragraph) {
    switch (name) {
      case "s" -> {
        String count = reader.getAttributeValue(TEXT_NS, "c");
        // Capped: a forged text:s c="2000000000" must not exhaust memory and kill the whole import.
        int spaces = count == null ? 1 : Math.max(1, Math.min(MAX_SPACES, Integer.parseInt(count.strip())));
        paragraph.append(" ".repeat(spaces));
      }
      case "tab" -> paragraph.append('\t');
      case "line-break" -> paragraph.append('\n');
      default -> { }
    }
  }
}
