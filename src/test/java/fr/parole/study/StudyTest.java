package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyTest {
  @TempDir
  Path dir;

  @Test
  void initWritesACommentedConfigThatReadsBack() throws Exception {
    Study study = Study.init(dir.resolve("mon-etude"));
    assertEquals("mon-etude", study.name());
    assertTrue(Files.isDirectory(study.folder().resolve("entretiens")));
    assertTrue(Files.isRegularFile(study.storeFile()));
    String yaml = Files.readString(study.folder().resolve(Study.CONFIG_FILE));
    assertTrue(yaml.contains("# "), "the template explains itself in comments");
    assertEquals(List.of("establishment", "role", "level"), study.config().attributes());
    assertEquals("level", study.config().sections().attribute());
  }

  @Test
  void initRefusesToOverwriteAStudy() {
    Study.init(dir.resolve("e"));
    assertThrows(StudyException.class, () -> Study.init(dir.resolve("e")));
  }

  @Test
  void aFolderWithoutStudyYamlIsNotAStudy() throws Exception {
    Files.createDirectories(dir.resolve("vide"));
    StudyException e = assertThrows(StudyException.class, () -> Study.open(dir.resolve("vide")));
    assertTrue(e.getMessage().contains("study.yaml") && e.getMessage().contains("parole init"), e.getMessage());
    assertThrows(StudyException.class, () -> Study.open(dir.resolve("absent")));
  }

  @Test
  void anUnknownKeyIsNamedWithItsLine() throws Exception {
    Files.writeString(dir.resolve(Study.CONFIG_FILE), "name: x\nsourcez:\n  - path: a\n");
    StudyException e = assertThrows(StudyException.class, () -> Study.open(dir));
    assertTrue(e.getMessage().contains("sourcez") && e.getMessage().contains("ligne 2"), e.getMessage());
  }

  @Test
  void brokenYamlIsAUserError() throws Exception {
    Files.writeString(dir.resolve(Study.CONFIG_FILE), "name: [x\n");
    StudyException e = assertThrows(StudyException.class, () -> Study.open(dir));
    assertTrue(e.getMessage().contains("YAML"), e.getMessage());
  }

  @Test
  void casesAcceptsOneFileOrAList() throws Exception {
    Files.writeString(dir.resolve(Study.CONFIG_FILE), "cases: cas.csv\n");
    assertEquals(List.of("cas.csv"), Study.open(dir).config().cases());
    Files.writeString(dir.resolve(Study.CONFIG_FILE), "cases: [a.csv, b.xlsx]\n");
    assertEquals(List.of("a.csv", "b.xlsx"), Study.open(dir).config().cases());
  }

  @Test
  void labelsGiveAnAttributeItsNameAndItsValuesTheirs() throws Exception {
    Files.writeString(dir.resolve(Study.CONFIG_FILE), """
        name: x
        labels:
          project: Projet
          role:
            label: Fonction
            values:
              CGS: Coordonnateur général des soins
              "OTHER": Autre
        """);
    StudyConfig config = Study.open(dir).config();
    assertEquals("Projet", config.labels().get("project").label());
    assertEquals(java.util.Map.of(), config.labels().get("project").values());
    assertEquals("Fonction", config.labels().get("role").label());
    assertEquals("Autre", config.labels().get("role").values().get("OTHER"));
    assertEquals(List.of("project", "role"), List.copyOf(config.labels().keySet()), "in study.yaml's order");
  }

  @Test
  void aBadLabelIsRefusedWithItsFileAndLine() throws Exception {
    Files.writeString(dir.resolve(Study.CONFIG_FILE), "name: x\nlabels:\n  role:\n    label: Fonction\n    valeurs:\n"
        + "      CGS: Coordonnateur\n");
    StudyException unknown = assertThrows(StudyException.class, () -> Study.open(dir));
    assertTrue(unknown.getMessage().contains("valeurs") && unknown.getMessage().contains("ligne 5")
        && unknown.getMessage().contains("study.yaml"), unknown.getMessage());

    Files.writeString(dir.resolve(Study.CONFIG_FILE), "name: x\nlabels:\n  project:\n  role:\n    values:\n      CGS:\n");
    StudyException empty = assertThrows(StudyException.class, () -> Study.open(dir));
    assertTrue(empty.getMessage().contains("« project »") && empty.getMessage().contains("ligne 3"), empty.getMessage());

    Files.writeString(dir.resolve(Study.CONFIG_FILE), "name: x\nattributes: [role]\nlabels:\n  role:\n    values:\n"
        + "      OTHER: Autre\n      CGS: \"\"\n");
    StudyException value = assertThrows(StudyException.class, () -> Study.open(dir));
    assertTrue(value.getMessage().contains("« CGS »") && value.getMessage().contains("ligne 7"), value.getMessage());
  }
}
