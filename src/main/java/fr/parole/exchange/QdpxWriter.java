package fr.parole.exchange;

import fr.parole.StableZip;
import fr.parole.exchange.QdpxProject.Case;
import fr.parole.exchange.QdpxProject.CodeNode;
import fr.parole.exchange.QdpxProject.Coding;
import fr.parole.exchange.QdpxProject.Note;
import fr.parole.exchange.QdpxProject.Selection;
import fr.parole.exchange.QdpxProject.Source;
import fr.parole.exchange.QdpxProject.User;
import fr.parole.exchange.QdpxProject.Variable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link QdpxProject} as a {@code .qdpx}: {@code project.qde} (the XML, in the standard
 * namespace, elements in the schema's order) and {@code sources/<guid>.txt} (each source's plain
 * text in UTF-8, which {@code plainTextPath="internal://<guid>.txt"} names, as QualCoder and NVivo
 * write it). Entries carry a fixed date, so that the same project gives the same bytes.
 */
public final class QdpxWriter {
  public static final String NAMESPACE = "urn:QDA-XML:project:1.0";
  /** 1 January 2000: zip dates are local times, and a fixed one keeps exports byte-identical. */
  private static final long ENTRY_TIME = 946_684_800_000L;

  public void write(QdpxProject project, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    entry(zip, "project.qde", xml(project));
    for (Source source : project.sources()) {
      entry(zip, "sources/" + source.guid() + ".txt", XmlText.safe(source.text()).getBytes(StandardCharsets.UTF_8));
    }
    zip.finish();
  }

  public byte[] bytes(QdpxProject project) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(project, out);
    } catch (IOException e) {
      throw new IllegalStateException("Writing to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    StableZip.entry(zip, name, bytes, ENTRY_TIME);
  }

  byte[] xml(QdpxProject project) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("Project");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeAttribute("name", XmlText.safe(project.name()));
      xml.writeAttribute("origin", project.origin());
      if (!project.users().isEmpty()) {
        xml.writeStartElement("Users");
        for (User user : project.users()) {
          xml.writeEmptyElement("User");
          xml.writeAttribute("guid", user.guid());
          xml.writeAttribute("name", XmlText.safe(user.name()));
        }
        xml.writeEndElement();
      }
      if (!project.codes().isEmpty()) {
        xml.writeStartElement("CodeBook");
        xml.writeStartElement("Codes");
        for (CodeNode code : project.codes()) {
          code(xml, code);
        }
        xml.writeEndElement();
        xml.writeEndElement();
      }
      if (!project.variables().isEmpty()) {
        xml.writeStartElement("Variables");
        for (Variable variable : project.variables()) {
          xml.writeEmptyElement("Variable");
          xml.writeAttribute("guid", variable.guid());
          xml.writeAttribute("name", XmlText.safe(variable.name()));
          xml.writeAttribute("typeOfVariable", "Text");
        }
        xml.writeEndElement();
      }
      if (!project.cases().isEmpty()) {
        xml.writeStartElement("Cases");
        for (Case c : project.cases()) {
          caseElement(xml, c, project.variables());
        }
        xml.writeEndElement();
      }
      if (!project.sources().isEmpty()) {
        xml.writeStartElement("Sources");
        for (Source source : project.sources()) {
          source(xml, source);
        }
        xml.writeEndElement();
      }
      if (!project.notes().isEmpty()) {
        xml.writeStartElement("Notes");
        for (Note note : project.notes()) {
          note(xml, note);
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
      return out.toByteArray();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Writing XML to memory cannot fail", e);
    }
  }

  private static void code(XMLStreamWriter xml, CodeNode code) throws XMLStreamException {
    xml.writeStartElement("Code");
    xml.writeAttribute("guid", code.guid());
    xml.writeAttribute("name", XmlText.safe(code.name()));
    xml.writeAttribute("isCodable", String.valueOf(code.codable()));
    if (code.color() != null) {
      xml.writeAttribute("color", code.color());
    }
    textElement(xml, "Description", code.description());
    noteRefs(xml, code.noteRefs());
    for (CodeNode child : code.children()) {
      code(xml, child);
    }
    xml.writeEndElement();
  }

  private static void caseElement(XMLStreamWriter xml, Case c, List<Variable> variables) throws XMLStreamException {
    xml.writeStartElement("Case");
    xml.writeAttribute("guid", c.guid());
    xml.writeAttribute("name", XmlText.safe(c.name()));
    for (Variable variable : variables) {
      String value = c.values().get(variable.name());
      if (value != null) {
        xml.writeStartElement("VariableValue");
        xml.writeEmptyElement("VariableRef");
        xml.writeAttribute("targetGUID", variable.guid());
        textElement(xml, "TextValue", value);
        xml.writeEndElement();
      }
    }
    refs(xml, "SourceRef", c.sourceRefs());
    refs(xml, "SelectionRef", c.selectionRefs());
    xml.writeEndElement();
  }

  private static void source(XMLStreamWriter xml, Source source) throws XMLStreamException {
    xml.writeStartElement("TextSource");
    xml.writeAttribute("guid", source.guid());
    xml.writeAttribute("name", XmlText.safe(source.name()));
    xml.writeAttribute("plainTextPath", "internal://" + source.guid() + ".txt");
    for (Selection selection : source.selections()) {
      xml.writeStartElement("PlainTextSelection");
      xml.writeAttribute("guid", selection.guid());
      xml.writeAttribute("startPosition", String.valueOf(selection.start()));
      xml.writeAttribute("endPosition", String.valueOf(selection.end()));
      for (Coding coding : selection.codings()) {
        xml.writeStartElement("Coding");
        xml.writeAttribute("guid", coding.guid());
        if (coding.userGuid() != null) {
          xml.writeAttribute("creatingUser", coding.userGuid());
        }
        dateTime(xml, coding.at());
        xml.writeEmptyElement("CodeRef");
        xml.writeAttribute("targetGUID", coding.codeGuid());
        xml.writeEndElement();
      }
      noteRefs(xml, selection.noteRefs());
      xml.writeEndElement();
    }
    noteRefs(xml, source.noteRefs());
    xml.writeEndElement();
  }

  private static void note(XMLStreamWriter xml, Note note) throws XMLStreamException {
    xml.writeStartElement("Note");
    xml.writeAttribute("guid", note.guid());
    xml.writeAttribute("name", XmlText.safe(note.name()));
    if (note.userGuid() != null) {
      xml.writeAttribute("creatingUser", note.userGuid());
    }
    dateTime(xml, note.at());
    textElement(xml, "PlainTextContent", note.text());
    xml.writeEndElement();
  }

  /** Written only when it is an xsd:dateTime with its offset (Parole stores ISO instants). */
  private static void dateTime(XMLStreamWriter xml, String at) throws XMLStreamException {
    if (at == null) {
      return;
    }
    try {
      OffsetDateTime.parse(at);
      xml.writeAttribute("creationDateTime", at);
    } catch (DateTimeParseException e) {
      // A date in another shape is left out rather than made invalid for the schema.
    }
  }

  private static void textElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    if (text == null || text.isEmpty()) {
      return;
    }
    xml.writeStartElement(name);
    xml.writeCharacters(XmlText.safe(text));
    xml.writeEndElement();
  }

  private static void noteRefs(XMLStreamWriter xml, List<String> guids) throws XMLStreamException {
    refs(xml, "NoteRef", guids);
  }

  private static void refs(XMLStreamWriter xml, String element, List<String> guids) throws XMLStreamException {
    for (String guid : guids) {
      xml.writeEmptyElement(element);
      xml.writeAttribute("targetGUID", guid);
    }
  }

}
