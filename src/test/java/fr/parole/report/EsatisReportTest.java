package fr.parole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.Study;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The e-Satis section on small synthetic results: the study's establishments against the national
 * and regional means, and the evolution of scores between two years.
 */
class EsatisReportTest {
  /** The real header of the HAS +48h MCO file (corpora/esatis, 2019). */
  private static final String HEADER = "finess;rs_finess;finess_geo;rs_finess_geo;region;participation;Depot;"
      + "nb_rep_score_all_rea_ajust;score_all_rea_ajust;classement;evolution;nb_rep_score_accueil_rea_ajust;"
      + "score_accueil_rea_ajust;nb_rep_score_PECinf_rea_ajust;score_PECinf_rea_ajust;nb_rep_score_PECmed_rea_ajust;"
      + "score_PECmed_rea_ajust;nb_rep_score_chambre_rea_ajust;score_chambre_rea_ajust;nb_rep_score_repas_rea_ajust;"
      + "score_repas_rea_ajust;nb_rep_score_sortie_rea_ajust;score_sortie_rea_ajust;taux_reco_brut;nb_reco_brut";
  private static final String YAML = """
      name: synthese
      sources:
        - path: esatis/
          type: esatis
      esatis:
        establishments:
          Hôpital A: "990000011"
          Clinique B: "990000029"
          Hôpital Z: "990000099"
      """;

  @TempDir
  Path dir;

  private final Pipeline pipeline = new Pipeline(Progress.SILENT);

  /**
   * SYNTHETIC results, not HAS data: four made-up establishments (FINESS 99…) in two made-up
   * regions, every dimension scored {@code global} + a fixed offset, 100 answers each.
   */
  private static String results(double a, double b, double c, double d) {
    return HEADER + "\r\n" + row("990000011", "HOPITAL FICTIF A", "Région Nord", a) + row("990000029",
        "CLINIQUE FICTIVE B", "Région Nord", b) + row("990000037", "HOPITAL FICTIF C", "Région Sud", c)
        + row("990000045", "HOPITAL FICTIF D", "Région Sud", d);
  }

  private static String row(String finess, String name, String region, double global) {
    StringBuilder r = new StringBuilder(finess + ";" + name + ";" + finess + ";" + name + ";" + region
        + ";1- Obligatoire;1- Oui;100;" + decimal(global) + ";B;;");
    for (int i = 0; i < 6; i++) {
      r.append("100;").append(decimal(global + i)).append(';');
    }
    return r.append(decimal(global - 10)).append(";100\r\n").toString();
  }

  private static String decimal(double x) {
    return String.valueOf(x).replace('.', ',');
  }

  private Path study(String... files) throws Exception {
    Path folder = TestStudies.write(dir.resolve("etude"), YAML);
    for (int i = 0; i < files.length; i += 2) {
      Path file = folder.resolve("esatis").resolve(files[i]);
      Files.createDirectories(file.getParent());
      Files.write(file, files[i + 1].getBytes(Charset.forName("windows-1252")));
    }
    return folder;
  }

  @Test
  void theStudysEstablishmentsAreShownAgainstTheMeansAndFollowedAcrossYears() throws Exception {
    Study study = Study.open(study("resultats-synthetiques-2019.csv", results(70, 72, 74, 76),
        "resultats-synthetiques-2020.csv", results(74.5, 71, 75, 78.5)));
    pipeline.importStudy(study);
    Path index = pipeline.report(study, dir.resolve("out"));
    String html = Files.readString(index);
    Path tables = index.getParent().resolve("tableaux");
    Path charts = index.getParent().resolve("graphiques");

    // Against the means: Hôpital A in 2019 scores 70, the national mean is 73, Région Nord's 71.
    List<String> ours = Files.readAllLines(tables.resolve("esatis-48h-mco-2019-etablissements.csv"));
    assertTrue(ours.contains("Hôpital A,Satisfaction globale,global,70,100,B,73,-3,71,-1,Région Nord,990000011"),
        ours.toString());
    // People read the dimensions by their HAS names, in the HAS order; ids stay in the files (dimension_id).
    assertTrue(ours.get(1).contains(",global,") && ours.get(3).contains(",accueil,"), ours.toString());
    assertFalse(html.contains(">pec_medecins<") || html.contains(">global<"), "dimension ids on the page");
    assertTrue(html.contains("<td>Prise en charge par les médecins et chirurgiens</td>"), "dimension labels");
    List<String> distribution = Files.readAllLines(tables.resolve("esatis-48h-mco-2019-distribution.csv"));
    assertTrue(distribution.get(1).startsWith("Satisfaction globale,global,"), distribution.toString());
    for (String ext : List.of(".png", ".svg")) {
      assertTrue(Files.size(charts.resolve("esatis-48h-mco-2019-etablissements" + ext)) > 1000);
    }
    assertTrue(html.contains("Clinique B → 990000029 (CLINIQUE FICTIVE B)"), "the ties study.yaml declares");
    assertTrue(html.contains("absents des résultats e-Satis importés : Hôpital Z → 990000099"), "a tie to no result");

    // Across years: every score of the study's establishments with the national mean of its year…
    List<String> years = Files.readAllLines(tables.resolve("esatis-48h-mco-evolution.csv"));
    assertTrue(years.contains("moyenne nationale,,Satisfaction globale,global,2020,74.75,,74.75,"), years.toString());
    assertTrue(years.contains("Hôpital A,990000011,Satisfaction globale,global,2020,74.5,100,74.75,-0.25"),
        years.toString());
    // …and the change from one year to the next (74.5 − 70, 71 − 72).
    List<String> changes = Files.readAllLines(tables.resolve("esatis-48h-mco-evolution-ecarts.csv"));
    assertTrue(changes.contains("Hôpital A,990000011,Satisfaction globale,global,2019,2020,70,74.5,4.5,B,B"),
        changes.toString());
    assertTrue(changes.contains("Clinique B,990000029,Satisfaction globale,global,2019,2020,72,71,-1,B,B"),
        changes.toString());
    assertTrue(changes.stream().noneMatch(l -> l.contains("990000037")), "only the study's establishments");
    assertTrue(Files.exists(charts.resolve("esatis-48h-mco-evolution-national.svg")));
    assertTrue(Files.exists(charts.resolve("esatis-48h-mco-evolution-hopital-a.png")));
    assertTrue(Files.exists(charts.resolve("esatis-48h-mco-evolution-clinique-b.png")));
    assertFalse(html.contains("au moins deux années"));
  }

  @Test
  void aSingleYearSaysThatAnEvolutionNeedsTwo() throws Exception {
    Study study = Study.open(study("resultats-synthetiques-2019.csv", results(70, 72, 74, 76)));
    pipeline.importStudy(study);
    Path index = pipeline.report(study, dir.resolve("out"));
    String html = Files.readString(index);
    assertTrue(html.contains("L&apos;évolution des scores demande les résultats d&apos;au moins deux années pour une "
        + "même enquête ; cette étude n&apos;en a qu&apos;une (e-Satis +48h MCO : 2019)"), html);
    assertFalse(Files.exists(index.getParent().resolve("tableaux/esatis-48h-mco-evolution.csv")));
    assertFalse(html.contains("id=\"esatis-evolution\""), "a note, not a heading over an empty part");
    assertTrue(Files.exists(index.getParent().resolve("graphiques/esatis-48h-mco-2019-etablissements.png")));
  }
}
