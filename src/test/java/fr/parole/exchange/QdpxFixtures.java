package fr.parole.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A small coded study, and what a test reads back from a .qdpx (entries, codings by their text). */
public final class QdpxFixtures {
  public static final String BOOK = """
      id: livre
      dimensions:
        - id: type
          label: Type d'information
          codes:
            - id: info
              label: Information des patients
              definition: Ce que les patients savent de leur prise en charge.
              color: "#d04040"
              rules: ['patient*']
            - id: livret
              label: Livret d'accueil
              parent: info
              rules: ['livret']
      """;
  /** Segment 3 holds an emoji (two Java chars, one code point) before the span that bob codes. */
  public static final String INTERVIEW = "Entretien du 3 mars\n\nQ : Et les patients ?\n\n"
      + "IDE 1 : Les patients 😀 sont informés par Mme Lefèvre.\n\nIDE 1 : Chaque patient reçoit un livret.\n";

  private QdpxFixtures() {}

  /** The study, imported, machine-coded, then coded by alice and bob, with memos. */
  public static Path codedStudy(Path folder) {
    Path study = TestStudies.write(folder, "sources:\n  - path: entretiens/\ncodebook: livre.yaml\ncases: cas.csv\n"
        + "attributes: [establishment, role]\n", "entretiens/a.md", INTERVIEW, "livre.yaml", BOOK,
        "cas.csv", "source;establishment;role\na.md;CHU1;IDE\n");
    String s = study.toString();
    ok(TestCli.run("import", s, "-q"));
    ok(TestCli.run("code", s, "-q"));
    ok(TestCli.run("code", s, "--segment", "3", "--code", "type/info", "--coder", "alice"));
    int start = "Les patients 😀 sont informés par ".length();
    ok(TestCli.run("code", s, "--segment", "3", "--code", "type/livret", "--coder", "bob", "--span",
        start + ":" + (start + "Mme Lefèvre".length())));
    ok(TestCli.run("code", s, "--segment", "4", "--code", "type/livret", "--coder", "alice"));
    ok(TestCli.run("memo", "add", s, "--auteur", "alice", "--texte", "Relire avec l'équipe."));
    ok(TestCli.run("memo", "add", s, "--auteur", "bob", "--code", "livre/type/info", "--texte", "Code large."));
    ok(TestCli.run("memo", "add", s, "--auteur", "alice", "--segment", "3", "--texte", "Citation forte."));
    return study;
  }

  public static void ok(Run run) {
    assertEquals(0, run.exit(), run.out() + run.err());
  }

  public static Map<String, byte[]> entries(Path qdpx) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(qdpx)))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.put(e.getName(), zip.readAllBytes());
      }
    }
    return entries;
  }

  public static byte[] zip(Map<String, byte[]> entries) {
    return fr.parole.guard.BadFiles.zip(entries);
  }

  /** Validates project.qde against the REFI-QDA schema copied in the test resources. */
  public static void validate(byte[] qde) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    var schema = factory.newSchema(new StreamSource(QdpxFixtures.class.getResourceAsStream("Project-mrt2019.xsd")));
    schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(qde)));
  }

  public static Document parse(byte[] qde) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(qde));
  }

  /**
   * Every coding of a .qdpx as "text coded | code name | user name", the text taken from the
   * source's plain text by code points: what a round trip must keep.
   */
  public static List<String> codings(Path qdpx) throws Exception {
    Map<String, byte[]> entries = entries(qdpx);
    Document doc = parse(entries.get("project.qde"));
    Map<String, String> names = new HashMap<>();
    for (String tag : List.of("User", "Code")) {
      NodeList nodes = doc.getElementsByTagNameNS("*", tag);
      for (int i = 0; i < nodes.getLength(); i++) {
        Element e = (Element) nodes.item(i);
        names.put(e.getAttribute("guid"), e.getAttribute("name"));
      }
    }
    List<String> codings = new ArrayList<>();
    NodeList sources = doc.getElementsByTagNameNS("*", "TextSource");
    for (int i = 0; i < sources.getLength(); i++) {
      Element source = (Element) sources.item(i);
      String file = "sources/" + source.getAttribute("plainTextPath").replace("internal://", "");
      String text = new String(entries.get(file), StandardCharsets.UTF_8);
      NodeList selections = source.getElementsByTagNameNS("*", "PlainTextSelection");
      for (int j = 0; j < selections.getLength(); j++) {
        Element selection = (Element) selections.item(j);
        int start = Integer.parseInt(selection.getAttribute("startPosition"));
        int end = Integer.parseInt(selection.getAttribute("endPosition"));
        String coded = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
        NodeList list = selection.getElementsByTagNameNS("*", "Coding");
        for (int k = 0; k < list.getLength(); k++) {
          Element coding = (Element) list.item(k);
          Element ref = (Element) coding.getElementsByTagNameNS("*", "CodeRef").item(0);
          codings.add(start + ":" + end + " " + coded + " | " + names.get(ref.getAttribute("targetGUID")) + " | "
              + names.get(coding.getAttribute("creatingUser")));
        }
      }
    }
    return new ArrayList<>(new TreeSet<>(codings));
  }
}
