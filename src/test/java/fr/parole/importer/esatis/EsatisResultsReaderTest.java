package fr.parole.importer.esatis;

import static fr.parole.importer.esatis.EsatisFixtures.ROW_B;
import static fr.parole.importer.esatis.EsatisFixtures.ROW_C;
import static fr.parole.importer.esatis.EsatisFixtures.ROW_DI;
import static fr.parole.importer.esatis.EsatisFixtures.small48h;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.importer.ImportException;
import fr.parole.importer.ImportedResults;
import fr.parole.importer.SourceFile;
import fr.parole.importer.TableReader;
import fr.parole.importer.TextDecoder;
import fr.parole.study.EsatisResult;
import fr.parole.study.StudyConfig.SourceSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EsatisResultsReaderTest {
  private final EsatisResultsReader reader =
      new EsatisResultsReader(new TableReader(new TextDecoder()), EsatisColumns.shipped());

  private ImportedResults read(String name, byte[] bytes) {
    return read(name, bytes, new SourceSpec("esatis/", "esatis"));
  }

  private ImportedResults read(String name, byte[] bytes, SourceSpec spec) {
    return reader.read(new SourceFile(Path.of(name), "esatis/" + name, bytes), spec);
  }

  private String failure(String name, byte[] bytes) {
    return failure(name, bytes, new SourceSpec("esatis/", "esatis"));
  }

  private String failure(String name, byte[] bytes, SourceSpec spec) {
    return assertThrows(ImportException.class, () -> read(name, bytes, spec)).getMessage();
  }

  private static EsatisResult.Score score(EsatisResult result, String dimension) {
    return result.scores().stream().filter(s -> s.dimension().equals(dimension)).findFirst().orElseThrow();
  }

  private static EsatisResult establishment(ImportedResults results, String finessGeo) {
    return results.results().stream().filter(r -> r.establishment().finessGeo().equals(finessGeo)).findFirst()
        .orElseThrow();
  }

  @Test
  void readsTheHasFileOfPatientsHospitalisedMoreThan48Hours() {
    ImportedResults results = read(EsatisFixtures.FILE_48H, EsatisFixtures.shipped(EsatisFixtures.FILE_48H));

    assertEquals("48h_mco", results.survey());
    assertEquals(List.of(2019), results.years());
    assertEquals(1152, results.results().size());
    EsatisResult fleyriat = establishment(results, "010000024");
    assertEquals(new EsatisResult.Establishment("010000024", "010780054", "CENTRE HOSPITALIER DE FLEYRIAT",
        "CH DE BOURG EN BRESSE FLEYRIAT", "Auvergne-Rhône-Alpes"), fleyriat.establishment());
    assertEquals("B", fleyriat.esatisClass());
    assertEquals("3-Amélioration", fleyriat.evolution());
    // The global score has a decimal comma, the dimensions a decimal point: both are read.
    assertEquals(new EsatisResult.Score("global", 75.09, 81), score(fleyriat, "global"));
    assertEquals(new EsatisResult.Score("accueil", 71.36, 81), score(fleyriat, "accueil"));
    assertEquals(new EsatisResult.Score("recommandation", 51.9, 81), score(fleyriat, "recommandation"));
    assertEquals(8, fleyriat.scores().size());
    assertEquals(2, fleyriat.line());
  }

  @Test
  void anEstablishmentWithTooFewAnswersKeepsItsClassAndMissingScoresStayMissing() {
    EsatisResult trevoux = establishment(read("r-2019.csv", small48h(ROW_B, ROW_DI)), "010000065");

    assertEquals("DI", trevoux.esatisClass());
    assertNull(trevoux.evolution());
    assertEquals(8, trevoux.scores().size());
    // Empty cells are missing values, never zeros that would drag an average down.
    trevoux.scores().forEach(s -> {
      assertNull(s.score(), s.dimension());
      assertNull(s.answers(), s.dimension());
    });
  }

  @Test
  void readsTheAmbulatorySurgeryFileWithItsOwnDimensions() {
    ImportedResults results = read(EsatisFixtures.FILE_CA, EsatisFixtures.shipped(EsatisFixtures.FILE_CA));

    assertEquals("ca_mco", results.survey());
    assertEquals(945, results.results().size());
    EsatisResult fleyriat = establishment(results, "010000024");
    assertEquals(new EsatisResult.Score("global", 78.75, 143), score(fleyriat, "global"));
    assertEquals(new EsatisResult.Score("avant_hospitalisation", 84.9, 143), score(fleyriat, "avant_hospitalisation"));
    assertEquals(new EsatisResult.Score("sortie_retour", 72.5, 143), score(fleyriat, "sortie_retour"));
    // Corsican FINESS numbers start with 2A or 2B.
    assertTrue(results.results().stream().anyMatch(r -> r.establishment().finessGeo().startsWith("2A")));
  }

  @Test
  void theYearComesFromAColumnThenTheFileNameThenStudyYaml() {
    String header = EsatisFixtures.HEADER_48H + ";annee";
    byte[] withColumn = (header + "\n" + ROW_B + ";2021\n").getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of(2021), read("resultats-2019.csv", withColumn).years());

    assertEquals(List.of(2019), read("resultats-2019.csv", small48h(ROW_B)).years());

    SourceSpec withYear = new SourceSpec("esatis/", "esatis", null, 2018, null, null);
    assertEquals(List.of(2018), read("resultats-48h.csv", small48h(ROW_B), withYear).years());

    String message = failure("resultats-48h.csv", small48h(ROW_B));
    assertTrue(message.contains("année des résultats inconnue") && message.contains("year:"), message);
  }

  @Test
  void aColumnTheToolDoesNotKnowIsReportedAndCanBeMappedInStudyYaml() {
    String header = EsatisFixtures.HEADER_48H + ";score_urgence_ajust;nb_rep_score_urgence_ajust";
    byte[] bytes = (header + "\n" + ROW_B + ";66,6;40\n").getBytes(StandardCharsets.UTF_8);

    ImportedResults plain = read("r-2019.csv", bytes);
    assertTrue(plain.warnings().get(0).contains("score_urgence_ajust"), plain.warnings().toString());
    assertTrue(plain.results().get(0).scores().stream().noneMatch(s -> s.dimension().equals("urgence")));

    SourceSpec mapped = new SourceSpec("esatis/", "esatis", null, null, null,
        Map.of("score_urgence_ajust", "score urgence", "NB_REP_SCORE_URGENCE_AJUST", "answers urgence"));
    ImportedResults read = read("r-2019.csv", bytes, mapped);
    assertEquals(List.of(), read.warnings());
    assertEquals(new EsatisResult.Score("urgence", 66.6, 40), score(read.results().get(0), "urgence"));
  }

  @Test
  void aMeaningStudyYamlGivesThatMeansNothingIsRefused() {
    SourceSpec mapped = new SourceSpec("esatis/", "esatis", null, null, null, Map.of("note", "moyenne urgence"));
    String message = failure("r-2019.csv", small48h(ROW_B), mapped);
    assertTrue(message.contains("« note »") && message.contains("score <dimension>"), message);
  }

  @Test
  void readsAWorkbookSheetChosenByName() {
    List<List<Object>> rows = List.of(
        List.of("finess_geo", "rs_finess_geo", "score_all_ajust", "nb_rep_score_all_ajust", "classement"),
        List.of("010000024", "CENTRE HOSPITALIER DE FLEYRIAT", 78.75, 143, "B"));
    byte[] workbook = EsatisFixtures.workbook(List.of("Lisez-moi", "Résultats"), rows);
    SourceSpec sheet = new SourceSpec("esatis/", "esatis", null, null, "Résultats", null);

    ImportedResults results = read("esatis-2020.xlsx", workbook, sheet);

    assertEquals("ca_mco", results.survey());
    assertEquals(List.of(2020), results.years());
    assertEquals(new EsatisResult.Score("global", 78.75, 143), score(results.results().get(0), "global"));
  }

  // Bad input: one test per case the issue lists. Each message names the file, and the row and
  // column when there is one.

  @Test
  void anUnknownLayoutListsTheColumnsFoundAndTheOnesExpected() {
    String message = failure("lexique-esatis48h-mco-open-data-2019.csv",
        EsatisFixtures.shipped("lexique-esatis48h-mco-open-data-2019.csv"));

    assertTrue(message.startsWith("esatis/lexique-esatis48h-mco-open-data-2019.csv : disposition"), message);
    assertTrue(message.contains("Colonnes trouvées : Nom de la variable, Libellé de la variable"), message);
    assertTrue(message.contains("finess_geo") && message.contains("score_all_rea_ajust")
        && message.contains("score_all_ajust"), message);
  }

  @Test
  void aScoreThatIsNotANumberNamesItsRowAndColumn() {
    String message = failure("r-2019.csv", small48h(ROW_B, ROW_C.replace(";71,79;", ";71,7x;")));

    assertEquals("esatis/r-2019.csv, ligne 3 : colonne « score_all_rea_ajust » : « 71,7x » n'est pas un nombre "
        + "(attendu : une note de 0 à 100, avec « , » ou « . » pour les décimales, ou une cellule vide si la valeur "
        + "manque).", message);
  }

  @Test
  void aFinessThatIsNotNineCharactersIsRefused() {
    // A spreadsheet that read the column as numbers dropped the leading zero.
    String message = failure("r-2019.csv", small48h(ROW_B.replace(";010000024;", ";10000024;")));

    assertTrue(message.startsWith("esatis/r-2019.csv, ligne 2 : colonne « finess_geo » : « 10000024 » n'est pas un "
        + "numéro FINESS (8 caractère(s)"), message);
    assertTrue(message.contains("zéro initial"), message);
  }

  @Test
  void aWorkbookWithSeveralSheetsMustSayWhichAndAMissingSheetIsNamed() {
    byte[] workbook = EsatisFixtures.workbook(List.of("Résultats 2019", "Lexique"),
        List.of(List.of("finess_geo", "score_all_ajust"), List.of("010000024", 78.75)));

    String message = failure("esatis-2019.xlsx", workbook);
    assertEquals("esatis/esatis-2019.xlsx : le classeur a 2 feuilles (« Résultats 2019 », « Lexique ») ; indiquez "
        + "laquelle lire avec « sheet: » dans la source de study.yaml.", message);

    SourceSpec wrong = new SourceSpec("esatis/", "esatis", null, null, "Resultats", null);
    assertTrue(failure("esatis-2019.xlsx", workbook, wrong).contains("pas de feuille « Resultats »"));

    // Once chosen, messages say which sheet was read.
    byte[] bad = EsatisFixtures.workbook(List.of("A", "B"),
        List.of(List.of("finess_geo", "score_all_ajust"), List.of("010000024", "bien")));
    SourceSpec chosen = new SourceSpec("esatis/", "esatis", null, null, "B", null);
    assertTrue(failure("esatis-2019.xlsx", bad, chosen)
        .startsWith("esatis/esatis-2019.xlsx (feuille « B »), ligne 2 : colonne « score_all_ajust »"));
  }

  @Test
  void aWorkbookThatIsNotAZipIsRefused() {
    String message = failure("esatis-2019.xlsx", "finess_geo;score_all_ajust\n".getBytes(StandardCharsets.UTF_8));
    assertTrue(message.startsWith("esatis/esatis-2019.xlsx : ce n'est pas un classeur .xlsx valide"), message);
  }

  @Test
  void anEmptyFileIsRefused() {
    assertEquals("esatis/r-2019.csv : le fichier est vide (0 octet).", failure("r-2019.csv", new byte[0]));
    assertEquals("esatis/r-2019.xlsx : le fichier est vide (0 octet).", failure("r-2019.xlsx", new byte[0]));
  }

  @Test
  void aRowWithTheWrongNumberOfCellsNamesItsLine() {
    String shortRow = String.join(";", Arrays.copyOf(ROW_C.split(";", -1), 20));
    String message = failure("r-2019.csv", small48h(ROW_B, shortRow));
    assertTrue(message.startsWith("esatis/r-2019.csv, ligne 3 : 20 cellules au lieu de 25"), message);
  }

  @Test
  void anUnknownClassOrAnEstablishmentListedTwiceIsRefused() {
    String message = failure("r-2019.csv", small48h(ROW_B.replace(";B;", ";E;")));
    assertTrue(message.contains("ligne 2 : colonne « classement » : classe « E » inconnue"), message);

    message = failure("r-2019.csv", small48h(ROW_B, ROW_C, ROW_B));
    assertTrue(message.contains("ligne 4") && message.contains("déjà des résultats ligne 2"), message);
  }

  @Test
  void aScoreAbove100IsRefused() {
    String message = failure("r-2019.csv", small48h(ROW_B.replace(";75,09;", ";750,9;")));
    assertTrue(message.contains("colonne « score_all_rea_ajust » : « 750,9 » dépasse 100"), message);
  }
}
