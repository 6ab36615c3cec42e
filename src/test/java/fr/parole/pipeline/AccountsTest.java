package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestStudies;
import fr.parole.study.AuditEntry;
import fr.parole.study.PersonAccount;
import fr.parole.study.Study;
import fr.parole.study.StudyException;
import fr.parole.study.StudyStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts of a shared atelier: a bcrypt hash, never the password; each change audited. */
class AccountsTest {
  @TempDir
  Path dir;

  private Study study() {
    return Study.open(TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\n", "entretiens/a.md", "x\n"));
  }

  @Test
  void anAccountKeepsABcryptHashAndIsAudited() {
    Study study = study();
    Accounts accounts = new Accounts();
    accounts.add(study, " Claire M. ", "co-chercheur", "patiente-partenaire".toCharArray(), true, "alice");
    PersonAccount claire = accounts.list(study).get(0);
    assertEquals("Claire M.", claire.name());
    assertTrue(claire.passwordHash().startsWith("$2a$12$"), claire.passwordHash());
    assertFalse(claire.passwordHash().contains("patiente"));
    assertTrue(claire.mayReview());
    assertTrue(accounts.verify(study, "Claire M.", "patiente-partenaire".toCharArray()).isPresent());
    assertTrue(accounts.verify(study, "Claire M.", "patiente-partenairE".toCharArray()).isEmpty());
    assertTrue(accounts.verify(study, "Personne", "patiente-partenaire".toCharArray()).isEmpty());
    assertTrue(accounts.remove(study, "Claire M.", "alice"));
    assertFalse(accounts.remove(study, "Claire M.", "alice"));
    try (StudyStore store = study.openStore()) {
      List<AuditEntry> log = store.auditLog().latest(10);
      assertEquals(List.of("compte-supprimé", "compte-ajouté"), log.stream().map(AuditEntry::action).toList());
      assertEquals("alice", log.get(1).person());
      assertEquals("personne:Claire M.", log.get(1).target());
    }
  }

  @Test
  void aShortPasswordABadRoleOrABadNameIsRefusedAndNothingWritten() {
    Study study = study();
    Accounts accounts = new Accounts();
    StudyException shortOne = assertThrows(StudyException.class,
        () -> accounts.add(study, "Claire", "co-chercheur", "court".toCharArray(), false, "alice"));
    assertTrue(shortOne.getMessage().contains("au moins 10 caractères"), shortOne.getMessage());
    assertThrows(StudyException.class,
        () -> accounts.add(study, "Claire", "admin", "assez-long-mot".toCharArray(), false, "alice"));
    assertThrows(StudyException.class,
        () -> accounts.add(study, "Cla\nire", "lecteur", "assez-long-mot".toCharArray(), false, "alice"));
    assertThrows(StudyException.class,
        () -> accounts.add(study, "Claire", "lecteur", "é".repeat(40).toCharArray(), false, "alice"));
    assertTrue(accounts.list(study).isEmpty());
    try (StudyStore store = study.openStore()) {
      assertTrue(store.auditLog().latest(10).isEmpty());
    }
  }
}
