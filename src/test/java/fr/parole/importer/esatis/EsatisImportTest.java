package fr.parole.importer.esatis;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import static fr.parole.importer.esatis.EsatisFixtures.ROW_B;
import static fr.parole.importer.esatis.EsatisFixtures.ROW_C;
import static fr.parole.importer.esatis.EsatisFixtures.small48h;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.importer.ImportReport;
import fr.parole.importer.ImportService;
import fr.parole.study.EsatisCount;
import fr.parole.study.EsatisScoreRow;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** e-Satis results through {@code parole import}: one transaction, a savepoint per file, hashes. */
class EsatisImportTest {
  private static final String YAML = "sources:\n  - path: esatis/\n    type: esatis\n";

  @TempDir
  Path dir;

  private Path study(String yaml) {
    return TestStudies.write(dir.resolve("etude"), yaml);
  }

  private static void put(Path study, String name, byte[] bytes) throws IOException {
    Files.createDirectories(study.resolve(name).getParent());
    Files.write(study.resolve(name), bytes);
  }

  private static ImportReport importStudy(Path folder) {
    Study study = Study.open(folder);
    try (StudyStore store = study.openStore()) {
      return new ImportService(Progress.SILENT).importStudy(study, store);
    }
  }

  private static <T> T query(Path folder, java.util.function.Function<StudyStore, T> query) {
    try (StudyStore store = Study.open(folder).openStore()) {
      return query.apply(store);
    }
  }

  private static Run cli(String... args) {
    return TestCli.run(args);
  }

  @Test
  void importsBothSurveysOfTheShippedYearAndStatusCountsThem() throws IOException {
    Path study = study(YAML);
    put(study, "esatis/" + EsatisFixtures.FILE_48H, EsatisFixtures.shipped(EsatisFixtures.FILE_48H));
    put(study, "esatis/" + EsatisFixtures.FILE_CA, EsatisFixtures.shipped(EsatisFixtures.FILE_CA));

    Run run = cli("import", study.toString());

    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("e-Satis +48h MCO 2019, 1152 établissement(s)"), run.out());
    List<EsatisCount> counts = query(study, s -> s.queries().esatisCounts());
    assertEquals(List.of("48h_mco", "ca_mco"), counts.stream().map(EsatisCount::survey).toList());
    assertEquals(1152, counts.get(0).establishments());
    assertEquals(945, counts.get(1).establishments());
    // Fleyriat answered both surveys: one establishment, two results.
    List<EsatisScoreRow> fleyriat = query(study, s -> s.queries().esatisScores("010000024"));
    assertEquals(List.of("48h_mco", "ca_mco"), fleyriat.stream().map(EsatisScoreRow::survey).distinct().toList());
    assertEquals("CENTRE HOSPITALIER DE FLEYRIAT", fleyriat.get(0).name());

    Run status = cli("status", study.toString());
    assertTrue(status.out().contains("Résultats e-Satis : 1179 établissement(s)"), status.out());
    assertTrue(status.out().matches("(?s).*48h_mco\\s+2019 :\\s+1152 établissement\\(s\\).*"), status.out());
  }

  @Test
  void theSameFileIsANoOpAChangedOneReplacesItsRowsADeletedOneLeaves() throws IOException {
    Path study = study(YAML);
    put(study, "esatis/r-2019.csv", small48h(ROW_B, ROW_C));
    importStudy(study);

    assertEquals(List.of(), importStudy(study).imported());

    put(study, "esatis/r-2019.csv", small48h(ROW_B.replace(";75,09;", ";76,5;")));
    ImportReport replaced = importStudy(study);
    assertTrue(replaced.imported().get(0).replaced());
    List<EsatisScoreRow> global = query(study, s -> s.queries().esatisScores("010000024")).stream()
        .filter(r -> r.dimension().equals("global")).toList();
    assertEquals(1, global.size());
    assertEquals(76.5, global.get(0).score());
    // Belley is no longer in the file: its results and the establishment are gone.
    assertEquals(List.of(), query(study, s -> s.queries().esatisScores("010000032")));
    assertEquals(1, (int) query(study, s -> s.queries().esatisEstablishments()));

    Files.delete(study.resolve("esatis/r-2019.csv"));
    importStudy(study);
    assertEquals(0, (int) query(study, s -> s.queries().esatisEstablishments()));
  }

  @Test
  void aMissingScoreIsStoredAsNullNotZero() throws IOException {
    Path study = study(YAML);
    put(study, "esatis/r-2019.csv", small48h(EsatisFixtures.ROW_DI));
    importStudy(study);

    List<EsatisScoreRow> rows = query(study, s -> s.queries().esatisScores("010000065"));
    assertEquals(8, rows.size());
    rows.forEach(r -> assertNull(r.score(), r.dimension()));
    assertEquals("DI", rows.get(0).esatisClass());
    EsatisCount count = query(study, s -> s.queries().esatisCounts()).get(0);
    assertEquals(0, count.scores());
    assertEquals(8, count.missingScores());
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("lexique-2019.csv", EsatisFixtures.shipped("lexique-esatisca-mco-open-data-2019.csv"),
            "disposition de fichier e-Satis inconnue. Colonnes trouvées : Nom de la variable"),
        Arguments.of("score-2019.csv", small48h(ROW_C.replace(";72.47;", ";bon;")),
            ", ligne 2 : colonne « score_accueil_rea_ajust » : « bon » n'est pas un nombre"),
        Arguments.of("finess-2019.csv", small48h(ROW_C.replace(";010000032;", ";01000003;")),
            ", ligne 2 : colonne « finess_geo » : « 01000003 » n'est pas un numéro FINESS"),
        Arguments.of("feuilles-2019.xlsx", EsatisFixtures.workbook(List.of("2019", "Lexique"),
            List.of(List.of("finess_geo", "score_all_ajust"), List.of("010000032", 70))),
            "le classeur a 2 feuilles (« 2019 », « Lexique »)"),
        Arguments.of("pas-un-zip-2019.xlsx", small48h(ROW_C), "ce n'est pas un classeur .xlsx valide"),
        Arguments.of("vide-2019.csv", new byte[0], "le fichier est vide (0 octet)"),
        Arguments.of("cellules-2019.csv", small48h(ROW_C + ";;"), ", ligne 2 : 27 cellules au lieu de 25"));
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void aBadFileImportsNothingTheOthersAreKeptAndTheCommandExitsWith3(String name, byte[] bytes, String expected)
      throws IOException {
    Path study = study(YAML);
    put(study, "esatis/bon-2019.csv", small48h(ROW_B));
    put(study, "esatis/" + name, bytes);

    Run run = cli("import", study.toString());

    assertEquals(3, run.exit(), run.out());
    assertTrue(run.err().contains("erreur : esatis/" + name), run.err());
    assertTrue(run.err().contains(expected), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace for a user error: " + run.err());
    assertEquals(List.of("esatis/bon-2019.csv"),
        query(study, s -> s.queries().sources().stream().map(r -> r.path()).toList()));
    // Belley (ROW_C) appears only in the bad files.
    assertEquals(List.of(), query(study, s -> s.queries().esatisScores("010000032")));
    assertEquals(1, (int) query(study, s -> s.queries().esatisEstablishments()));
  }
}
