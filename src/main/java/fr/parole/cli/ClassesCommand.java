package fr.parole.cli;

import fr.parole.ParoleException;
import fr.parole.nlp.FrenchModels;
import fr.parole.pipeline.ClassCoding;
import fr.parole.pipeline.LexicalClassification;
import fr.parole.pipeline.LexicalClassification.Outcome;
import fr.parole.report.AttributeWording;
import fr.parole.stats.reinert.DoubleClassification;
import fr.parole.study.LexicalClasses.NodeRow;
import fr.parole.study.LexicalClasses.TermRow;
import fr.parole.study.LexicalClasses.TestRow;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "classes", mixinStandardHelpOptions = true,
    description = {"Classification descendante hiérarchique des segments de texte (méthode Reinert, celle "
        + "d'Alceste, d'IRaMuTeQ et du paquet R rainette) : les thèmes du corpus trouvés par leur vocabulaire, sans "
        + "livre de codes. Les textes des participants sont coupés en segments d'environ 40 mots (un commentaire "
        + "court reste entier), leurs mots pleins (noms, verbes, adjectifs, adverbes présents dans au moins 3 "
        + "segments) forment un tableau segments × mots, coupé en deux classes par l'analyse factorielle des "
        + "correspondances et le χ², puis la plus grande classe à son tour, jusqu'au nombre de classes demandé.",
        "Affiche le dendrogramme (taille de chaque classe en %% des segments classés), les mots caractéristiques de "
            + "chaque classe (χ², p), ses segments typiques (pseudonymisés) et les attributs sur-représentés. Le "
            + "résultat est gardé dans l'étude : le rapport (section « Classes lexicales ») et l'atelier le montrent, "
            + "et --code-class en fait un code du livre de codes.",
        "--double : la classification double (celle de rainette2) : deux classifications, l'une sur les segments, "
            + "l'autre sur des unités plus longues (segments consécutifs d'un même texte réunis jusqu'à "
            + "--min-segment-words2 mots), puis les classes croisées des deux, gardées si elles ont plus de 10 segments "
            + "et un χ² d'association significatif ; la partition de classes croisées disjointes qui maximise la somme "
            + "des χ² (ou, avec --critere segments, le nombre de segments) donne les classes. Plus robuste, elle laisse "
            + "plus de segments non classés."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole classes corpora/demo",
        "  parole classes corpora/demo --classes 8 --min-segment-words 30",
        "  parole classes corpora/demo --double --min-segment-words 40 --min-segment-words2 60",
        "  parole classes corpora/demo --code-class 3 --label \"Attente aux urgences\" --par alice"})
final class ClassesCommand extends StudyCommand {
  @Option(names = "--classes", paramLabel = "<n>", defaultValue = "6",
      description = "Nombre de classes terminales demandé (par défaut ${DEFAULT-VALUE}, entre 2 et 30).")
  int classes;

  @Option(names = "--min-segment-words", paramLabel = "<mots>", defaultValue = "40",
      description = "Longueur des segments de texte, en mots (par défaut ${DEFAULT-VALUE}, comme IRaMuTeQ).")
  int segmentWords;

  @Option(names = "--double", description = "Classification double (rainette2) : croise deux classifications faites "
      + "sur des unités de longueurs différentes et ne garde que les classes sur lesquelles elles s'accordent.")
  boolean doubleClassification;

  @Option(names = "--min-segment-words2", paramLabel = "<mots>",
      description = "Avec --double : longueur des unités de la seconde classification, en mots, plus grande que "
          + "--min-segment-words (par défaut 1,5 fois : 60 pour 40, comme rainette2 prend 15 après 10).")
  Integer segmentWords2;

  @Option(names = "--critere", paramLabel = "<chi2|segments>", defaultValue = "chi2",
      description = "Avec --double : ce que la partition maximise, chi2 (la somme des χ² d'association, par défaut, "
          + "comme cutree_rainette2) ou segments (le nombre de segments classés).")
  String criterion;

  @Option(names = "--code-class", paramLabel = "<n>",
      description = "Au lieu de classer : crée un code à partir de la classe n de la dernière classification (dans le "
          + "livre de codes de l'étude, une nouvelle version), et le suggère sur les segments de la classe, à revoir.")
  Integer codeClass;

  @Option(names = "--label", paramLabel = "<libellé>", description = "Le libellé du code créé par --code-class.")
  String label;

  @Option(names = "--codebook", paramLabel = "<nom>",
      description = "Le livre de codes où créer le code (par défaut celui de study.yaml).")
  String codebook;

  @Option(names = "--par", paramLabel = "<nom>", description = "Qui agit, pour le journal de l'étude (par défaut "
      + "l'utilisateur du système).")
  String person;

  @Mixin
  Pseudonymised pseudonymised = new Pseudonymised();

  @Override
  public Integer call() {
    if (codeClass != null) {
      ClassCoding.Created created = new ClassCoding().create(study(), codebook, codeClass, label, personOr(person));
      out().printf("Code « %s » créé dans le livre de codes « %s » (version %d) et suggéré sur %d segment(s) de la "
          + "classe %d : à revoir (parole review %s --codebook %s, ou l'atelier).%n", created.label(), created.codebook(),
          created.version(), created.suggested(), codeClass, studyFolder, created.codebookId());
      return 0;
    }
    if (label != null) {
      throw new ParoleException("--label ne sert qu'avec --code-class <n> (la classe dont faire un code).");
    }
    if (!doubleClassification && segmentWords2 != null) {
      throw new ParoleException("--min-segment-words2 ne sert qu'avec --double (la classification double).");
    }
    DoubleClassification.Criterion chosen = switch (criterion) {
      case "chi2" -> DoubleClassification.Criterion.CHI_SQUARE;
      case "segments" -> DoubleClassification.Criterion.SEGMENTS;
      default -> throw new ParoleException("--critere " + criterion + " : attendu chi2 (somme des χ² d'association) "
          + "ou segments (nombre de segments classés).");
    };
    int second = !doubleClassification ? 0 : segmentWords2 != null ? segmentWords2 : segmentWords * 3 / 2;
    Outcome outcome = new LexicalClassification(FrenchModels.onFirstUse()).run(study(),
        new LexicalClassification.Options(classes, segmentWords, second, chosen), personOr(person), progress());
    print(out(), outcome, pseudonymised.shown(study()), new AttributeWording(study().config().labels()));
    return 0;
  }

  static void print(PrintWriter out, Outcome outcome, UnaryOperator<String> shown, AttributeWording wording) {
    var run = outcome.classification().run();
    if (run.isDouble()) {
      out.printf(Locale.FRANCE, "Classification double (méthode Reinert, comme rainette2) : %d classe(s) sur %d "
          + "demandée(s), segments de %d mots croisés avec des unités de %d mots%n", outcome.classes(), run.classesAsked(),
          run.segmentWords(), run.segmentWords2());
    } else {
      out.printf(Locale.FRANCE, "Classification descendante hiérarchique (méthode Reinert) : %d classe(s) sur %d demandée(s)%n",
          outcome.classes(), run.classesAsked());
    }
    out.printf(Locale.FRANCE, "  %d segment(s) de texte d'environ %d mots, %d classé(s) (%.1f %%), %d mot(s) plein(s) "
        + "présent(s) dans au moins 3 segments%n", run.textSegments(), run.segmentWords(), run.classified(),
        run.classified() * 100.0 / Math.max(1, run.textSegments()), run.lemmas());
    if (run.isDouble()) {
      out.printf(Locale.FRANCE, "  %d segment(s) dans aucune classe croisée retenue : non classé(s)%n",
          run.textSegments() - run.classified());
    }
    outcome.notes().forEach(note -> out.println("  " + note));
    out.println();
    out.println(run.isDouble() ? "Classes croisées (χ² d'association de chacune, la racine : leur somme ; taille en % "
        + "des segments classés) :" : "Dendrogramme (χ² de chaque partition, taille en % des segments classés) :");
    List<NodeRow> nodes = outcome.classification().nodes();
    tree(out, outcome, nodes, 0, "", "");
    for (int c = 1; c <= outcome.classes(); c++) {
      int classNumber = c;
      out.println();
      out.printf(Locale.FRANCE, "Classe %d : %d segment(s), %.1f %%%n", c, nodes.stream()
          .filter(n -> n.classNumber() == classNumber).mapToInt(NodeRow::size).sum(), outcome.percent(c));
      StringBuilder words = new StringBuilder();
      outcome.classification().terms().stream().filter(t -> t.classNumber() == classNumber).limit(12)
          .forEach(t -> words.append(words.length() == 0 ? "" : ", ").append(t.lemma()).append(" (χ² ")
              .append(number(t.chiSquare())).append(", ").append(p(t.p())).append(')'));
      out.println("  Mots caractéristiques : " + (words.length() == 0 ? "aucun au seuil de 5 %" : words));
      StringBuilder values = new StringBuilder();
      outcome.classification().attributes().stream().filter(a -> a.classNumber() == classNumber).limit(6)
          .forEach(a -> values.append(values.length() == 0 ? "" : ", ").append(wording.label(a.attribute())).append(" = ")
              .append(wording.value(a.attribute(), a.value())).append(" (χ² ").append(number(a.chiSquare())).append(", ").append(p(a.p())).append(')'));
      out.println("  Attributs sur-représentés : " + (values.length() == 0 ? "aucun au seuil de 5 %" : values));
      out.println("  Segments typiques :");
      outcome.typical().stream().filter(t -> t.classNumber() == classNumber).limit(3)
          .forEach(t -> out.println("    « " + excerpt(shown.apply(t.text())) + " » (" + t.sourcePath() + ")"));
    }
    out.println();
    out.println("Classes croisées avec les attributs (χ² d'indépendance) :");
    for (TestRow test : outcome.classification().tests()) {
      out.println("  " + wording.label(test.attribute()) + " : " + (Double.isNaN(test.chiSquare()) ? "non testable (une seule valeur ou "
          + "une seule classe)" : "χ² " + number(test.chiSquare()) + ", " + test.degrees() + " ddl, " + p(test.p())));
    }
    out.println();
    out.println("Gardée dans l'étude : parole report la montre (section « Classes lexicales ») ; --code-class <n> "
        + "--label « … » en fait un code.");
  }

  private static void tree(PrintWriter out, Outcome outcome, List<NodeRow> nodes, int node, String first, String rest) {
    NodeRow row = nodes.get(node);
    double percent = row.size() * 100.0 / Math.max(1, outcome.classification().run().classified());
    if (row.classNumber() > 0) {
      String words = String.join(", ", outcome.classification().terms().stream()
          .filter(t -> t.classNumber() == row.classNumber()).limit(5).map(TermRow::lemma).toList());
      out.println(first + String.format(Locale.FRANCE, "Classe %d (%.1f %%) : %s", row.classNumber(), percent, words));
      return;
    }
    out.println(first + String.format(Locale.FRANCE, "%.1f %% (χ² %s)", percent, number(row.chiSquare())));
    List<NodeRow> children = nodes.stream().filter(n -> n.parent() == node).toList();
    for (int i = 0; i < children.size(); i++) {
      boolean last = i == children.size() - 1;
      tree(out, outcome, nodes, children.get(i).node(), rest + (last ? "└─ " : "├─ "), rest + (last ? "   " : "│  "));
    }
  }

  static String number(double value) {
    return String.format(Locale.FRANCE, "%.1f", value);
  }

  static String p(double p) {
    return p < 0.0001 ? "p < 0,0001" : String.format(Locale.FRANCE, "p = %.4f", p);
  }

  private static String excerpt(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= 220 ? line : line.substring(0, 220).strip() + "…";
  }
}
