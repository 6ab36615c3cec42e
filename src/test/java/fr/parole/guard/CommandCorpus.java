package fr.parole.guard;

import static fr.parole.guard.BadFiles.XXE;
import static fr.parole.guard.BadFiles.garbage;
import static fr.parole.guard.BadFiles.truncated;
import static fr.parole.guard.BadFiles.utf8;
import static fr.parole.guard.BadFiles.xlsx;

import fr.parole.guard.BadInput.Base;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The bad-input corpus of the other commands that read what a user gives: codebooks (YAML and
 * REFI-QDA .qdc), review sheets brought back, and search arguments.
 */
final class CommandCorpus {
  /** The coded study's transcript (see {@link BadInputCorpusTest}): its segments are 1 and 2. */
  static final String CODED_TRANSCRIPT = "# Entretien\n\nCGS 1 : Le levier, c'est la volonté de la direction.\n\n"
      + "IDE 2 : Un obstacle : le manque de temps pour former les patients partenaires.\n";
  private static final String QDC = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%s<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">"
      + "<Codes><Code guid=\"1\" name=\"type\" isCodable=\"false\"><Code guid=\"2\" name=\"levier\" isCodable=\"true\">"
      + "<Description>%s</Description></Code></Code></Codes></CodeBook>";

  private CommandCorpus() {}

  static List<BadInput> all() {
    return Stream.of(codebooks(), qdc(), reviewSheets(), searches()).flatMap(List::stream).toList();
  }

  private static BadInput alone(String name, String file, byte[] content, Function<Path, List<String>> command,
      String where) {
    return new BadInput(name, Base.NONE, Map.of(file, content), command, 3, file, where, null, null, null);
  }

  private static BadInput codebook(String name, String yaml, String where) {
    return codebook(name, utf8(yaml), where);
  }

  private static BadInput codebook(String name, byte[] yaml, String where) {
    return alone(name, "livre.yaml", yaml, dir -> List.of("codebook", dir.resolve("livre.yaml").toString()), where);
  }

  private static List<BadInput> codebooks() {
    String code = "id: x\ndimensions:\n  - id: type\n    codes:\n      - id: levier\n";
    return List.of(
        codebook("livre de codes vide", "", "ligne 1"),
        codebook("livre de codes de binaire", garbage(800, 7), "UTF-8"),
        codebook("dimensions en bloc au lieu d'une liste", "id: x\ndimensions:\n  id: d\n  codes: []\n", "ligne 3"),
        codebook("codes en texte", "id: x\ndimensions:\n  - id: d\n    codes: partout\n", "ligne 4"),
        codebook("ancre YAML dans un livre de codes", "id: x\ndimensions:\n  - &d {id: d, codes: []}\n  - *d\n",
            "ligne 3"),
        codebook("étiquette !!java dans un livre de codes", "id: x\ndimensions:\n  - id: d\n    label: !!java.net.URL [u]\n",
            "ligne 4"),
        codebook("codes en double", code + "      - id: levier\n", "levier"),
        codebook("règle de recherche illisible", code + "        rules: ['\"comité de']\n", "ligne 6"),
        codebook("livre de codes sans id", "dimensions:\n  - id: type\n    codes:\n      - id: levier\n", "id"),
        codebook("seuil hors de 0..1", code + "        threshold: 2\n", "ligne 5"),
        codebook("seuil non numérique", code + "        threshold: haut\n", "ligne 6"),
        codebook("guillemet non refermé", code + "        label: \"Levier\n", "ligne 6"),
        codebook("livre de codes renommé .xlsx en .yaml", xlsx("id;label", "a;b"), "livre.yaml"),
        inStudy());
  }

  /** A codebook of the study's own with a rule that cannot be read: the coding run stops, nothing coded. */
  private static BadInput inStudy() {
    return new BadInput("livre de codes de l'étude avec une règle illisible", Base.CODED,
        Map.of("livre-faux.yaml", utf8("id: faux\ndimensions:\n  - id: type\n    codes:\n      - id: levier\n"
            + "        rules: ['(levier']\n")),
        study -> List.of("code", study.toString(), "--codebook", study.resolve("livre-faux.yaml").toString()), 3,
        "livre-faux.yaml", "levier", null, null, null);
  }

  private static BadInput qdc(String name, byte[] content, String where) {
    return alone(name, "livre.qdc", content,
        dir -> List.of("codebook", dir.resolve("livre.qdc").toString(), "--out", dir.resolve("sortie.yaml").toString()),
        where);
  }

  private static List<BadInput> qdc() {
    return List.of(
        qdc(".qdc vide", new byte[0], "ligne"),
        qdc(".qdc avec DOCTYPE et entité externe", utf8(QDC.formatted(XXE, "&xxe;")), "DOCTYPE"),
        qdc(".qdc de binaire", garbage(600, 8), "ligne"),
        qdc(".qdc à la mauvaise racine", utf8("<?xml version=\"1.0\"?><Project/>"), "CodeBook"),
        qdc(".qdc tronqué", truncated(utf8(QDC.formatted("", "Ce qui aide."))), "ligne 1"),
        qdc(".qdc en zip (un .qdpx renommé)", BadFiles.zip(Map.of("project.qde", utf8("<Project/>"))), "ligne"),
        qdc(".qdc avec un code sans nom", utf8(QDC.formatted("", "x").replace("name=\"levier\"", "name=\"\"")),
            "code n° 2"));
  }

  private static BadInput sheet(String name, String file, byte[] content, String where) {
    return new BadInput(name, Base.CODED, Map.of("relire/" + file, content),
        study -> List.of("review", study.toString(), "--import", study.resolve("relire/" + file).toString(),
            "--coder", "alice"), 3, file, where, null, null, null);
  }

  private static BadInput sheet(String name, String tsv, String where) {
    return sheet(name, "releve.tsv", utf8(tsv), where);
  }

  private static List<BadInput> reviewSheets() {
    String header = "segment\tcode\tdécision\tcodeur\n";
    return List.of(
        sheet("relecture vide", "", "vide"),
        sheet("relecture en-tête seul", header, "en-tête"),
        sheet("relecture sans colonne décision", "segment\tcode\n1\ttype/levier\n", "ligne 1"),
        sheet("décision incomprise", header + "1\ttype/levier\tpeut-être\talice\n", "ligne 2"),
        sheet("segment non numérique", header + "un\ttype/levier\taccepte\talice\n", "ligne 2"),
        sheet("segment inconnu", header + "1\ttype/levier\taccepte\talice\n99999\ttype/levier\taccepte\talice\n",
            "ligne 3"),
        sheet("codage non numérique", "codage\t" + header + "x\t1\ttype/levier\taccepte\talice\n", "ligne 2"),
        sheet("codage inconnu", "codage\t" + header + "987654\t1\ttype/levier\taccepte\talice\n", "ligne 2"),
        sheet("code inconnu", header + "1\ttype/nope\taccepte\talice\n", "ligne 2"),
        sheet("recodage vers un code inconnu", header + "1\ttype/levier\trecode:type/nope\talice\n", "ligne 2"),
        sheet("relecture avec guillemet non refermé", header + "1\ttype/levier\t\"accepte\talice\n", "ligne 2"),
        sheet("relecture .xlsx tronquée", "releve.xlsx", truncated(xlsx("segment;code;décision", "1;type/levier;accepte")),
            ".xlsx"),
        sheet("relecture .xlsx bombe zip", "releve.xlsx", BadFiles.bomb(xlsx("segment;code;décision",
            "1;type/levier;accepte"), "xl/media/zeros.bin"), "xl/media/zeros.bin"),
        sheet("relecture de binaire", "releve.tsv", garbage(1500, 9), "binaire"),
        sheet("relecture .xlsx avec DOCTYPE", "releve.xlsx",
            BadFiles.xlsxWithDoctype(xlsx("segment;code;décision", "1;type/levier;accepte")), "DOCTYPE"));
  }

  private static BadInput search(String name, String where, String... args) {
    return new BadInput(name, Base.CODED, Map.of(), study -> {
      List<String> command = new ArrayList<>(List.of("search", study.toString()));
      command.addAll(List.of(args));
      return command;
    }, 3, "", where, null, null, null);
  }

  private static List<BadInput> searches() {
    return List.of(
        search("recherche d'un champ inconnu", "nope:", "nope:patient"),
        search("recherche --limit négatif", "--limit", "patient", "--limit", "-5").exit(2),
        search("recherche --context négatif", "--context", "patient", "--context", "-1").exit(2),
        search("recherche avec guillemet non refermé", "guillemet", "\"comité de"),
        search("recherche avec parenthèse non refermée", "parenthèse", "(comité OR patient"),
        search("recherche --where sans =", "--where", "patient", "--where", "role").exit(2),
        search("recherche --where d'un attribut inconnu", "couleur", "patient", "--where", "couleur=bleu"),
        search("recherche de 100 Ko", "trop de mots", "patient ".repeat(12_500)),
        // The caret stands under the fault of the query as shown, escape sequences removed.
        search("recherche avec séquences d'échappement", "position 8 jamais fermée.\n  patient(\n         ^",
            "patient" + BadInputCorpus.ESC + "("),
        search("recherche vide", "la requête est vide", ""),
        search("recherche d'un seul opérateur", "AND", "AND"));
  }
}
