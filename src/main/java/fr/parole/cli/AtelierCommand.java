package fr.parole.cli;

import fr.parole.ParoleException;
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
        + "ce temps sur la même étude. Ctrl-C arrête l'atelier."},
    footerHeading = "%nExemple :%n",
    footer = {"  parole atelier corpora/demo"})
final class AtelierCommand extends StudyCommand {
  @Option(names = "--port", paramLabel = "<port>", defaultValue = "7070",
      description = "Port d'écoute (défaut : ${DEFAULT-VALUE} ; 0 : un port libre au hasard).")
  int port;

  @Option(names = "--host", paramLabel = "<adresse>", defaultValue = AtelierOptions.LOOPBACK,
      description = "Adresse d'écoute (défaut : ${DEFAULT-VALUE}, cet ordinateur seulement). Une autre adresse "
          + "partage l'atelier sur le réseau et demande des comptes (--add-user).")
  String host;

  @Override
  public Integer call() {
    Study study = study();
    AtelierOptions options = new AtelierOptions(host, port, Atelier.newToken(), localPerson());
    if (!options.loopback()) {
      throw new ParoleException("Partager l'atelier sur le réseau (--host " + host + ") demande des comptes : "
          + "créez-en d'abord avec « parole atelier " + studyFolder + " --add-user <nom> --role co-chercheur ».");
    }
    Atelier atelier = new Atelier(new AtelierServices(study, pipeline(), new Views(), Clock.systemDefaultZone()), options)
        .start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      atelier.stop();
      stopped.countDown();
    }));
    out().printf("Atelier de l'étude « %s » ouvert. Ouvrez cette adresse dans votre navigateur :%n%n  %s%n%n"
        + "Elle vous connecte comme chercheur ou chercheuse (%s) : ne la partagez pas. Ctrl-C arrête l'atelier.%n",
        study.name(), atelier.address(), options.localPerson());
    out().flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }

  /** The local researcher's name, stamped on their decisions: the account's user name. */
  private static String localPerson() {
    String name = System.getProperty("user.name", "");
    return name.isBlank() ? "chercheur" : name;
  }
}
