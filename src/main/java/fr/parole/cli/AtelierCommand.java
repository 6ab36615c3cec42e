package fr.parole.cli;

import fr.parole.ParoleException;
import fr.parole.pipeline.Accounts;
import fr.parole.study.Study;
import fr.parole.web.Atelier;
import fr.parole.web.AtelierOptions;
import fr.parole.web.AtelierServices;
import fr.parole.web.Views;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "atelier", mixinStandardHelpOptions = true,
    description = {"Ouvre l'atelier : l'étude dans le navigateur (tableau de bord, thèmes, recherche, revue des "
        + "suggestions, documents, rapport, discussion), pour les chercheurs, les équipes qualité et les "
        + "co-chercheurs (patients partenaires, représentants des usagers).",
        "Par défaut, l'atelier n'écoute que cet ordinateur (127.0.0.1) et s'ouvre sans mot de passe avec l'adresse "
        + "affichée au démarrage, qui contient un jeton secret. Les commandes de Parole restent utilisables pendant "
        + "ce temps sur la même étude. Ctrl-C arrête l'atelier.",
        "Pour le partager sur le réseau (--host), créez d'abord des comptes (--add-user). Rôles : chercheur (tout, "
        + "texte brut sur demande), co-chercheur (texte pseudonymisé seulement : commente, propose des thèmes, relit "
        + "les suggestions avec --may-review), lecteur (tableau de bord et rapport)."},
    footerHeading = "%nExemple :%n",
    footer = {"  parole atelier corpora/demo",
        "  parole atelier corpora/demo --add-user \"Claire M.\" --role co-chercheur",
        "  parole atelier corpora/demo --host 0.0.0.0 --port 8080"})
final class AtelierCommand extends StudyCommand {
  @Option(names = "--port", paramLabel = "<port>", defaultValue = "7070",
      description = "Port d'écoute (défaut : ${DEFAULT-VALUE} ; 0 : un port libre au hasard).")
  int port;

  @Option(names = "--host", paramLabel = "<adresse>", defaultValue = AtelierOptions.LOOPBACK,
      description = "Adresse d'écoute (défaut : ${DEFAULT-VALUE}, cet ordinateur seulement). Une autre adresse "
          + "partage l'atelier sur le réseau et demande des comptes (--add-user).")
  String host;

  @Option(names = "--add-user", paramLabel = "<nom>",
      description = "Crée un compte (ou change son mot de passe et son rôle), demande le mot de passe deux fois, "
          + "puis s'arrête sans ouvrir l'atelier.")
  String addUser;

  @Option(names = "--role", paramLabel = "<rôle>", defaultValue = "co-chercheur",
      description = "Rôle du compte créé : chercheur, co-chercheur ou lecteur (défaut : ${DEFAULT-VALUE}).")
  String role;

  @Option(names = "--may-review", description = "Le co-chercheur du compte créé peut relire les suggestions.")
  boolean mayReview;

  @Option(names = "--password-stdin", description = "Lit le mot de passe sur l'entrée standard (une ligne), pour "
      + "un script, au lieu de le demander.")
  boolean passwordStdin;

  @Option(names = "--remove-user", paramLabel = "<nom>", description = "Supprime un compte, puis s'arrête.")
  String removeUser;

  @Option(names = "--list-users", description = "Liste les comptes, puis s'arrête.")
  boolean listUsers;

  @Override
  public Integer call() {
    Study study = study();
    if (addUser != null || removeUser != null || listUsers) {
      return new AtelierAccounts(study, out(), localPerson()).run(addUser, role, mayReview, passwordStdin, removeUser);
    }
    boolean accounts = !new Accounts().list(study).isEmpty();
    AtelierOptions options = options(accounts);
    Atelier atelier = new Atelier(new AtelierServices(study, pipeline(), new Views(), Clock.systemDefaultZone()), options)
        .start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      atelier.stop();
      stopped.countDown();
    }));
    if (options.localToken() == null) {
      out().printf("Atelier de l'étude « %s » ouvert sur le réseau. Chaque personne ouvre cette adresse et se "
          + "connecte avec son compte :%n%n  %s%n%nCtrl-C arrête l'atelier.%n", study.name(), atelier.signInAddress());
    } else {
      out().printf("Atelier de l'étude « %s » ouvert. Ouvrez cette adresse dans votre navigateur :%n%n  %s%n%n"
          + "Elle vous connecte comme chercheur ou chercheuse (%s) : ne la partagez pas.%s Ctrl-C arrête l'atelier.%n",
          study.name(), atelier.address(), options.localPerson(),
          accounts ? " Les comptes se connectent à " + atelier.signInAddress() + "." : "");
    }
    out().flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }

  /**
   * How the atelier listens: on this computer, the secret address signs the local researcher in;
   * on a network (any other address), only accounts do, and there must be some.
   */
  AtelierOptions options(boolean accounts) {
    AtelierOptions options = new AtelierOptions(host, port, Atelier.newToken(), localPerson());
    if (options.loopback()) {
      return options;
    }
    if (!accounts) {
      throw new ParoleException("Partager l'atelier sur le réseau (--host " + host + ") demande des comptes : "
          + "créez-en d'abord avec « parole atelier " + studyFolder + " --add-user <nom> --role co-chercheur ».");
    }
    return new AtelierOptions(host, port, null, localPerson());
  }

  /** The local researcher's name, stamped on their decisions: the account's user name. */
  static String localPerson() {
    String name = System.getProperty("user.name", "");
    return name.isBlank() ? "chercheur" : name;
  }
}
