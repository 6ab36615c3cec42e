package fr.parole.cli;

import fr.parole.pipeline.Memos;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "memo", mixinStandardHelpOptions = true,
    description = {"Les mémos de l'équipe : sur un segment, un document, un code ou l'étude. « add » en écrit un, "
        + "« list » les affiche tous, du plus récent au plus ancien, comme la page « Mémos » de l'atelier ; « edit » en "
        + "modifie un (son texte précédent est gardé), « delete » en supprime un (gardé dans l'étude, plus affiché)."},
    synopsisSubcommandLabel = "(add | list | edit | delete)",
    subcommands = {MemoCommand.Add.class, MemoCommand.ListMemos.class, MemoCommand.Edit.class, MemoCommand.Delete.class},
    footerHeading = "%nExemples :%n",
    footer = {"  parole memo add corpora/demo --auteur alice --texte \"Relire les entretiens du CHU3.\"",
        "  parole memo list corpora/demo --contient mefiance",
        "  parole memo edit corpora/demo 3 --auteur alice --texte \"Relire aussi le CHU4.\""})
final class MemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Écrit un mémo (au plus 5 000 caractères), signé et daté, sur l'étude (par défaut), un code, "
          + "un segment ou un document. Enregistré en une transaction, avec sa ligne au journal."},
      footerHeading = "%nExemples :%n",
      footer = {"  parole memo add corpora/demo --auteur alice --texte \"Relire les entretiens du CHU3.\"",
          "  parole memo add corpora/demo --auteur alice --code partenariat/type/levier --texte \"À scinder ?\"",
          "  parole memo add corpora/demo --auteur alice --segment 42 --texte \"Citation forte.\""})
  static final class Add extends StudyCommand {
    @Option(names = "--auteur", required = true, paramLabel = "<nom>", description = "Qui écrit le mémo.")
    String author;

    @Option(names = "--texte", required = true, paramLabel = "<texte>", description = "Le mémo.")
    String text;

    @Option(names = "--code", paramLabel = "<livre/dimension/code>", description = "Un mémo sur ce code.")
    String code;

    @Option(names = "--segment", paramLabel = "<n°>", description = "Un mémo sur ce segment (son numéro).")
    String segment;

    @Option(names = "--document", paramLabel = "<n°>", description = "Un mémo sur ce document (son numéro).")
    String document;

    @Override
    public Integer call() {
      long given = java.util.stream.Stream.of(code, segment, document).filter(v -> v != null).count();
      if (given > 1) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "Un mémo porte sur une seule chose : --code, --segment ou --document (aucun : l'étude).");
      }
      Memos.Kind kind = code != null ? Memos.Kind.CODE : segment != null ? Memos.Kind.SEGMENT
          : document != null ? Memos.Kind.SOURCE : Memos.Kind.STUDY;
      String target = code != null ? code : segment != null ? segment : document != null ? document : "";
      long id = new Memos().add(study(), kind, target, author, text);
      out().printf("Mémo n° %d enregistré (%s).%n", id, kind.label().toLowerCase(java.util.Locale.ROOT));
      return ExitCodes.OK;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = {"Affiche les mémos, du plus récent au plus ancien : sur quoi (le document et le début du segment, "
          + "le code par son libellé), qui, quand, le texte. Le texte est pseudonymisé, sauf avec --raw."},
      footerHeading = "%nExemples :%n",
      footer = {"  parole memo list corpora/demo", "  parole memo list corpora/demo --type code --auteur alice",
          "  parole memo list corpora/demo --contient mefiance"})
  static final class ListMemos extends StudyCommand {
    @Option(names = "--type", paramLabel = "<segment|source|code|study>", description = "Seulement les mémos sur ce type de chose.")
    String kind;

    @Option(names = "--auteur", paramLabel = "<nom>", description = "Seulement les mémos de cette personne.")
    String author;

    @Option(names = "--contient", paramLabel = "<mots>", description = "Seulement les mémos qui contiennent ces mots "
        + "(accents et majuscules ignorés).")
    String words;

    @Mixin
    Pseudonymised pseudonymised;

    @Override
    public Integer call() {
      var study = study();
      UnaryOperator<String> shown = pseudonymised.shown(study);
      List<Memos.Memo> memos = new Memos().list(study, new Memos.Query(kind == null ? null : Memos.Kind.of(kind),
          author, words), shown);
      for (Memos.Memo m : memos) {
        Memos.Subject s = m.subject();
        String words = s.words() == null ? "" : " « " + excerpt(shown.apply(s.words())) + " »";
        String edited = m.editedAt() == null ? "" : ", modifié le " + Memos.day(m.editedAt()) + " par " + m.editedBy();
        out().printf("%s · %s : %s%s%n  %s, %s%s%n  %s%n%n", m.at().length() >= 10 ? m.at().substring(0, 10) : m.at(),
            s.kind().label(), s.label(), words, m.author(), "mémo n° " + m.id(), edited, shown.apply(m.text()));
      }
      out().printf("%d mémo(s).%n", memos.size());
      return ExitCodes.OK;
    }

    private static String excerpt(String text) {
      return text.length() <= 100 ? text : text.substring(0, 100).strip() + "…";
    }
  }

  @Command(name = "edit", mixinStandardHelpOptions = true,
      description = {"Remplace le texte d'un mémo (son numéro, donné par « parole memo list »). Le texte précédent est "
          + "gardé comme version antérieure (visible sur la page du mémo dans l'atelier). Seul l'auteur du mémo, ou une "
          + "personne au rôle chercheur dans les comptes de l'atelier, peut le modifier."},
      footerHeading = "%nExemple :%n",
      footer = {"  parole memo edit corpora/demo 3 --auteur alice --texte \"Relire aussi le CHU4.\""})
  static final class Edit extends StudyCommand {
    @picocli.CommandLine.Parameters(index = "1", paramLabel = "<n° du mémo>", description = "Le mémo à modifier.")
    long id;

    @Option(names = "--auteur", required = true, paramLabel = "<nom>", description = "Qui modifie le mémo.")
    String author;

    @Option(names = "--texte", required = true, paramLabel = "<texte>", description = "Le nouveau texte.")
    String text;

    @Override
    public Integer call() {
      var study = study();
      new Memos().edit(study, id, author, Memos.researcher(study, author), Memos.ANY_VERSION, text);
      out().printf("Mémo n° %d modifié ; son texte précédent est gardé.%n", id);
      return ExitCodes.OK;
    }
  }

  @Command(name = "delete", mixinStandardHelpOptions = true,
      description = {"Supprime un mémo (son numéro, donné par « parole memo list ») : il n'est plus affiché nulle part, "
          + "mais reste dans l'étude avec qui l'a supprimé et quand. Seul son auteur, ou une personne au rôle "
          + "chercheur dans les comptes de l'atelier, peut le supprimer."},
      footerHeading = "%nExemple :%n",
      footer = {"  parole memo delete corpora/demo 3 --auteur alice"})
  static final class Delete extends StudyCommand {
    @picocli.CommandLine.Parameters(index = "1", paramLabel = "<n° du mémo>", description = "Le mémo à supprimer.")
    long id;

    @Option(names = "--auteur", required = true, paramLabel = "<nom>", description = "Qui supprime le mémo.")
    String author;

    @Override
    public Integer call() {
      var study = study();
      new Memos().delete(study, id, author, Memos.researcher(study, author));
      out().printf("Mémo n° %d supprimé (gardé dans l'étude, avec qui l'a supprimé et quand).%n", id);
      return ExitCodes.OK;
    }
  }
}
