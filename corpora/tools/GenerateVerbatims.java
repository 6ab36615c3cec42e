// Writes the demo verbatim export (corpora/demo/verbatims/esatis-verbatims-demo.csv): constructed
// e-Satis style comments for the three fictitious demo establishments, recombined from the
// hand-written phrase pools below with a fixed seed, so the file is the same at every run.
//
//   java corpora/tools/GenerateVerbatims.java > corpora/demo/verbatims/esatis-verbatims-demo.csv
//
// The comments are examples written for Parole, not real patients' words (see corpora/README.md).
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

public class GenerateVerbatims {
  static final int ROWS = 320;

  static final String[][] POSITIVE = {
    // accueil
    {"Accueil chaleureux dès l'arrivée aux admissions.", "Très bien accueillie par l'équipe du service, on se sent attendu.",
     "L'accueil aux urgences a été rapide et humain.", "Secrétaires souriantes et disponibles à l'accueil."},
    // personnel
    {"Personnel soignant à l'écoute, doux et très professionnel.", "Les infirmières ont été d'une grande gentillesse, même la nuit.",
     "Les aides-soignantes sont attentionnées et respectueuses de la pudeur.", "Une équipe soudée qui prend le temps d'expliquer chaque soin.",
     "Merci à toute l'équipe de nuit pour sa patience."},
    // médecins
    {"Le chirurgien est venu me voir avant et après l'opération, c'est rassurant.", "Médecins compétents qui répondent clairement aux questions.",
     "L'anesthésiste a pris le temps de me rassurer.", "Le médecin a associé mon épouse aux décisions, j'ai apprécié."},
    // douleur
    {"Ma douleur a été bien prise en charge, on me demandait souvent comment j'allais.", "Douleur soulagée rapidement après l'intervention.",
     "L'équipe a adapté le traitement contre la douleur sans attendre."},
    // information
    {"Explications claires sur l'intervention et ses suites.", "On m'a remis un livret d'accueil complet et bien fait.",
     "J'ai été informé de chaque examen avant qu'il soit fait.", "Les consignes pour le retour à domicile étaient précises."},
    // chambre
    {"Chambre individuelle propre et calme.", "Chambre spacieuse avec une belle vue, le ménage est fait tous les jours.",
     "Literie confortable, j'ai bien dormi."},
    // repas
    {"Repas variés et bien présentés.", "Les repas étaient chauds et de bonne qualité, on peut choisir son menu.",
     "Collation appréciée après l'opération."},
    // sortie
    {"Sortie bien organisée, ordonnances et rendez-vous prêts à temps.", "Appel du lendemain de l'ambulatoire très rassurant.",
     "L'infirmière de coordination a tout préparé pour le retour à la maison."},
  };

  static final String[][] TO_IMPROVE = {
    // attente
    {"Attente beaucoup trop longue aux urgences, plus de six heures sur un brancard.", "Trop d'attente le jour de l'entrée avant d'avoir une chambre.",
     "Attente de plusieurs heures pour le bon de sortie.", "Le bloc a pris du retard et personne ne nous a prévenus."},
    // repas
    {"Repas froids et sans goût.", "Les portions sont trop petites et le dîner est servi trop tôt, à 18 h.",
     "Pas de choix de menu pour les régimes sans sel.", "Collation oubliée après l'intervention, je suis resté à jeun toute la journée."},
    // chambre / bruit / propreté
    {"Chambre double bruyante, impossible de dormir.", "Salle de bain pas nettoyée pendant mon séjour.", "Chambre trop chaude en été, pas de climatisation.",
     "Télévision payante et chère, la télécommande ne marchait pas.", "Bruit des portes et des chariots toute la nuit."},
    // information
    {"Manque d'information sur le déroulement de la journée.", "Personne ne m'a expliqué les résultats des examens.",
     "Informations contradictoires entre le médecin et les infirmières.", "On ne sait jamais quand le médecin va passer."},
    // personnel / effectifs
    {"Le personnel est débordé, on sent le manque d'effectifs.", "Sonnette sans réponse pendant plus de vingt minutes la nuit.",
     "Certains soignants parlent entre eux sans nous adresser la parole.", "Trop de changements d'équipe, on ne sait plus à qui s'adresser."},
    // douleur
    {"Douleur mal soulagée la première nuit.", "J'ai dû réclamer plusieurs fois un antalgique."},
    // sortie
    {"Sortie annoncée au dernier moment, ma famille n'a pas pu s'organiser.", "Le compte rendu n'était pas prêt à la sortie.",
     "Aucun rendez-vous de suivi donné à la sortie."},
    // accès
    {"Parking saturé et payant, difficile pour les proches.", "Signalétique confuse, on se perd dans les couloirs.",
     "Accueil téléphonique difficile à joindre."},
  };

  /** A few comments carry what pseudonymisation must hide: staff names, phone numbers, an e-mail. */
  static final String[] PERSONAL = {
    "Un grand merci à l'infirmière Sophie Martin, toujours souriante.",
    "Le Dr Lefèvre a été remarquable d'humanité.",
    "Merci à Julien, l'aide-soignant de nuit, pour sa gentillesse.",
    "J'ai essayé d'appeler le service au 05 61 77 23 45 sans jamais avoir de réponse.",
    "Ma fille a laissé son numéro, 06 12 34 56 78, mais personne ne l'a rappelée.",
    "J'ai écrit à claire.dubois@example.fr pour mon dossier, sans réponse.",
    "Mme Bernard, la cadre de santé, a réglé mon problème de chambre en une heure.",
  };

  static final String[] OPENERS = {"", "", "", "Dans l'ensemble, ", "Séjour satisfaisant. ", "Franchement, ",
      "Deuxième hospitalisation ici : ", "Rien à redire sur les soins. "};

  record Establishment(String name, String[] services) {}

  static final Establishment[] ESTABLISHMENTS = {
    new Establishment("CHU1", new String[] {"Néphrologie - dialyse", "Cardiologie", "Chirurgie orthopédique", "Chirurgie ambulatoire", "Maternité"}),
    new Establishment("CH2", new String[] {"Médecine polyvalente", "Gériatrie", "Chirurgie viscérale", "Chirurgie ambulatoire"}),
    new Establishment("CHU3", new String[] {"Pneumologie", "Neurologie", "Chirurgie cardiaque", "Chirurgie ambulatoire", "Oncologie"}),
  };

  public static void main(String[] args) {
    Random random = new Random(2019);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print('\uFEFF'); // exported the way spreadsheet tools write UTF-8
    out.print("Date de réponse;Établissement;Service;Enquête;Points positifs;Points à améliorer\r\n");
    LocalDate first = LocalDate.of(2019, 1, 7);
    for (int i = 0; i < ROWS; i++) {
      Establishment e = ESTABLISHMENTS[random.nextInt(ESTABLISHMENTS.length)];
      String service = e.services()[random.nextInt(e.services().length)];
      String survey = service.equals("Chirurgie ambulatoire") ? "MCO CA" : "+48h MCO";
      LocalDate date = first.plusDays(random.nextInt(720));
      int shape = random.nextInt(10);
      String positive = shape < 7 ? comment(random, POSITIVE) : "";
      String toImprove = shape >= 3 ? comment(random, TO_IMPROVE) : "";
      if (random.nextInt(25) == 0) {
        positive = (positive + " " + PERSONAL[random.nextInt(PERSONAL.length)]).strip();
      }
      out.print(String.format("%02d/%02d/%d;%s;%s;%s;%s;%s\r\n", date.getDayOfMonth(), date.getMonthValue(),
          date.getYear(), e.name(), service, survey, quoted(positive), quoted(toImprove)));
    }
  }

  /** One to three sentences on different themes; now and then written over two lines. */
  static String comment(Random random, String[][] pools) {
    int sentences = 1 + random.nextInt(3);
    List<Integer> themes = new ArrayList<>();
    StringBuilder text = new StringBuilder(OPENERS[random.nextInt(OPENERS.length)]);
    while (themes.size() < sentences) {
      int theme = random.nextInt(pools.length);
      if (themes.contains(theme)) {
        continue;
      }
      themes.add(theme);
      String sentence = pools[theme][random.nextInt(pools[theme].length)];
      if (text.length() > 0 && !text.toString().endsWith(" ")) {
        text.append(random.nextInt(6) == 0 ? "\n" : " ");
      }
      boolean continues = text.toString().endsWith(", ") || text.toString().endsWith(": ");
      text.append(continues ? lower(sentence) : sentence);
    }
    return text.toString();
  }

  static String lower(String sentence) {
    return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
  }

  static String quoted(String cell) {
    return cell.isEmpty() ? "" : "\"" + cell.replace("\"", "\"\"") + "\"";
  }
}
