package fr.parole.report;

import fr.parole.coding.StudyAgreement;
import fr.parole.coding.agreement.AgreementReport;
import fr.parole.coding.agreement.AgreementValue;
import fr.parole.coding.agreement.DimensionAgreement;
import fr.parole.study.CodingRecord;
import java.util.List;
import java.util.Map;

/**
 * How the figures were made: what was imported, the codebooks, how codes were assigned (rules,
 * model, people; counts by origin and status), agreement between two coders when there are two,
 * and the tests with their assumptions (docs/statistics.md in short).
 */
final class MethodSection {
  private static final Map<String, String> ORIGINS = Map.of("rule", "règle", "model", "modèle appris",
      "rule+model", "règle et modèle", "human", "humain");
  private static final Map<String, String> STATUSES = Map.of("suggested", "suggéré", "accepted", "accepté",
      "rejected", "rejeté");

  void write(ReportPage page, ReportContext context) {
    page.section("methode", "Méthode");
    ReportTable.Builder imported = new ReportTable.Builder("methode-sources", "Sources importées par type", "type",
        "sources");
    context.data().sourcesByFormat().forEach((format, n) -> imported.row(format, (long) n));
    page.table(imported.build());
    page.raw("<ul>\n"
        + li("Un segment est un tour de parole d'un participant (ou un commentaire, une réponse ouverte) ; les tours "
            + "de l'enquêteur et les passages hors tour sont conservés mais exclus des comptes. Les mots sont les suites "
            + "de lettres ou de chiffres (« l'hôpital » compte deux mots, comme dans Lexico et IRaMuTeQ).")
        + li("Les attributs (établissement, rôle, niveau…) viennent du fichier de cas, du code locuteur et des titres "
            + "de section, selon study.yaml ; « (non renseigné) » compte les segments sans cet attribut.")
        + "</ul>\n");
    codings(page, context);
    page.heading(null, "Tests statistiques et leurs hypothèses");
    page.raw("<ul>\n"
        + li("Tableaux croisés : khi-deux de Pearson sans correction de continuité, (l − 1)(c − 1) degrés de liberté, "
            + "V de Cramér = √(X² / (n (min(l, c) − 1))), résidus standardisés ajustés de Haberman (au-delà de ±1,96 : "
            + "écart significatif à 5 %, case par case, sans correction pour le nombre de cases).")
        + li("Effectifs attendus faibles (règle de Cochran : aucun sous 1, au plus 20 % sous 5) : test exact de Fisher "
            + "pour un tableau 2 × 2, sinon p-valeur simulée par Monte-Carlo (2 000 tableaux de mêmes marges, graine "
            + "fixe 20240501, comme chisq.test(simulate.p.value = TRUE) de R) ; le rapport le signale.")
        + li("Ces tests supposent des observations indépendantes. Les segments d'un même entretien ne le sont pas "
            + "(une personne bavarde pèse plus) : lisez les p-valeurs comme indicatives et préférez les comptes de "
            + "sources quand la question porte sur des personnes.")
        + li("Co-occurrences : nombre de segments portant les deux codes ; indice de Jaccard = n_ab / (n_a + n_b − n_ab).")
        + li("e-Satis : moyenne des établissements (chacun compte une fois), quantiles par interpolation linéaire (type 7 "
            + "de R) ; un score manquant reste manquant ; pas d'intervalle de confiance sans écart-type publié et au "
            + "moins 30 réponses.")
        + li("Check-list HAS : part des « Oui » parmi Oui, Non et En cours ; « En cours » montré à part.")
        + li("Chaque statistique est vérifiée dans les tests contre un calcul indépendant (SciPy, mpmath) à 1e-9 ; "
            + "détails dans docs/statistics.md.")
        + "</ul>\n");
  }

  private void codings(ReportPage page, ReportContext context) {
    page.heading(null, "Codage");
    if (context.themes().isEmpty()) {
      page.note("Aucun segment n'est encore codé.");
      return;
    }
    ReportTable.Builder t = new ReportTable.Builder("methode-codages", "Codages enregistrés par origine et statut",
        "livre de codes", "origine", "statut", "codages", "segments");
    for (ThemeCodings theme : context.themes()) {
      page.paragraph("Livre de codes « " + theme.title() + " » : " + theme.dimensions().size()
          + " dimension(s) codée(s) (" + String.join(", ", theme.dimensions().stream().map(theme::dimensionLabel)
              .toList()) + ").");
      theme.byOrigin().forEach((key, n) -> {
        String[] parts = key.split("\u0000");
        t.row(theme.codebookId(), ORIGINS.getOrDefault(parts[0], parts[0]), STATUSES.getOrDefault(parts[1], parts[1]),
            n[0], n[1]);
      });
    }
    page.table(t.build());
    page.raw("<ul>\n"
        + li("Les règles du livre de codes (requêtes sur les lemmes) et, s'il a été entraîné, un modèle appris sur les "
            + "codages humains suggèrent des codes ; une personne peut les accepter, les rejeter ou coder à la main.")
        + li("Codages comptés : ceux d'une personne, les suggestions acceptées et les suggestions de la machine non "
            + "rejetées ; puis un seul code par segment et par dimension, le meilleur (décision humaine d'abord, puis la "
            + "suggestion la plus sûre, puis l'ordre alphabétique), pour qu'un segment pèse une fois dans une dimension. "
            + "Les tableaux croisés regroupent les sous-codes sous leur code parent.")
        + li("Les pourcentages de fréquence sont rapportés aux segments (ou sources) codés avec le livre de codes.")
        + "</ul>\n");
    agreement(page, context);
  }

  private void agreement(ReportPage page, ReportContext context) {
    for (ThemeCodings theme : context.themes()) {
      List<String> coders = theme.humanCoders();
      if (coders.size() < 2) {
        page.note("« " + theme.title() + " » : " + (coders.isEmpty() ? "aucun codeur humain" : "un seul codeur humain")
            + ", pas d'accord inter-codeurs à calculer.");
        continue;
      }
      List<CodingRecord> records = context.data().codings(theme.codebookId(), coders.subList(0, 2));
      AgreementReport report = new StudyAgreement().compare(records, coders.get(0), coders.get(1));
      ReportTable.Builder t = new ReportTable.Builder(theme.codebookId() + "-accord", "Accord entre " + coders.get(0)
          + " et " + coders.get(1), "dimension", "unités", "accord (%)", "kappa de Cohen", "alpha de Krippendorff");
      for (DimensionAgreement d : report.dimensions()) {
        t.row(d.dimension(), (long) d.units(), value(d.overall().percent(), 100), value(d.overall().kappa(), 1),
            value(d.overall().alpha(), 1));
      }
      page.table(t.build());
    }
  }

  private static Object value(AgreementValue v, double scale) {
    return v.isDefined() ? ReportTable.decimal(v.value() * scale, 3) : v.undefinedReason().orElse("");
  }

  private static String li(String text) {
    return "<li>" + ReportText.html(text) + "</li>\n";
  }
}
