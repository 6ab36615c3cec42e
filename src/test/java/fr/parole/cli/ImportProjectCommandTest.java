package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.exchange.QdpxFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parole import-project} as a user runs it: round trip, a project as other tools write it, bad input. */
class ImportProjectCommandTest {
  private static final String CLAIRE = "{AB12CD34-0000-4000-8000-00000000000A}";
  private static final String INTERVIEW = "Q : Comment ça se passe ?\r\nClaire : J'ai confiance dans l'équipe.\r\n"
      + "Q : Et les médecins ?\r\nClaire : Je me méfie un peu 🙂 des médecins.";
  private static final String REPORT = "Compte rendu de réunion. La direction soutient le projet.";

  @TempDir
  Path dir;

  @Test
  void exportImportExportGivesTheSameCodingsSpansCodesAndCoders() throws Exception {
    Path study = QdpxFixtures.codedStudy(dir.resolve("s"));
    Path first = dir.resolve("premier.qdpx");
    QdpxFixtures.ok(TestCli.run("export", study.toString(), "--format", "qdpx", "--out", first.toString(), "--raw"));
    Path copy = dir.resolve("copie");
    Run imported = TestCli.run("import-project", first.toString(), copy.toString(), "-q");
    assertEquals(0, imported.exit(), imported.err());
    assertTrue(imported.out().contains("3 codage(s), 3 mémo(s)"), imported.out());
    Path second = dir.resolve("second.qdpx");
    QdpxFixtures.ok(TestCli.run("export", copy.toString(), "--format", "qdpx", "--out", second.toString(), "--raw"));
    assertEquals(QdpxFixtures.codings(first), QdpxFixtures.codings(second));
    String qde = new String(QdpxFixtures.entries(second).get("project.qde"), StandardCharsets.UTF_8);
    assertTrue(qde.contains("<TextValue>CHU1</TextValue>"), "case attributes come back: " + qde);
    Run memos = TestCli.run("memo", "list", copy.toString(), "--raw");
    assertTrue(memos.out().contains("Code : Information des patients") && memos.out().contains("Citation forte."),
        memos.out());
  }

  @Test
  void aProjectWrittenAsOtherToolsDoIsImportedAndWhatCannotBeIsListed() throws Exception {
    Path qdpx = dir.resolve("these.qdpx");
    Files.write(qdpx, QdpxFixtures.zip(foreignProject(foreignQde())));
    Path study = dir.resolve("these");
    Run run = TestCli.run("import-project", qdpx.toString(), study.toString(), "-q", "--par", "bruno");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("2 source(s)") && run.out().contains("5 codage(s)"), run.out());
    assertTrue(run.out().contains("« Entretien 2.mp3 » (enregistrement audio)"), run.out());
    assertTrue(run.out().contains("<Sets>"), run.out());
    assertTrue(run.out().contains("La variable « Rôle » sur « textes/Entretien 1.txt » : elle y prend 2 valeurs (IDE, "
        + "MED) ; Parole donne une valeur par source, elle est laissée vide."), run.out());
    Path out = dir.resolve("retour.qdpx");
    QdpxFixtures.ok(TestCli.run("export", study.toString(), "--format", "qdpx", "--out", out.toString(), "--raw"));
    List<String> codings = QdpxFixtures.codings(out).stream().map(c -> c.replaceFirst("^\\d+:\\d+ ", "")).toList();
    assertEquals(List.of(
        "Et les médecins ? | Méfiance | Claire",
        "J'ai confiance dans l'équipe. | Méfiance | Claire",
        "Je me méfie un peu | Méfiance | Claire",
        "La direction soutient le projet. | Isolé | inconnu",
        "confiance dans l'équipe | Confiance | Claire"), codings.stream().sorted().toList(),
        "a selection over three turns codes each for its part; positions in code points, CRLF counted");
    assertEquals("source;Établissement\nEntretien 1.txt;CHU3\n",
        Files.readString(study.resolve("cas.csv")));
    Run memos = TestCli.run("memo", "list", study.toString(), "--raw");
    assertTrue(memos.out().contains("Journal\nPremière lecture.") || memos.out().contains("Première lecture."),
        memos.out());
    assertTrue(memos.out().contains("Code : Confiance") && memos.out().contains("À scinder."), memos.out());
  }

  @Test
  void badProjectsAreRefusedWithExitThreeNamingTheFileAndNothingIsCreated() throws Exception {
    Map<String, byte[]> good = foreignProject(foreignQde());
    assertRefused("bonjour".getBytes(StandardCharsets.UTF_8), "n'est pas une archive zip lisible");
    assertRefused(QdpxFixtures.zip(Map.of("sources/a.txt", bytes("texte"))), "aucun document .qde");
    assertRefused(zipWith(good, "Thèse.qde", "pas du <xml"), "Thèse.qde), ligne 1 : XML mal formé");
    assertRefused(zipWith(good, "Thèse.qde", "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM "
        + "\"file:///etc/passwd\">]><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\">&x;</Project>"),
        "refusé par sécurité, le document déclare un DOCTYPE");
    assertRefused(zipWith(good, "Thèse.qde", foreignQde().replace("endPosition=\"" + end(INTERVIEW,
        "confiance dans l'équipe") + "\"", "endPosition=\"9999\"")), "hors du texte de la source, qui fait 133");
    assertRefused(zipWith(good, "Thèse.qde", foreignQde().replace("name=\"Isolé\"", "name=\"Isolé\"").replace(
        "guid=\"c0000000-0000-4000-8000-000000000003\"", "guid=\"c0000000-0000-4000-8000-0000000000ff\"")),
        "le code « c0000000-0000-4000-8000-000000000003 » est utilisé mais n'est pas défini");
    Map<String, byte[]> missing = new LinkedHashMap<>(good);
    missing.remove("Sources/b0000000-0000-4000-8000-000000000001.txt");
    assertRefused(QdpxFixtures.zip(missing), "son texte « internal://b0000000-0000-4000-8000-000000000001.txt » est "
        + "absent de l'archive");
    Map<String, byte[]> climbing = new LinkedHashMap<>(good);
    climbing.put("../../evil.txt", bytes("x"));
    assertRefused(QdpxFixtures.zip(climbing), "le nom d'élément « ../../evil.txt » sort de l'archive");
    Map<String, byte[]> bomb = new LinkedHashMap<>(good);
    bomb.put("sources/zeros.txt", new byte[5_000_000]);
    assertRefused(QdpxFixtures.zip(bomb), "« sources/zeros.txt » se décompresse plus de 100 fois");
    assertRefused(QdpxFixtures.zip(bomb), "Rien n'a été importé ; s'il est authentique, exportez le projet à nouveau");
  }

  private void assertRefused(byte[] bytes, String expected) throws Exception {
    Path qdpx = dir.resolve("mauvais.qdpx");
    Files.write(qdpx, bytes);
    Path study = dir.resolve("jamais");
    Run run = TestCli.run("import-project", qdpx.toString(), study.toString(), "-q");
    assertEquals(3, run.exit(), run.out() + run.err());
    assertTrue(run.err().contains("mauvais.qdpx") && run.err().contains(expected), run.err());
    assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    assertFalse(Files.exists(study), "nothing created");
    try (Stream<Path> left = Files.list(dir)) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().contains(".import-")), "no half-built study left");
    }
  }

  private static byte[] zipWith(Map<String, byte[]> entries, String name, String qde) throws Exception {
    Map<String, byte[]> changed = new LinkedHashMap<>(entries);
    changed.put(name, bytes(qde));
    return QdpxFixtures.zip(changed);
  }

  /** As NVivo, ATLAS.ti or QualCoder write it: another .qde name, the other namespace, GUIDs in braces and capitals. */
  private static Map<String, byte[]> foreignProject(String qde) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("Thèse.qde", bytes(qde));
    entries.put("Sources/b0000000-0000-4000-8000-000000000001.txt", bytes(INTERVIEW));
    entries.put("r0.txt", bytes(REPORT));
    return entries;
  }

  private static String foreignQde() {
    return """
        <?xml version="1.0" encoding="utf-8"?>
        <Project xmlns="urn:QDA-XML:project:1:0" name="Thèse" origin="NVivo 14">
         <Users><User guid="%1$s" name="Claire"/></Users>
         <CodeBook><Codes>
          <Code guid="C0000000-0000-4000-8000-000000000001" name="Confiance" isCodable="true" color="#0A0">
           <Description>La confiance envers l'équipe.</Description>
           <NoteRef targetGUID="{E0000000-0000-4000-8000-000000000003}"/>
           <Code guid="C0000000-0000-4000-8000-000000000002" name="Méfiance" isCodable="true"/>
          </Code>
          <Code guid="c0000000-0000-4000-8000-000000000003" name="Isolé" isCodable="true"/>
         </Codes></CodeBook>
         <Variables><Variable guid="d0000000-0000-4000-8000-000000000001" name="Établissement" typeOfVariable="Text"/>
          <Variable guid="d0000000-0000-4000-8000-000000000003" name="Rôle" typeOfVariable="Text"/></Variables>
         <Cases><Case guid="d0000000-0000-4000-8000-000000000002" name="Claire D.">
          <VariableValue><VariableRef targetGUID="D0000000-0000-4000-8000-000000000001"/><TextValue>CHU3</TextValue></VariableValue>
          <VariableValue><VariableRef targetGUID="d0000000-0000-4000-8000-000000000003"/><TextValue>IDE</TextValue></VariableValue>
          <SourceRef targetGUID="B0000000-0000-4000-8000-000000000001"/></Case>
          <Case guid="d0000000-0000-4000-8000-000000000004" name="Marc">
          <VariableValue><VariableRef targetGUID="d0000000-0000-4000-8000-000000000003"/><TextValue>MED</TextValue></VariableValue>
          <SourceRef targetGUID="B0000000-0000-4000-8000-000000000001"/></Case></Cases>
         <Sources>
          <TextSource guid="B0000000-0000-4000-8000-000000000001" name="Entretien 1" plainTextPath="internal://b0000000-0000-4000-8000-000000000001.txt">
           <PlainTextSelection guid="a0000000-0000-4000-8000-000000000001" startPosition="%2$d" endPosition="%3$d">
            <Coding guid="a1000000-0000-4000-8000-000000000001" creatingUser="%1$s"><CodeRef targetGUID="c0000000-0000-4000-8000-000000000001"/></Coding>
           </PlainTextSelection>
           <PlainTextSelection guid="a0000000-0000-4000-8000-000000000002" startPosition="%4$d" endPosition="%5$d">
            <Coding guid="a1000000-0000-4000-8000-000000000002" creatingUser="%1$s"><CodeRef targetGUID="{C0000000-0000-4000-8000-000000000002}"/></Coding>
           </PlainTextSelection>
          </TextSource>
          <PDFSource guid="b0000000-0000-4000-8000-000000000002" name="Compte rendu.pdf" path="internal://b2.pdf">
           <Representation guid="b0000000-0000-4000-8000-000000000003" plainTextPath="internal://r0.txt">
            <PlainTextSelection guid="a0000000-0000-4000-8000-000000000003" startPosition="25" endPosition="57">
             <Coding guid="a1000000-0000-4000-8000-000000000003"><CodeRef targetGUID="c0000000-0000-4000-8000-000000000003"/></Coding>
            </PlainTextSelection>
           </Representation>
          </PDFSource>
          <AudioSource guid="b0000000-0000-4000-8000-000000000004" name="Entretien 2.mp3" path="internal://b4.mp3"/>
         </Sources>
         <Notes>
          <Note guid="e0000000-0000-4000-8000-000000000001" name="Journal" creatingUser="%1$s"><PlainTextContent>Première lecture.</PlainTextContent></Note>
          <Note guid="e0000000-0000-4000-8000-000000000003" name="Sur la confiance"><PlainTextContent>À scinder.</PlainTextContent></Note>
         </Notes>
         <Sets><Set guid="f0000000-0000-4000-8000-000000000001" name="Groupe"/></Sets>
        </Project>
        """.formatted(CLAIRE, start(INTERVIEW, "confiance dans l'équipe"), end(INTERVIEW, "confiance dans l'équipe"),
        start(INTERVIEW, "J'ai confiance"), end(INTERVIEW, "Je me méfie un peu"));
  }

  private static int start(String text, String part) {
    return text.codePointCount(0, text.indexOf(part));
  }

  private static int end(String text, String part) {
    return start(text, part) + part.codePointCount(0, part.length());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
