package fr.parole.coding;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * REFI-QDA codebooks ({@code .qdc}), the exchange format of NVivo, ATLAS.ti, MAXQDA and
 * QualCoder. A dimension becomes a top-level code that cannot be coded ({@code isCodable="false"})
 * holding its codes; on import, top-level codes with children become dimensions. A code's colour
 * is the {@code color} attribute ({@code #rrggbb}) both ways. Rules have no
 * place in the format and are not exported. Parsing refuses DTDs, so no external entity is read.
 */
public final class QdcCodebooks {
  public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";
  /** Written by some tools instead of the standard namespace. */
  public static final String NAMESPACE_ALT = "urn:QDA-XML:codebook:1:0";
  private static final Set<String> NAMESPACES = Set.of(NAMESPACE, NAMESPACE_ALT);

  public void write(Codebook codebook, Path file) {
    try {
      Files.writeString(file, toXml(codebook), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CodebookException("Impossible d'écrire " + file + " : " + e.getMessage(), e);
    }
  }

  String toXml(Codebook codebook) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("utf-8", "1.0");
      xml.writeStartElement("CodeBook");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeAttribute("origin", "Parole");
      xml.writeStartElement("Codes");
      for (Dimension dimension : codebook.dimensions()) {
        xml.writeStartElement("Code");
        xml.writeAttribute("guid", guid(codebook.id() + "/" + dimension.id()));
        xml.writeAttribute("name", dimension.id());
        xml.writeAttribute("isCodable", "false");
        description(xml, dimension.label(), dimension.definition());
        for (Code code : dimension.children(null)) {
          writeCode(xml, codebook, dimension, code);
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
      return out.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Writing XML to a string cannot fail", e);
    }
  }

  private static void writeCode(XMLStreamWriter xml, Codebook codebook, Dimension dimension, Code code)
      throws XMLStreamException {
    xml.writeStartElement("Code");
    xml.writeAttribute("guid", guid(codebook.id() + "/" + code.path()));
    xml.writeAttribute("name", code.id());
    xml.writeAttribute("isCodable", "true");
    if (code.color() != null) {
      xml.writeAttribute("color", code.color());
    }
    description(xml, code.label(), code.definition());
    for (Code child : dimension.children(code.id())) {
      writeCode(xml, codebook, dimension, child);
    }
    xml.writeEndElement();
  }

  /** The label on the first line, then the definition: what other tools show as the code's memo. */
  private static void description(XMLStreamWriter xml, String label, String definition) throws XMLStreamException {
    String text = label + (definition == null || definition.isBlank() ? "" : "\n" + definition.strip());
    xml.writeStartElement("Description");
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  /** Stable ids: the same codebook exported twice gives the same GUIDs. */
  private static String guid(String key) {
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
  }

  public Codebook read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CodebookException("Livre de codes illisible : " + file + " (" + e.getMessage() + ").", e);
    }
    return parse(file.toString(), bytes);
  }

  Codebook parse(String name, byte[] bytes) {
    Element root = document(name, bytes).getDocumentElement();
    if (!"CodeBook".equals(root.getLocalName()) || !NAMESPACES.contains(root.getNamespaceURI())) {
      throw new CodebookException(name + " : ce n'est pas un livre de codes REFI-QDA (attendu : un élément "
          + "<CodeBook xmlns=\"" + NAMESPACE + "\">, trouvé <" + root.getNodeName() + ">).");
    }
    // A code with no name would become an id that no codebook can be read back with.
    org.w3c.dom.NodeList all = root.getElementsByTagNameNS("*", "Code");
    for (int i = 0; i < all.getLength(); i++) {
      Element code = (Element) all.item(i);
      if (code.getAttribute("name").isBlank()) {
        throw new CodebookException(name + ", code n° " + (i + 1) + " (guid « "
            + fr.parole.ParoleException.excerpt(code.getAttribute("guid")) + " ») : code sans nom (attendu : un "
            + "attribut name=\"…\" non vide).");
      }
    }
    List<Dimension> dimensions = new ArrayList<>();
    List<Code> loose = new ArrayList<>();
    for (Element codes : children(root, "Codes")) {
      for (Element top : children(codes, "Code")) {
        List<Element> sub = children(top, "Code");
        if (sub.isEmpty()) {
          loose.add(code("codes", top, null));
        } else {
          String id = top.getAttribute("name").strip();
          List<Code> found = new ArrayList<>();
          if (!"false".equals(top.getAttribute("isCodable"))) {
            found.add(code(id, top, null));
          }
          sub.forEach(child -> collect(id, child, "false".equals(top.getAttribute("isCodable")) ? null : id, found));
          dimensions.add(new Dimension(id, id, text(top, "Description"), found));
        }
      }
    }
    if (!loose.isEmpty()) {
      dimensions.add(new Dimension("codes", "Codes", null, loose));
    }
    String id = name.replaceAll(".*[/\\\\]", "").replaceAll("\\.qdc$", "");
    return new Codebook(id, id, "Importé de " + name, dimensions);
  }

  private static void collect(String dimension, Element element, String parent, List<Code> into) {
    Code code = code(dimension, element, parent);
    into.add(code);
    children(element, "Code").forEach(child -> collect(dimension, child, code.id(), into));
  }

  private static Code code(String dimension, Element element, String parent) {
    String name = element.getAttribute("name").strip();
    String description = text(element, "Description");
    // REFI-QDA writes colours "#RRGGBB"; another shape (a tool's own) is left out rather than refused.
    String color = element.getAttribute("color").strip();
    return new Code(dimension, name, name, description, List.of(), List.of(), parent, null,
        CodebookReader.COLOR.matcher(color).matches() ? color.toLowerCase(java.util.Locale.ROOT) : null);
  }

  private static Document document(String name, byte[] bytes) {
    try {
      return secureBuilder().parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      // Xerces words its errors in English for programmers: only whether a DOCTYPE was refused is kept.
      boolean doctype = String.valueOf(e.getMessage()).contains("DOCTYPE");
      throw new CodebookException(name + ", ligne " + Math.max(e.getLineNumber(), 1) + (doctype
          ? " : refusé par sécurité, le fichier déclare un DOCTYPE (les DOCTYPE et entités externes sont interdits)."
          : " : XML mal formé, ou pas du texte XML (attendu : un livre de codes REFI-QDA .qdc, tel que NVivo, "
              + "ATLAS.ti, MAXQDA ou QualCoder l'exportent)."), e);
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new CodebookException(name + " : XML illisible : " + e.getMessage(), e);
    }
  }

  /**
   * A namespace-aware parser that refuses any DOCTYPE (so no DTD and no external entity is ever
   * read) and reports errors only by throwing: the REFI-QDA codebooks here, and projects
   * ({@code exchange.QdpxReader}).
   */
  public static DocumentBuilder secureBuilder() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder;
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && localName.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  private static String text(Element parent, String localName) {
    List<Element> found = children(parent, localName);
    return found.isEmpty() ? null : found.get(0).getTextContent().strip();
  }
}
