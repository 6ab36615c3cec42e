package fr.parole.exchange;

import fr.parole.coding.QdcCodebooks;
import fr.parole.exchange.QdpxProject.Case;
import fr.parole.exchange.QdpxProject.CodeNode;
import fr.parole.exchange.QdpxProject.Coding;
import fr.parole.exchange.QdpxProject.Note;
import fr.parole.exchange.QdpxProject.Selection;
import fr.parole.exchange.QdpxProject.Source;
import fr.parole.exchange.QdpxProject.User;
import fr.parole.exchange.QdpxProject.Variable;
import fr.parole.importer.ImportException;
import fr.parole.importer.SourceFile;
import fr.parole.importer.ZipLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a {@code .qdpx} as NVivo, ATLAS.ti, MAXQDA and QualCoder write it. Tolerates what real
 * exports do: the {@code .qde} named otherwise than {@code project.qde} (ATLAS.ti), the namespace
 * spelled {@code urn:QDA-XML:project:1:0}, GUIDs in either case and with braces, a source's text
 * inline ({@code PlainTextContent}) or in the archive under {@code sources/}, {@code Sources/} or
 * elsewhere (found by its name), optional parts missing. A PDF or Word source is read through its
 * plain-text {@code Representation}. What Parole cannot carry over (pictures, audio, video, sets,
 * graphs, links, codings of a whole source or of a PDF area) is listed in French in
 * {@link QdpxProject#notCarried()}. Refused with a French message naming the file and the entry:
 * an archive {@link ZipLimits} refuses, no zip, no {@code .qde}, a {@code .qde} that is not XML or
 * declares a DOCTYPE, a selection outside its source, a code used but not defined, a source file
 * named but absent.
 */
public final class QdpxReader {
  static final Set<String> NAMESPACES = Set.of(QdpxWriter.NAMESPACE, "urn:QDA-XML:project:1:0");

  public QdpxProject read(SourceFile file) {
    ZipLimits.check(file, "Rien n'a été importé ; s'il est authentique, exportez le projet à nouveau depuis son "
        + "logiciel.");
    Map<String, byte[]> entries = entries(file);
    String qde = qdeEntry(file.name(), entries);
    String where = file.name() + " (" + qde + ")";
    Element root = document(where, entries.get(qde)).getDocumentElement();
    if (!"Project".equals(root.getLocalName()) || !NAMESPACES.contains(root.getNamespaceURI())) {
      throw new ImportException(where + " : ce n'est pas un projet REFI-QDA (attendu : un élément <Project xmlns=\""
          + QdpxWriter.NAMESPACE + "\">, trouvé <" + root.getNodeName() + ">).");
    }
    return new Parse(where, entries).project(root);
  }

  private static Map<String, byte[]> entries(SourceFile file) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(file.bytes()), "UTF-8", true,
        true)) {
      for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (!entry.isDirectory()) {
          entries.put(entry.getName().replace('\\', '/'), zip.readAllBytes());
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw notZip(file);
    }
    if (entries.isEmpty()) {
      throw notZip(file);
    }
    return entries;
  }

  private static ImportException notZip(SourceFile file) {
    return new ImportException(file.name() + " : ce n'est pas une archive zip lisible (attendu : un projet REFI-QDA"
        + " .qdpx, tel que NVivo, ATLAS.ti, MAXQDA ou QualCoder l'exportent : un zip contenant project.qde et"
        + " sources/). Rien n'a été importé.");
  }

  /** project.qde, else the one .qde at the shallowest place (ATLAS.ti names it after the project). */
  private static String qdeEntry(String name, Map<String, byte[]> entries) {
    String found = null;
    for (String entry : entries.keySet()) {
      String lower = entry.toLowerCase(Locale.ROOT);
      if (lower.equals("project.qde")) {
        return entry;
      }
      if (lower.endsWith(".qde") && (found == null || depth(entry) < depth(found))) {
        found = entry;
      }
    }
    if (found == null) {
      throw new ImportException(name + " : l'archive ne contient aucun document .qde (attendu : project.qde, le "
          + "projet REFI-QDA ; trouvé : " + String.join(", ", entries.keySet().stream().limit(5).toList())
          + (entries.size() > 5 ? ", …" : "") + "). Rien n'a été importé.");
    }
    return found;
  }

  private static int depth(String entry) {
    return (int) entry.chars().filter(c -> c == '/').count();
  }

  private static org.w3c.dom.Document document(String where, byte[] bytes) {
    try {
      return QdcCodebooks.secureBuilder().parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      boolean doctype = String.valueOf(e.getMessage()).contains("DOCTYPE");
      throw new ImportException(where + ", ligne " + Math.max(e.getLineNumber(), 1) + (doctype
          ? " : refusé par sécurité, le document déclare un DOCTYPE (les DTD et entités externes sont interdites)."
          : " : XML mal formé, ou pas du texte XML (attendu : le projet REFI-QDA, un document <Project>).")
          + " Rien n'a été importé.", e);
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new ImportException(where + " : XML illisible (" + fr.parole.ParoleException.excerpt(e.getMessage())
          + "). Rien n'a été importé.", e);
    }
  }

  static String guid(String raw) {
    return raw == null ? "" : raw.strip().replace("{", "").replace("}", "").toLowerCase(Locale.ROOT);
  }

  /** One reading: the archive's entries, and what could not be carried over. */
  private static final class Parse {
    private final String where;
    private final Map<String, byte[]> entries;
    private final List<String> notCarried = new ArrayList<>();
    private final Set<String> codeGuids = new HashSet<>();
    private final Map<String, String> variableNames = new LinkedHashMap<>();
    /** The cases, and one for each source that carries variable values itself (MAXQDA, QualCoder). */
    private final List<Case> cases = new ArrayList<>();

    Parse(String where, Map<String, byte[]> entries) {
      this.where = where;
      this.entries = entries;
    }

    QdpxProject project(Element root) {
      List<User> users = new ArrayList<>();
      for (Element users_ : children(root, "Users")) {
        for (Element user : children(users_, "User")) {
          users.add(new User(guid(user.getAttribute("guid")), attribute(user, "name", "utilisateur "
              + (users.size() + 1))));
        }
      }
      List<CodeNode> codes = new ArrayList<>();
      for (Element book : children(root, "CodeBook")) {
        for (Element list : children(book, "Codes")) {
          children(list, "Code").forEach(code -> codes.add(code(code)));
        }
      }
      List<Variable> variables = new ArrayList<>();
      for (Element list : children(root, "Variables")) {
        for (Element variable : children(list, "Variable")) {
          Variable v = new Variable(guid(variable.getAttribute("guid")), variable.getAttribute("name").strip());
          variables.add(v);
          variableNames.put(v.guid(), v.name());
        }
      }
      for (Element list : children(root, "Cases")) {
        for (Element c : children(list, "Case")) {
          cases.add(new Case(guid(c.getAttribute("guid")), c.getAttribute("name"), values(c, variableNames),
              refs(c, "SourceRef"), refs(c, "SelectionRef")));
          if (!children(c, "CodeRef").isEmpty()) {
            notCarried.add("Le cas « " + c.getAttribute("name") + " » : ses codes (CodeRef) ; Parole n'a pas de code"
                + " attaché à un cas.");
          }
        }
      }
      List<Source> sources = new ArrayList<>();
      for (Element list : children(root, "Sources")) {
        for (Node node = list.getFirstChild(); node != null; node = node.getNextSibling()) {
          if (node instanceof Element source) {
            source(source, sources);
          }
        }
      }
      List<Note> notes = new ArrayList<>();
      for (Element list : children(root, "Notes")) {
        for (Element note : children(list, "Note")) {
          String text = text(note, "note « " + note.getAttribute("name") + " »");
          notes.add(new Note(guid(note.getAttribute("guid")), note.getAttribute("name"),
              blankToNull(guid(note.getAttribute("creatingUser"))), blankToNull(note.getAttribute("creationDateTime")),
              text == null ? "" : text));
        }
      }
      for (String part : List.of("Sets", "Graphs", "Links")) {
        for (Element list : children(root, part)) {
          int n = 0;
          for (Node node = list.getFirstChild(); node != null; node = node.getNextSibling()) {
            n += node instanceof Element ? 1 : 0;
          }
          notCarried.add(n + " élément(s) de <" + part + "> (" + switch (part) {
            case "Sets" -> "ensembles de documents ou de codes";
            case "Graphs" -> "cartes et réseaux";
            default -> "liens entre éléments";
          } + ") : Parole n'en a pas l'équivalent.");
        }
      }
      checkCodeRefs(sources);
      return new QdpxProject(attribute(root, "name", "projet"), root.getAttribute("origin"), users, codes, variables,
          cases, sources, notes, notCarried);
    }

    private CodeNode code(Element code) {
      String guid = guid(code.getAttribute("guid"));
      codeGuids.add(guid);
      List<CodeNode> children = new ArrayList<>();
      children(code, "Code").forEach(child -> children.add(code(child)));
      List<Element> description = children(code, "Description");
      String color = code.getAttribute("color").strip();
      return new CodeNode(guid, code.getAttribute("name").strip(), !"false".equals(code.getAttribute("isCodable")),
          color.isEmpty() ? null : color, description.isEmpty() ? null : description.get(0).getTextContent().strip(),
          refs(code, "NoteRef"), children);
    }

    private static Map<String, String> values(Element owner, Map<String, String> variableNames) {
      Map<String, String> values = new LinkedHashMap<>();
      for (Element value : children(owner, "VariableValue")) {
        List<Element> ref = children(value, "VariableRef");
        String name = ref.isEmpty() ? null : variableNames.get(guid(ref.get(0).getAttribute("targetGUID")));
        for (Node node = value.getFirstChild(); node != null && name != null; node = node.getNextSibling()) {
          if (node instanceof Element e && e.getLocalName().endsWith("Value") && !e.getTextContent().isBlank()) {
            values.putIfAbsent(name, e.getTextContent().strip());
          }
        }
      }
      return values;
    }

    private void source(Element source, List<Source> sources) {
      String kind = source.getLocalName();
      String name = source.getAttribute("name");
      if (kind.equals("TextSource")) {
        sources.add(textSource(source, name));
      } else if (kind.equals("PDFSource") && !children(source, "Representation").isEmpty()) {
        Element representation = children(source, "Representation").get(0);
        sources.add(textSource(representation, name.isBlank() ? representation.getAttribute("name") : name));
        if (!children(source, "PDFSelection").isEmpty()) {
          notCarried.add("La source PDF « " + name + " » : " + children(source, "PDFSelection").size() + " zone(s) "
              + "codée(s) sur la page (PDFSelection) ; seuls les codages de sa représentation en texte sont repris.");
        }
      } else {
        String what = switch (kind) {
          case "PictureSource" -> "image";
          case "AudioSource" -> "enregistrement audio";
          case "VideoSource" -> "vidéo";
          case "PDFSource" -> "PDF sans représentation en texte";
          default -> "source de type <" + kind + ">";
        };
        notCarried.add("La source « " + name + " » (" + what + ") et ses codages : Parole n'importe que du texte.");
      }
    }

    private Source textSource(Element source, String name) {
      String label = "source « " + name + " »";
      String text = text(source, label);
      if (text == null) {
        throw new ImportException(where + ", " + label + " : ni texte (PlainTextContent) ni fichier de texte "
            + "(plainTextPath). Attendu : l'un des deux, comme le demande la norme REFI-QDA. Rien n'a été importé.");
      }
      int length = text.codePointCount(0, text.length());
      List<Selection> selections = new ArrayList<>();
      for (Element selection : children(source, "PlainTextSelection")) {
        int start = position(selection, "startPosition", label);
        int end = position(selection, "endPosition", label);
        if (start < 0 || end < start || end > length) {
          throw new ImportException(where + ", " + label + ", sélection « " + selection.getAttribute("guid")
              + " » : positions " + start + " à " + end + " hors du texte de la source, qui fait " + length
              + " caractères (attendu : 0 ≤ début ≤ fin ≤ " + length + ", en caractères Unicode). Rien n'a été "
              + "importé.");
        }
        List<Coding> codings = new ArrayList<>();
        for (Element coding : children(selection, "Coding")) {
          List<Element> ref = children(coding, "CodeRef");
          codings.add(new Coding(guid(coding.getAttribute("guid")), ref.isEmpty() ? "" : guid(ref.get(0)
              .getAttribute("targetGUID")), blankToNull(guid(coding.getAttribute("creatingUser"))),
              blankToNull(coding.getAttribute("creationDateTime"))));
        }
        List<String> noteRefs = refs(selection, "NoteRef");
        selections.add(new Selection(guid(selection.getAttribute("guid")), start, end, codings, noteRefs));
      }
      if (!children(source, "Coding").isEmpty()) {
        notCarried.add("La " + label + " : " + children(source, "Coding").size() + " codage(s) de la source entière "
            + "(Parole code des passages ; codez-la dans l'atelier).");
      }
      String guid = guid(source.getAttribute("guid"));
      Map<String, String> values = values(source, variableNames);
      if (!values.isEmpty()) {
        cases.add(new Case(guid, name, values, List.of(guid), List.of()));
      }
      return new Source(guid, name, text, selections, refs(source, "NoteRef"));
    }

    private int position(Element selection, String attribute, String label) {
      String value = selection.getAttribute(attribute).strip();
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new ImportException(where + ", " + label + ", sélection « " + selection.getAttribute("guid") + " » : "
            + attribute + "=\"" + fr.parole.ParoleException.excerpt(value) + "\" n'est pas une position (attendu : un"
            + " nombre entier de caractères). Rien n'a été importé.");
      }
    }

    /** The plain text of a source or note: inline, else its file in the archive; null when it has neither. */
    private String text(Element element, String label) {
      List<Element> inline = children(element, "PlainTextContent");
      if (!inline.isEmpty()) {
        return inline.get(0).getTextContent();
      }
      String path = element.getAttribute("plainTextPath").strip();
      if (path.isEmpty()) {
        return null;
      }
      byte[] bytes = entry(path);
      if (bytes == null) {
        throw new ImportException(where + ", " + label + " : son texte « " + path + " » est absent de l'archive "
            + "(attendu : un fichier sources/" + path.replaceFirst("^[a-z]+://", "") + " dans le .qdpx). Rien n'a "
            + "été importé.");
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** "internal://x.txt": sources/x.txt, Sources/x.txt, or any entry named x.txt (tools differ). */
    private byte[] entry(String path) {
      if (!path.startsWith("internal://")) {
        return null; // relative:// and absolute:// name files outside the archive, which are not read
      }
      String file = path.substring("internal://".length());
      for (String name : List.of("sources/" + file, "Sources/" + file, file)) {
        if (entries.containsKey(name)) {
          return entries.get(name);
        }
      }
      String lower = file.toLowerCase(Locale.ROOT);
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        String base = e.getKey().substring(e.getKey().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (base.equals(lower)) {
          return e.getValue();
        }
      }
      return null;
    }

    private void checkCodeRefs(List<Source> sources) {
      for (Source source : sources) {
        for (Selection selection : source.selections()) {
          for (Coding coding : selection.codings()) {
            if (!codeGuids.contains(coding.codeGuid())) {
              throw new ImportException(where + ", source « " + source.name() + " », sélection « " + selection.guid()
                  + " » : le code « " + coding.codeGuid() + " » est utilisé mais n'est pas défini dans <CodeBook> "
                  + "(attendu : un <Code guid=\"" + coding.codeGuid() + "\">). Rien n'a été importé.");
            }
          }
        }
      }
    }

    private static List<String> refs(Element owner, String element) {
      return children(owner, element).stream().map(e -> guid(e.getAttribute("targetGUID"))).toList();
    }
  }

  private static String attribute(Element element, String name, String otherwise) {
    String value = element.getAttribute(name).strip();
    return value.isEmpty() ? otherwise : value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && localName.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }
}
