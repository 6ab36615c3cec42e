package fr.parole.cli;

import fr.parole.ParoleException;
import fr.parole.pipeline.Accounts;
import fr.parole.study.PersonAccount;
import fr.parole.study.Study;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** {@code parole atelier --add-user / --remove-user / --list-users}: the accounts of a shared atelier. */
final class AtelierAccounts {
  private final Study study;
  private final PrintWriter out;
  private final String by;
  private final Accounts accounts = new Accounts();

  AtelierAccounts(Study study, PrintWriter out, String by) {
    this.study = study;
    this.out = out;
    this.by = by;
  }

  int run(String addUser, String role, boolean mayReview, boolean passwordStdin, String removeUser) {
    if (addUser != null) {
      if (!Accounts.ROLES.contains(role)) {
        throw new ParoleException("Rôle inconnu « " + role + " » : --role chercheur, co-chercheur ou lecteur.");
      }
      char[] password = passwordStdin ? fromStdin() : fromConsole(addUser);
      try {
        accounts.add(study, addUser, role, password, mayReview, by);
      } finally {
        Arrays.fill(password, '\0');
      }
      out.printf("Compte « %s » enregistré (%s%s).%n", addUser.strip(), role,
          mayReview && "co-chercheur".equals(role) ? ", peut relire les suggestions" : "");
    }
    if (removeUser != null) {
      if (!accounts.remove(study, removeUser, by)) {
        throw new ParoleException("Aucun compte « " + removeUser + " » dans cette étude (voir --list-users).");
      }
      out.printf("Compte « %s » supprimé.%n", removeUser);
    }
    if (addUser == null && removeUser == null) {
      list();
    }
    return ExitCodes.OK;
  }

  private void list() {
    List<PersonAccount> all = accounts.list(study);
    if (all.isEmpty()) {
      out.println("Aucun compte : l'atelier ne s'ouvre qu'avec l'adresse secrète, sur cet ordinateur.");
      return;
    }
    out.printf("%d compte(s) :%n", all.size());
    for (PersonAccount account : all) {
      out.printf("  %s : %s%s (créé le %s)%n", account.name(), account.role(),
          account.mayReview() && "co-chercheur".equals(account.role()) ? ", peut relire les suggestions" : "",
          account.createdAt().substring(0, 10));
    }
  }

  private static char[] fromStdin() {
    try {
      String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (line == null) {
        throw new ParoleException("Aucun mot de passe sur l'entrée standard (--password-stdin attend une ligne).");
      }
      return line.toCharArray();
    } catch (IOException e) {
      throw new ParoleException("Lecture du mot de passe impossible : " + e.getMessage(), e);
    }
  }

  private static char[] fromConsole(String name) {
    Console console = System.console();
    if (console == null) {
      throw new ParoleException("Pas de console pour demander le mot de passe : lancez la commande dans un "
          + "terminal, ou passez-le sur l'entrée standard avec --password-stdin.");
    }
    char[] first = console.readPassword("Mot de passe de « %s » (au moins %d caractères) : ", name,
        Accounts.MIN_PASSWORD);
    char[] second = console.readPassword("Le même mot de passe, encore une fois : ");
    if (first == null || second == null || !Arrays.equals(first, second)) {
      throw new ParoleException("Les deux mots de passe diffèrent : rien n'a été enregistré.");
    }
    Arrays.fill(second, '\0');
    return first;
  }
}
