package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parole atelier: accounts, and what it refuses before opening (exit 3, a French sentence). */
class AtelierCommandTest {
  @TempDir
  Path dir;

  private Path study() {
    return TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\n", "entretiens/a.md", "IDE 1 : oui\n");
  }

  private static Run withStdin(String input, String... args) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return TestCli.run(args);
    } finally {
      System.setIn(before);
    }
  }

  @Test
  void accountsAreAddedListedAndRemoved() {
    String study = study().toString();
    Run added = withStdin("un-mot-de-passe-long\n", "atelier", study, "--add-user", "Claire M.", "--role",
        "co-chercheur", "--may-review", "--password-stdin");
    assertEquals(0, added.exit(), added.err());
    assertTrue(added.out().contains("Compte « Claire M. » enregistré (co-chercheur, peut relire les suggestions)"),
        added.out());
    Run listed = TestCli.run("atelier", study, "--list-users");
    assertTrue(listed.out().contains("1 compte(s) :") && listed.out().contains("Claire M. : co-chercheur"), listed.out());
    assertFalse(listed.out().contains("un-mot-de-passe-long"));
    assertEquals(0, TestCli.run("atelier", study, "--remove-user", "Claire M.").exit());
    Run none = TestCli.run("atelier", study, "--list-users");
    assertTrue(none.out().contains("Aucun compte"), none.out());
    Run unknown = TestCli.run("atelier", study, "--remove-user", "Personne");
    assertEquals(3, unknown.exit());
    assertTrue(unknown.err().contains("Aucun compte « Personne »"), unknown.err());
  }

  @Test
  void aShortPasswordOrAnUnknownRoleIsRefused() {
    String study = study().toString();
    Run shortOne = withStdin("court\n", "atelier", study, "--add-user", "Claire", "--password-stdin");
    assertEquals(3, shortOne.exit());
    assertTrue(shortOne.err().contains("au moins 10 caractères"), shortOne.err());
    Run role = withStdin("un-mot-de-passe-long\n", "atelier", study, "--add-user", "Claire", "--role", "admin",
        "--password-stdin");
    assertEquals(3, role.exit());
    assertTrue(role.err().contains("Rôle inconnu « admin »"), role.err());
    Run noConsole = TestCli.run("atelier", study, "--add-user", "Claire");
    assertEquals(3, noConsole.exit());
    assertTrue(noConsole.err().contains("--password-stdin"), noConsole.err());
    assertTrue(TestCli.run("atelier", study, "--list-users").out().contains("Aucun compte"));
  }

  @Test
  void aFolderThatIsNotAStudyIsSaid() {
    Run run = TestCli.run("atelier", dir.toString());
    assertEquals(3, run.exit());
    assertTrue(run.err().contains("n'est pas une étude Parole"), run.err());
  }

  @Test
  void aPortAlreadyInUseIsSaidClearly() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Run run = TestCli.run("atelier", study().toString(), "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(3, run.exit());
      assertTrue(run.err().contains("port est peut-être déjà utilisé") && run.err().contains("--port"), run.err());
    }
  }

  @Test
  void onANetworkOnlyAccountsOpenTheAtelier() {
    AtelierCommand command = new AtelierCommand();
    command.host = "0.0.0.0";
    assertEquals(null, command.options(true).localToken(), "no secret address on a network");
    command.host = "127.0.0.1";
    assertTrue(command.options(true).localToken().length() >= 40, "the secret address stays on this computer");
    assertTrue(command.options(false).loopback());
  }

  @Test
  void aNetworkAddressWithoutAccountsIsRefused() {
    Run run = TestCli.run("atelier", study().toString(), "--host", "0.0.0.0", "--port", "0");
    assertEquals(3, run.exit());
    assertTrue(run.err().contains("demande des comptes") && run.err().contains("--add-user"), run.err());
  }
}
