package fr.parole.importer.esatis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The shipped HAS files (corpora/esatis) and small files cut in their image. */
final class EsatisFixtures {
  static final Path CORPUS = Path.of("corpora", "esatis");
  static final String FILE_48H = "resultats-esatis48h-mco-open-data-2019.csv";
  static final String FILE_CA = "resultats-esatisca-mco-open-data-2019.csv";
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The real header of the +48h file and three of its rows: a B (comma and point decimals), a C, a DI. */
  static final String HEADER_48H = "finess;rs_finess;finess_geo;rs_finess_geo;region;participation;Depot;"
      + "nb_rep_score_all_rea_ajust;score_all_rea_ajust;classement;evolution;nb_rep_score_accueil_rea_ajust;"
      + "score_accueil_rea_ajust;nb_rep_score_PECinf_rea_ajust;score_PECinf_rea_ajust;nb_rep_score_PECmed_rea_ajust;"
      + "score_PECmed_rea_ajust;nb_rep_score_chambre_rea_ajust;score_chambre_rea_ajust;nb_rep_score_repas_rea_ajust;"
      + "score_repas_rea_ajust;nb_rep_score_sortie_rea_ajust;score_sortie_rea_ajust;taux_reco_brut;nb_reco_brut";
  static final String ROW_B = "010780054;CH DE BOURG EN BRESSE FLEYRIAT;010000024;CENTRE HOSPITALIER DE FLEYRIAT;"
      + "Auvergne-Rhône-Alpes;1- Obligatoire;1- Oui;81;75,09;B;3-Amélioration;81;71.36;81;82.45;81;80.72;81;74.86;"
      + "81;64.99;81;68.85;51,9;81";
  static final String ROW_C = "010780062;CH DOCTEUR RECAMIER;010000032;CENTRE HOSPITALIER DE BELLEY;"
      + "Auvergne-Rhône-Alpes;1- Obligatoire;1- Oui;322;71,79;C;3-Amélioration;322;72.47;322;80.88;322;78.53;322;"
      + "67.13;322;61.38;322;60.61;45,5;319";
  static final String ROW_DI = "010780096;CH DE MONTPENSIER TREVOUX;010000065;CH DE TREVOUX - MONTPENSIER;"
      + "Auvergne-Rhône-Alpes;2- Facultatif;1- Oui;;;DI;;;;;;;;;;;;;;;";

  private EsatisFixtures() {}

  /** A small +48h file, in Windows-1252 as the HAS publishes it. */
  static byte[] small48h(String... rows) {
    return (HEADER_48H + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(WINDOWS_1252);
  }

  static byte[] shipped(String name) {
    try {
      return Files.readAllBytes(CORPUS.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A workbook with one sheet per name, each holding {@code rows} (first row: the header) as text or numbers. */
  static byte[] workbook(List<String> sheets, List<List<Object>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String name : sheets) {
        Sheet sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.size(); r++) {
          Row row = sheet.createRow(r);
          for (int c = 0; c < rows.get(r).size(); c++) {
            Object value = rows.get(r).get(c);
            if (value instanceof Number number) {
              row.createCell(c).setCellValue(number.doubleValue());
            } else if (value != null) {
              row.createCell(c).setCellValue(value.toString());
            }
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
