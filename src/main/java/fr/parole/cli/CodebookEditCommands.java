package fr.parole.cli;

import fr.parole.ParoleException;
import fr.parole.coding.Code;
import fr.parole.coding.CodebookEdit;
import fr.parole.coding.CodebookEdits;
import fr.parole.pipeline.CodebookEditing;
import fr.parole.pipeline.CodebookSplit;
import fr.parole.pipeline.ModelTraining;
import fr.parole.study.CodebookHistory.CodingCount;
import fr.parole.study.CodebookHistory.Version;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parole codebook create|rename|edit|move|merge|split|segments|delete|versions|restore}: the
 * codebook changes of the atelier's « Livre de codes » page, from a terminal. Each change is a new
 * version of the study's codebook (see {@link CodebookEditing}).
 */
final class CodebookEditCommands {
  private CodebookEditCommands() {}

  /** What every change shares: the study, which codebook, who changes it. */
  abstract static class Change extends StudyCommand {
    @Option(names = "--codebook", paramLabel = "<nom|fichier>", description = "Défaut : « codebook » de study.yaml.")
    String codebook;

    @Option(names = "--par", paramLabel = "<nom>", description = "Qui modifie (défaut : l'utilisateur du système).")
    String by = AtelierCommand.localPerson();

    final CodebookEditing editing = new CodebookEditing();
    final CodebookEdits edits = new CodebookEdits();

    int change(java.util.function.Function<fr.parole.coding.Codebook, CodebookEdit> edit) {
      return done(editing.change(study(), codebook, null, by, edit));
    }

    /**
     * Says the version written; when the study has its own learned model and the change moved
     * codings or codes, retrains it now: its codes are the codebook's ids, and a model naming a code
     * that is gone would otherwise wait for someone to think of parole train.
     */
    int done(Version version) {
      out().printf("Version %d du livre de codes « %s » : %s%n", version.number(), version.codebook(), version.summary());
      if (!List.of("création", "modification").contains(version.action())
          && ModelTraining.learned(study(), version.codebook()).isPresent()) {
        try {
          pipeline().train(study(), codebook);
          out().println("Le modèle appris de l'étude a été réentraîné sur le livre de codes modifié.");
        } catch (ParoleException e) {
          // The change is written: the model's failure is said, not turned into the command's.
          out().println("Attention : le modèle appris de l'étude n'a pas pu être réentraîné (" + e.getMessage() + ") ; "
              + "il nomme encore les anciens identifiants : relancez parole train quand l'étude aura assez de décisions.");
        }
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "create", mixinStandardHelpOptions = true, description = "Crée un code dans une dimension, en tête "
      + "ou sous un code.", footerHeading = "%nExemple :%n",
      footer = "  parole codebook create corpora/demo type \"Temps partagé\" --sous levier")
  static final class Create extends Change {
    @Parameters(index = "1", paramLabel = "<dimension>", description = "La dimension (son identifiant, ex. type).")
    String dimension;
    @Parameters(index = "2", paramLabel = "<libellé>", description = "Le nom du code tel que les personnes le lisent.")
    String label;
    @Option(names = "--id", paramLabel = "<id>", description = "Son identifiant (défaut : tiré du libellé).")
    String id;
    @Option(names = "--sous", paramLabel = "<code>", description = "Le code parent (son identifiant), s'il en a un.")
    String parent;

    @Override
    public Integer call() {
      return change(book -> edits.create(book, dimension, id, label, parent));
    }
  }

  @Command(name = "rename", mixinStandardHelpOptions = true, description = {"Change le libellé d'un code (--label), "
      + "ou son identifiant (--id) : ses codages le suivent."}, footerHeading = "%nExemples :%n",
      footer = {"  parole codebook rename corpora/demo type/levier --label \"Facteur favorable\"",
          "  parole codebook rename corpora/demo type/levier --id facteur_favorable"})
  static final class Rename extends Change {
    @Parameters(index = "1", paramLabel = "<dimension/code>", description = "Le code, ex. type/levier.")
    String code;
    @Option(names = "--label", paramLabel = "<libellé>", description = "Le nouveau libellé.")
    String label;
    @Option(names = "--id", paramLabel = "<id>", description = "Le nouvel identifiant.")
    String id;

    @Override
    public Integer call() {
      if (label == null == (id == null)) {
        throw new ParoleException("Dites ce qui change : --label <libellé> ou --id <identifiant> (l'un des deux).");
      }
      if (id != null) {
        return change(book -> edits.renameId(book, code, id));
      }
      return change(book -> {
        Code c = CodebookEdits.code(book, code);
        return edits.describe(book, code, label, c.definition(), c.examples(), c.color());
      });
    }
  }

  @Command(name = "edit", mixinStandardHelpOptions = true, description = "Change la définition, les exemples ou la "
      + "couleur d'un code (ce qui n'est pas donné reste).", footerHeading = "%nExemple :%n",
      footer = "  parole codebook edit corpora/demo type/levier --color \"#2ca02c\" --example \"Ça nous a aidés.\"")
  static final class Edit extends Change {
    @Parameters(index = "1", paramLabel = "<dimension/code>", description = "Le code, ex. type/levier.")
    String code;
    @Option(names = "--definition", paramLabel = "<texte>", description = "La nouvelle définition.")
    String definition;
    @Option(names = "--example", paramLabel = "<texte>", description = "Un exemple (répétable) : remplace les exemples.")
    List<String> examples;
    @Option(names = "--color", paramLabel = "<#rrggbb>", description = "La couleur (« aucune » la retire).")
    String color;

    @Override
    public Integer call() {
      return change(book -> {
        Code c = CodebookEdits.code(book, code);
        String hex = color == null ? c.color() : "aucune".equals(color) ? null : color;
        return edits.describe(book, code, c.label(), definition == null ? c.definition() : definition,
            examples == null ? c.examples() : examples, hex);
      });
    }
  }

  @Command(name = "move", mixinStandardHelpOptions = true, description = "Déplace un code (et ses sous-codes) sous un "
      + "autre code, ou en tête d'une dimension ; ses codages suivent.", footerHeading = "%nExemples :%n",
      footer = {"  parole codebook move corpora/demo type/formation --vers type/obstacle",
          "  parole codebook move corpora/demo type/formation --vers type"})
  static final class Move extends Change {
    @Parameters(index = "1", paramLabel = "<dimension/code>", description = "Le code à déplacer.")
    String code;
    @Option(names = "--vers", required = true, paramLabel = "<dimension[/code]>",
        description = "Une dimension (en tête) ou un code parent.")
    String to;

    @Override
    public Integer call() {
      int slash = to.indexOf('/');
      return change(book -> edits.move(book, code, slash < 0 ? to : to.substring(0, slash),
          slash < 0 ? null : to.substring(slash + 1)));
    }
  }

  @Command(name = "merge", mixinStandardHelpOptions = true, description = {"Fusionne un code dans un autre : tous ses "
      + "codages deviennent des codages du second (codeur, origine et date gardés), puis il disparaît. Ses mémos, sa "
      + "discussion et son seuil le suivent. Refusé si un segment portait alors, pour une même personne, deux codes "
      + "d'une dimension exclusive (les premiers sont cités)."}, footerHeading = "%nExemple :%n",
      footer = "  parole codebook merge corpora/demo type/formation type/levier")
  static final class Merge extends Change {
    @Parameters(index = "1", paramLabel = "<source>", description = "Le code qui disparaît.")
    String source;
    @Parameters(index = "2", paramLabel = "<cible>", description = "Le code qui reçoit ses codages.")
    String target;

    @Override
    public Integer call() {
      CodebookEditing.MergePreview preview = editing.mergePreview(study(), codebook, source, target);
      if (preview.refusal() != null) {
        throw new ParoleException(preview.refusal());
      }
      out().printf("%d codage(s) ou décision(s) de personnes et %d suggestion(s) passent sur le code cible.%n",
          preview.moved().human(), preview.moved().suggested());
      Version version = editing.merge(study(), codebook, null, by, source, target);
      return done(version);
    }
  }

  @Command(name = "split", mixinStandardHelpOptions = true, description = {"Scinde un code : crée un nouveau code à "
      + "côté de lui, et y déplace les codages de l'ancien sur les segments que trouve une recherche (--requete, "
      + "comme parole search) et/ou sur des segments choisis (--segment, leurs numéros : parole codebook segments). "
      + "Chaque codage garde son codeur, son origine et sa date ; restaurer la version précédente les remet. Sans "
      + "--oui, dit seulement combien de codages passeraient. Sans --requete ni --segment, les codages restent sur "
      + "l'ancien code."}, footerHeading = "%nExemples :%n",
      footer = {"  parole codebook split corpora/demo type/levier \"Levier financier\" --requete \"financ* OR budget\"",
          "  parole codebook split corpora/demo type/levier \"Levier financier\" --segment 12 --segment 40 --oui"})
  static final class Split extends Change {
    @Parameters(index = "1", paramLabel = "<dimension/code>", description = "Le code à scinder.")
    String code;
    @Parameters(index = "2", paramLabel = "<libellé>", description = "Le libellé du nouveau code.")
    String label;
    @Option(names = "--id", paramLabel = "<id>", description = "Son identifiant (défaut : tiré du libellé).")
    String id;
    @Option(names = "--requete", paramLabel = "<requête>", description = "Les segments dont les codages passent sur le "
        + "nouveau code : ceux de l'ancien code que trouve cette recherche.")
    String query;
    @Option(names = "--segment", paramLabel = "<n°>", description = "Un segment de l'ancien code dont les codages "
        + "passent sur le nouveau (répétable).")
    List<Long> segments;
    @Option(names = "--oui", description = "Confirme le déplacement des codages.")
    boolean yes;

    @Override
    public Integer call() {
      CodebookSplit split = new CodebookSplit(pipeline(), editing);
      CodebookSplit.Choice choice = new CodebookSplit.Choice(query, segments == null ? null : new java.util.TreeSet<>(segments));
      if (!choice.none()) {
        CodebookSplit.Plan plan = split.plan(study(), codebook, code, choice);
        out().printf("%d codage(s) de « %s » sur %d segment(s) (%s) passeront sur « %s ».%n", plan.codings(),
            plan.code().label(), plan.segments().size(), plan.how(), label);
        if (!yes) {
          out().println("Rien n'a été modifié : relancez avec --oui pour confirmer.");
          return ExitCodes.ERROR;
        }
      }
      return done(split.split(study(), codebook, null, by, code, id, label, choice));
    }
  }

  @Command(name = "segments", mixinStandardHelpOptions = true, description = "Liste les segments d'un code (numéro, "
      + "document, ligne, mots pseudonymisés), pour choisir ceux qu'une scission déplace (--segment).",
      footerHeading = "%nExemple :%n", footer = "  parole codebook segments corpora/demo type/levier --page 2")
  static final class Segments extends Change {
    static final int PER_PAGE = 50;
    @Parameters(index = "1", paramLabel = "<dimension/code>", description = "Le code.")
    String code;
    @Option(names = "--page", paramLabel = "<n>", description = "La page (50 segments par page, défaut : 1).")
    int page = 1;

    @Override
    public Integer call() {
      if (page < 1) {
        throw new ParoleException("--page " + page + " : attendu un numéro de page à partir de 1.");
      }
      CodebookSplit.Segments shown = new CodebookSplit(pipeline(), editing).coded(study(), codebook, code,
          (page - 1) * PER_PAGE, PER_PAGE);
      fr.parole.nlp.Pseudonymiser pseudonymiser = fr.parole.nlp.Pseudonymiser.french(fr.parole.nlp.FrenchModels.load());
      fr.parole.nlp.Pseudonymiser.Placeholders placeholders = new fr.parole.nlp.Pseudonymiser.Placeholders(
          fr.parole.study.Pseudonyms.numbering(study()));
      for (var s : shown.shown()) {
        out().printf("%8d  %s:%d  %s%n", s.segmentId(), s.sourcePath(), s.line(),
            ParoleException.excerpt(pseudonymiser.pseudonymise(s.text(), placeholders)));
      }
      int pages = Math.max(1, (shown.total() + PER_PAGE - 1) / PER_PAGE);
      out().printf("%d segment(s) en tout, page %d sur %d.%n", shown.total(), shown.offset() / PER_PAGE + 1, pages);
      return ExitCodes.OK;
    }
  }

  @Command(name = "delete", mixinStandardHelpOptions = true, description = {"Supprime un code : ses sous-codes "
      + "remontent d'un niveau ; les codages des personnes sont archivés (une restauration les rend), les suggestions "
      + "de la machine supprimées. Sans --oui, dit seulement ce qui arriverait."}, footerHeading = "%nExemple :%n",
      footer = "  parole codebook delete corpora/demo type/levier --oui")
  static final class Delete extends Change {
    @Parameters(index = "1", paramLabel = "<dimension/code>", description = "Le code à supprimer.")
    String code;
    @Option(names = "--oui", description = "Confirme la suppression.")
    boolean yes;

    @Override
    public Integer call() {
      CodebookEditing.State state = editing.state(study(), codebook);
      Code c = CodebookEdits.code(state.codebook(), code);
      String what = consequence(c.label(), state.count(c.path()));
      if (!yes) {
        out().println(what);
        out().println("Rien n'a été supprimé : relancez avec --oui pour confirmer.");
        return ExitCodes.ERROR;
      }
      Version version = editing.change(study(), codebook, state.fingerprint(), by, book -> edits.delete(book, code));
      out().printf("Version %d du livre de codes « %s » : %s %s%n", version.number(), version.codebook(),
          version.summary(), what.replace(" seront ", " ont été ").replace(" sera ", " a été "));
      return ExitCodes.OK;
    }
  }

  /** « 12 codages de personnes seront archivés … et 340 suggestions seront supprimées. » */
  static String consequence(String label, CodingCount count) {
    return "Supprimer « " + label + " » : " + (count.human() == 0 && count.suggested() == 0 ? "aucun codage n'est concerné."
        : count.human() + " codage(s) ou décision(s) de personnes seront archivés (la restauration d'une version "
        + "antérieure les rend) et " + count.suggested() + " suggestion(s) de la machine seront supprimées.");
  }

  @Command(name = "versions", mixinStandardHelpOptions = true, description = "Liste les versions du livre de codes de "
      + "l'étude, la plus récente d'abord.", footerHeading = "%nExemple :%n",
      footer = "  parole codebook versions corpora/demo")
  static final class Versions extends Change {
    @Override
    public Integer call() {
      List<Version> versions = editing.versions(study(), codebook);
      if (versions.isEmpty()) {
        out().println("Aucune version : ce livre de codes n'a pas encore été modifié par Parole.");
      }
      for (Version v : versions) {
        out().printf("%3d  %s  %-12s %s%n", v.number(), v.at(), v.person(), v.summary());
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "restore", mixinStandardHelpOptions = true, description = {"Restaure une version antérieure : le "
      + "livre de codes redevient celui de cette version, les codages déplacés depuis reviennent, les codages "
      + "archivés de ses codes reviennent. Écrit une nouvelle version (rien n'est perdu)."},
      footerHeading = "%nExemple :%n", footer = "  parole codebook restore corpora/demo 1")
  static final class Restore extends Change {
    @Parameters(index = "1", paramLabel = "<numéro>", description = "La version à restaurer (parole codebook versions).")
    int number;

    @Override
    public Integer call() {
      return done(editing.restore(study(), codebook, number, null, by));
    }
  }
}
