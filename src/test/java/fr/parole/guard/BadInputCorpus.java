package fr.parole.guard;

import static fr.parole.guard.BadFiles.XXE;
import static fr.parole.guard.BadFiles.bomb;
import static fr.parole.guard.BadFiles.docxText;
import static fr.parole.guard.BadFiles.garbage;
import static fr.parole.guard.BadFiles.odtText;
import static fr.parole.guard.BadFiles.truncated;
import static fr.parole.guard.BadFiles.utf8;
import static fr.parole.guard.BadFiles.windows1252;
import static fr.parole.guard.BadFiles.xlsx;

import fr.parole.guard.BadInput.Base;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The bad-input corpus of the import: every importer's bad files, the cases file and study.yaml,
 * each written into a small study beside a good transcript. {@link CommandCorpus} has the
 * codebooks, review sheets and search arguments.
 */
final class BadInputCorpus {
  static final String TRANSCRIPT = "# Entretien\n\nCGS 1 : Je ne fais aucun projet sans inviter un usager.\n";
  /** Sets the terminal's title and clears the screen, if printed. */
  static final String ESC = "\u001b]0;pirate\u0007\u001b[2J";
  /** Clears the screen and turns text red, with no « ; » that would split a CSV cell. */
  static final String CSI = "\u001b[2J\u001b[31m";
  private static final String BASE = "name: garde\nsources:\n  - path: entretiens/\n    type: transcript\n";
  private static final Map<String, String> SOURCES = Map.of(
      "entretiens", "",
      "avis", "  - path: avis/\n    type: verbatims\n",
      "questionnaires", "  - path: questionnaires/\n    type: questionnaire\n    questionnaire: checklist-has-partenariat\n",
      "esatis", "  - path: esatis/\n    type: esatis\n");
  static final String VERBATIM_HEADER = "Date de réponse;Établissement;Service;Points positifs;Points à améliorer";
  static final String VERBATIM_ROW = "05/06/2020;CH2;Gériatrie;Accueil souriant.;Repas froids.";
  static final String CHECKLIST_HEADER = "diagnostic_partage;deux_patients_partenaires;commentaire";
  static final String CHECKLIST_ROW = "Oui;Non;Le projet avance bien.";

  private BadInputCorpus() {}

  static List<BadInput> all() {
    return Stream.of(transcripts(), verbatims(), questionnaires(), esatis(), casesFiles(), studyFiles())
        .flatMap(List::stream).toList();
  }

  /** A bad file in the folder its first path element names, the source of that kind listed. */
  static BadInput refused(String name, String path, byte[] content, String where) {
    String folder = path.substring(0, path.indexOf('/'));
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("study.yaml", utf8(BASE + SOURCES.get(folder)));
    files.put(BadInput.GOOD, utf8(TRANSCRIPT));
    files.put(path, content);
    return new BadInput(name, Base.FRESH, files, importing(), 3, path, where, path, BadInput.GOOD, null);
  }

  static Function<Path, List<String>> importing() {
    return study -> List.of("import", study.toString());
  }

  private static List<BadInput> transcripts() {
    byte[] docx = docxText("", "CGS 2 : Le comité de pilotage associe deux patients.");
    byte[] odt = odtText("", "CGS 2 : Le comité de pilotage associe deux patients.");
    String unique = "Zéphyrin pilote le comité.";
    return List.of(
        refused("transcription .txt vide", "entretiens/vide.txt", new byte[0], "vide"),
        refused("transcription .md vide", "entretiens/vide.md", new byte[0], "vide"),
        refused("transcription faite d'espaces", "entretiens/blanc.txt", utf8(" \n\t\n  \n"), "que des espaces"),
        refused("transcription .txt de binaire", "entretiens/binaire.txt", garbage(4000, 1), "binaire"),
        refused("texte renommé en .docx", "entretiens/faux.docx", utf8(TRANSCRIPT.replace("1", "4")), ".docx"),
        refused("docx tronqué", "entretiens/coupe.docx", truncated(docx), ".docx"),
        refused("docx bombe zip", "entretiens/bombe.docx", bomb(docx, "word/media/zeros.bin"), "word/media/zeros.bin"),
        refused("docx avec DOCTYPE et entité externe", "entretiens/xxe.docx",
            docxText(XXE, "CGS 2 : &xxe; " + unique), "DOCTYPE"),
        refused("docx sans word/document.xml", "entretiens/sans-document.docx", BadFiles.docx(null), ".docx"),
        refused("docx au XML mal formé", "entretiens/mal-forme.docx",
            BadFiles.docx("<?xml version=\"1.0\"?><w:document xmlns:w=\"" + BadFiles.W + "\"><w:body><w:p>"), "XML"),
        refused("docx avec un élément ../", "entretiens/evasion.docx",
            BadFiles.withEntry(docx, "../../evasion.txt", "x"), "../../evasion.txt"),
        refused("zip vide renommé en .docx", "entretiens/zip-vide.docx", BadFiles.zip(Map.of()), ".docx"),
        refused("texte renommé en .odt", "entretiens/faux.odt", utf8(TRANSCRIPT.replace("1", "5")), ".odt"),
        refused("odt tronqué", "entretiens/coupe.odt", truncated(odt), ".odt"),
        refused("odt bombe zip", "entretiens/bombe.odt", bomb(odt, "Pictures/zeros.bin"), "Pictures/zeros.bin"),
        refused("odt avec DOCTYPE et entité externe", "entretiens/xxe.odt", odtText(XXE, "CGS 2 : &xxe; " + unique),
            "DOCTYPE"),
        refused("odt sans content.xml", "entretiens/sans-contenu.odt", BadFiles.odt(null), "content.xml"),
        refused("transcription .txt de 2 Mo sur une ligne", "entretiens/longue.txt",
            utf8("CGS 2 : " + "bla ".repeat(500_000)), "").accepted(null),
        refused("transcription avec séquences d'échappement du terminal", "entretiens/echappement.txt",
            utf8("CGS 2 : Bonjour" + ESC + " à tous.\n"), "ligne 1").warning("\u001b"),
        refused("transcription en Windows-1252", "entretiens/ansi.txt", windows1252("CGS 2 : Très bien.\n"),
            "ligne 1").warning(null),
        refused("fichier .pdf dans le dossier des transcriptions", "entretiens/notes.pdf", utf8("%PDF-1.4\n"),
            "format non pris en charge").warning(null),
        refused("transcription en UTF-16", "entretiens/utf16.txt",
            "\uFEFFCGS 2 : Bonjour.\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE), "").accepted("\u0000"),
        refused("lien symbolique vers /etc/hostname", "entretiens/lien.txt", BadFiles.link("/etc/hostname"),
            "hors du dossier"),
        refused("sous-titres .vtt sans la ligne WEBVTT", "entretiens/sans-entete.vtt",
            utf8("00:00:01.000 --> 00:00:02.000\n<v CGS 2>Bonjour.\n"), "ligne 1"),
        refused("sous-titres .vtt au temps impossible", "entretiens/temps.vtt",
            utf8("WEBVTT\n\n00:00:01.000 --> 00:00:75.000\n<v CGS 2>Bonjour.\n"), "ligne 3"),
        refused("sous-titres .srt dans le désordre", "entretiens/desordre.srt", utf8("1\n00:00:09,000 --> 00:00:10,000\n"
            + "CGS 2 : Bonjour.\n\n2\n00:00:01,000 --> 00:00:02,000\nCGS 2 : Au revoir.\n"), "ligne 6"),
        refused("texte renommé en .srt", "entretiens/texte.srt", utf8(TRANSCRIPT.replace("1", "6")), "ligne 1"),
        refused("HTML qui n'est pas une transcription noScribe", "entretiens/page.html",
            utf8("<html><body><p>CGS 2 : Bonjour.</p></body></html>"), "noScribe"),
        refused("sous-titres .vtt avec un sous-titre vide", "entretiens/vide.vtt",
            utf8("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n00:00:02.000 --> 00:00:03.000\n<v CGS 2>Oui.\n"),
            "ligne 3").warning(null),
        refused("sous-titres .vtt qui se chevauchent", "entretiens/chevauchement.vtt", utf8("WEBVTT\n\n"
            + "00:00:01.000 --> 00:00:03.000\n<v CGS 2>Oui.\n\n00:00:02.500 --> 00:00:04.000\n<v Q>Non ?\n"),
            "ligne 6").warning(null),
        refused("lien symbolique vers /etc/passwd en .csv", "avis/passwd.csv", BadFiles.link("/etc/passwd"),
            "hors du dossier"));
  }

  private static List<BadInput> verbatims() {
    String header = VERBATIM_HEADER;
    String row = VERBATIM_ROW;
    byte[] good = xlsx(header, row);
    return List.of(
        refused("commentaires .csv vide", "avis/vide.csv", new byte[0], "vide"),
        refused("commentaires .csv en-tête seul", "avis/entete.csv", utf8(header + "\n"), "en-tête"),
        refused("commentaires sans colonne de commentaire", "avis/colonnes.csv",
            utf8("Date;Établissement;Service;Note\n05/06/2020;CH2;ORL;4\n"), "Colonnes trouvées"),
        refused("commentaires avec guillemet non refermé", "avis/guillemet.csv",
            utf8(header + "\n" + row + "\n05/06/2020;CH2;ORL;\"Bien\n05/06/2020;CH2;ORL;ok;\n"), "ligne 3"),
        refused("commentaires .csv de binaire", "avis/binaire.csv", garbage(4000, 2), "binaire"),
        refused("texte renommé en .xlsx", "avis/faux.xlsx", utf8(header + "\n" + row + "\n"), ".xlsx"),
        refused("xlsx tronqué", "avis/coupe.xlsx", truncated(good), ".xlsx"),
        refused("xlsx bombe zip", "avis/bombe.xlsx", bomb(good, "xl/media/zeros.bin"), "xl/media/zeros.bin"),
        refused("xlsx avec DOCTYPE et entité externe", "avis/xxe.xlsx", BadFiles.xlsxWithDoctype(good), "DOCTYPE"),
        refused("xlsx en-tête seul", "avis/entete.xlsx", xlsx(header), "en-tête"),
        refused("xlsx sans colonne de commentaire", "avis/colonnes.xlsx", xlsx("Date;Service", "05/06/2020;ORL"),
            "Colonnes trouvées"),
        refused("xlsx sans aucune ligne", "avis/rien.xlsx", xlsx(), "vide"),
        refused("commentaires avec une date impossible", "avis/date.csv",
            utf8(header + "\n" + row + "\n32/13/2020;CH2;ORL;Bien.;\n"), "ligne 3"),
        refused("commentaires avec une ligne trop longue en colonnes", "avis/colonnes-en-trop.csv",
            utf8(header + "\n" + row + "\n05/06/2020;CH2;ORL;Bien.;Rien.;en;trop\n"), "ligne 3"),
        refused("commentaires .tsv avec guillemet non refermé", "avis/guillemet.tsv",
            utf8(header.replace(';', '\t') + "\n" + row.replace(';', '\t') + "\n\"05/06\tCH2\n"), "ligne 3"),
        refused("commentaire avec séquences d'échappement", "avis/echappement.csv",
            utf8(header + "\n05/06/2020;CH2;ORL;Bien" + CSI + ".;\n"), "ligne 2").warning("\u001b"),
        refused("commentaires en Windows-1252", "avis/ansi.csv", windows1252(header + "\n" + row + "\n"), "ligne 1")
            .warning(null),
        refused("commentaire d'un mégaoctet", "avis/enorme.csv",
            utf8(header + "\n05/06/2020;CH2;ORL;" + "très bien ".repeat(100_000) + ";\n"), "").accepted(null));
  }

  private static List<BadInput> questionnaires() {
    String header = CHECKLIST_HEADER;
    String row = CHECKLIST_ROW;
    return List.of(
        refused("réponses .csv vides", "questionnaires/vide.csv", new byte[0], "vide"),
        refused("réponses en-tête seul", "questionnaires/entete.csv", utf8(header + "\n"), "en-tête"),
        refused("réponse hors des choix", "questionnaires/choix.csv", utf8(header + "\n" + row + "\nPeut-être;Non;\n"),
            "ligne 3"),
        refused("réponses sans aucune colonne d'item", "questionnaires/colonnes.csv",
            utf8("etablissement;remarque\nCHU1;rien\n"), "ligne 1, colonne « etablissement »"),
        refused("réponses avec guillemet non refermé", "questionnaires/guillemet.csv",
            utf8(header + "\n" + row + "\nOui;\"Non;\n"), "ligne 3"),
        refused("réponses avec une colonne en double", "questionnaires/doublon.csv",
            utf8(header + ";diagnostic_partage\n" + row + ";Non\n"), "diagnostic_partage"),
        refused("réponses .xlsx en-tête seul", "questionnaires/entete.xlsx", xlsx(header), "en-tête"),
        refused("réponse .xlsx hors des choix", "questionnaires/choix.xlsx", xlsx(header, row, "Souvent;Non;"),
            "ligne 3"),
        refused("réponses .xlsx tronquées", "questionnaires/coupe.xlsx", truncated(xlsx(header, row)), ".xlsx"),
        refused("réponses de binaire", "questionnaires/binaire.csv", garbage(3000, 3), "binaire"),
        definition("définition de questionnaire absente", "absente.yaml", null, "absente.yaml"),
        definition("définition au type inconnu", "def.yaml",
            "id: q\nitems:\n  - id: a\n    label: A ?\n    type: couleur\n", "ligne 3"),
        definition("définition aux items en double", "def.yaml",
            "id: q\nitems:\n  - id: a\n    type: text\n  - id: a\n    type: text\n", "ligne 5"),
        definition("définition avec étiquette !!java", "def.yaml",
            "id: !!java.io.File [x]\nitems: []\n", "ligne 1"),
        numberAnswer());
  }

  /** A response file read with a definition of the study's own that is bad or missing. */
  private static BadInput definition(String name, String definition, String yaml, String where) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("study.yaml", utf8(BASE + "  - path: questionnaires/\n    type: questionnaire\n    questionnaire: "
        + definition + "\n"));
    files.put(BadInput.GOOD, utf8(TRANSCRIPT));
    files.put("questionnaires/reponses.csv", utf8("a\nbien\n"));
    if (yaml != null) {
      files.put(definition, utf8(yaml));
    }
    return new BadInput(name, Base.FRESH, files, importing(), 3, definition, where, "questionnaires/reponses.csv",
        BadInput.GOOD, null);
  }

  private static BadInput numberAnswer() {
    return definition("réponse non numérique à un item nombre", "def.yaml",
        "id: q\nitems:\n  - id: age\n    label: Âge ?\n    type: number\n", "ligne 3")
        .with("questionnaires/reponses.csv", utf8("age\n42\nquarante\n"))
        .at("questionnaires/reponses.csv", "ligne 3, colonne « age »");
  }

  private static List<BadInput> esatis() {
    String header = "finess;rs_finess;finess_geo;rs_finess_geo;region;participation;Depot;nb_rep_score_all_rea_ajust;"
        + "score_all_rea_ajust;classement";
    String row = "010780054;CH A;010000024;CH A;Bretagne;1- Obligatoire;1- Oui;81;75,09;B";
    String file = "esatis/resultats-esatis48h-mco-open-data-2019";
    return List.of(
        refused("e-Satis vide", file + ".csv", new byte[0], "vide"),
        refused("e-Satis en-tête seul", file + ".csv", utf8(header + "\n"), "en-tête"),
        refused("e-Satis sans colonne finess", file + ".csv", utf8("a;b;c\n1;2;3\n"), "Colonnes trouvées"),
        refused("e-Satis score non numérique", file + ".csv", utf8(header + "\n" + row.replace("75,09", "75,0x") + "\n"),
            "ligne 2"),
        refused("e-Satis finess en lettres", file + ".csv", utf8(header + "\n" + row.replace("010000024", "ABCDEFGHI")
            + "\n"), "ligne 2"),
        refused("e-Satis établissement en double", file + ".csv", utf8(header + "\n" + row + "\n" + row + "\n"),
            "ligne 3"),
        refused("e-Satis de binaire", file + ".csv", garbage(5000, 4), "binaire"),
        refused("e-Satis .xlsx tronqué", file + ".xlsx", truncated(xlsx(header, row)), ".xlsx"),
        refused("e-Satis guillemet non refermé", file + ".csv", utf8(header + "\n" + row + "\n\"010780062;CH B\n"),
            "ligne 3"),
        refused("e-Satis sans année ni enquête dans le nom", "esatis/resultats.csv", utf8(header + "\n" + row + "\n"),
            "année"),
        refused("e-Satis nombre de réponses négatif", file + ".csv", utf8(header + "\n" + row.replace(";81;", ";-81;")
            + "\n"), "ligne 2"));
  }

  /** The cases file: read before anything else, so a bad one stops the whole import. */
  private static BadInput cases(String name, String path, byte[] content, String where) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("study.yaml", utf8(BASE + "cases: " + path + "\n"));
    files.put(BadInput.GOOD, utf8(TRANSCRIPT));
    if (content != null) {
      files.put(path, content);
    }
    return new BadInput(name, Base.FRESH, files, importing(), 3, path.replace("../", ""), where, null, null, null);
  }

  private static List<BadInput> casesFiles() {
    return List.of(
        cases("fichier de cas vide", "cas.csv", new byte[0], "vide"),
        cases("fichier de cas en-tête seul", "cas.csv", utf8("speaker;establishment\n"), "en-tête"),
        cases("fichier de cas sans colonne speaker ni source", "cas.csv", utf8("nom;ville\nA;B\n"), "ligne 1"),
        cases("fichier de cas avec un locuteur en double", "cas.csv",
            utf8("speaker;establishment\nCGS 1;CHU1\nCGS 1;CH2\n"), "ligne 3"),
        cases("fichier de cas avec guillemet non refermé", "cas.csv",
            utf8("speaker;establishment\nCGS 1;\"CHU1\nDQ 2;CH2\n"), "ligne 2"),
        cases("fichier de cas nommant une transcription absente", "cas.csv",
            utf8("source;establishment\nentretiens/bon.md;CHU1\nentretiens/absent.md;CH2\n"), "ligne 3"),
        cases("fichier de cas absent", "absent.csv", null, "absent.csv"),
        cases("fichier de cas .xlsx tronqué", "cas.xlsx", truncated(xlsx("speaker;establishment", "CGS 1;CHU1")),
            ".xlsx"),
        cases("fichier de cas de binaire", "cas.csv", garbage(2000, 5), "binaire"),
        cases("fichier de cas hors de l'étude", "../dehors/cas.csv", utf8("speaker;establishment\nCGS 1;CHU1\n"),
            "hors du dossier de l'étude"));
  }

  /** A study.yaml of its own: read first, so nothing is imported and no store is made. */
  private static BadInput study(String name, byte[] yaml, String where) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("study.yaml", yaml);
    files.put(BadInput.GOOD, utf8(TRANSCRIPT));
    return new BadInput(name, Base.FRESH, files, importing(), 3, "study.yaml", where, null, null, null);
  }

  private static BadInput study(String name, String yaml, String where) {
    return study(name, utf8(yaml), where);
  }

  private static List<BadInput> studyFiles() {
    String source = "  - path: entretiens/\n    type: transcript\n";
    return List.of(
        study("study.yaml vide", "", "ligne 1"),
        study("study.yaml de binaire", garbage(1000, 6), "UTF-8"),
        study("study.yaml en liste", "- name: x\n- sources: []\n", "ligne 1"),
        study("sources en texte", "name: x\nsources: entretiens/\n", "ligne 2"),
        study("type de source inconnu", "name: x\nsources:\n  - path: entretiens/\n    type: pdf\n", "« entretiens/ »"),
        study("année non numérique", "name: x\nsources:\n" + source + "    year: deux\n", "ligne 5"),
        study("étiquette !!java", "name: !!java.lang.ProcessBuilder [[touch, x]]\nsources:\n" + source, "ligne 1"),
        study("ancre et alias", "name: &n x\ncodebook: *n\nsources:\n" + source, "ligne 1"),
        study("crochet non refermé", "name: x\nsources: [ {path: entretiens/\n", "ligne"),
        study("tabulation pour indenter", "name: x\nsources:\n\t- path: entretiens/\n", "ligne 3"),
        study("source sans path", "name: x\nsources:\n  - type: transcript\n", "path"),
        study("source inexistante", "name: x\nsources:\n  - path: absent/\n    type: transcript\n", "absent/"),
        study("source hors de l'étude (../)", "name: x\nsources:\n  - path: ../../\n    type: transcript\n", "../../"),
        study("source absolue (/etc/)", "name: x\nsources:\n  - path: /etc/\n    type: transcript\n", "/etc/"),
        study("motif de locuteur invalide", "name: x\nsources:\n" + source + "speakers:\n  pattern: '(?<role>['\n",
            "speakers.pattern"),
        study("clé en double", "name: x\nname: y\nsources:\n" + source, "ligne 2"),
        study("study.yaml en Windows-1252", windows1252("name: étude\nsources:\n" + source + "  - path: é/\n"),
            "UTF-8"),
        study("ligne de 1 Mo", "name: " + "x".repeat(1_000_000) + "\nsources: [\n", "ligne"),
        study("caractères de contrôle dans study.yaml", "name: x" + ESC + "\nsources:\n" + source, "ligne 1"),
        study("aucune source", "name: x\nsources: []\n", "aucune source"),
        study("deux listes sources", "name: x\nsources:\n" + source + "sources:\n  - path: autres/\n", "ligne 5"));
  }
}
