package fr.parole.pipeline;

import at.favre.lib.crypto.bcrypt.BCrypt;
import fr.parole.study.PersonAccount;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyException;
import fr.parole.study.StudyStore;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The people who may open the atelier when it is shared on a network: an account is a name, a
 * role and a password kept as its bcrypt hash (cost 12), never the password itself. Each change
 * is written with its audit row, in one transaction.
 */
public final class Accounts {
  public static final int MIN_PASSWORD = 10;
  /** bcrypt reads at most 72 bytes of a password. */
  static final int MAX_PASSWORD_BYTES = 72;
  static final int COST = 12;
  public static final Set<String> ROLES = Set.of("chercheur", "co-chercheur", "lecteur");
  /** Checked when the name is unknown, so that the answer's delay does not tell which names exist. */
  private static final String DECOY = BCrypt.withDefaults().hashToString(COST, "leurre-du-temps-de-réponse".toCharArray());

  /** Adds an account (or gives an existing one a new password and role); {@code by}: who did it. */
  public void add(Study study, String name, String role, char[] password, boolean mayReview, String by) {
    String checked = checkName(name);
    if (!ROLES.contains(role)) {
      throw new StudyException("Rôle inconnu « " + role + " » : choisissez chercheur, co-chercheur ou lecteur.");
    }
    checkPassword(password);
    String hash = BCrypt.withDefaults().hashToString(COST, password);
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      tx.people().put(new PersonAccount(checked, role, hash, mayReview,
          Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
      tx.audit(by, "compte-ajouté", "personne:" + checked, role + (mayReview ? ", peut relire" : ""));
      tx.commit();
    }
  }

  /** Removes an account; false when there was none of that name. */
  public boolean remove(Study study, String name, String by) {
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      boolean removed = tx.people().remove(name);
      if (removed) {
        tx.audit(by, "compte-supprimé", "personne:" + name, null);
        tx.commit();
      }
      return removed;
    }
  }

  public List<PersonAccount> list(Study study) {
    try (StudyStore store = study.openStore()) {
      return store.people().all();
    }
  }

  /** The account of that name when the password is its own; empty otherwise (unknown name or wrong password). */
  public Optional<PersonAccount> verify(Study study, String name, char[] password) {
    if (name == null || password == null || utf8Length(password) > MAX_PASSWORD_BYTES) {
      return Optional.empty();
    }
    Optional<PersonAccount> account;
    try (StudyStore store = study.openStore()) {
      account = store.people().find(name.strip());
    }
    String hash = account.map(PersonAccount::passwordHash).orElse(DECOY);
    boolean verified = BCrypt.verifyer().verify(password, hash).verified;
    return verified ? account : Optional.empty();
  }

  /** Records a refused sign-in (the name typed, where from), for the people who look after the study. */
  public void auditRefusal(Study study, String name, String from) {
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      tx.audit(name == null || name.isBlank() ? "?" : name.strip(), "connexion-refusée", null, "depuis " + from);
      tx.commit();
    }
  }

  static String checkName(String name) {
    String stripped = name == null ? "" : name.strip();
    if (stripped.isEmpty() || stripped.length() > 60 || stripped.chars().anyMatch(Character::isISOControl)) {
      throw new StudyException("Nom de compte invalide « " + (name == null ? "" : name)
          + " » : de 1 à 60 caractères, sans retour à la ligne (par exemple « Claire M. »).");
    }
    return stripped;
  }

  static void checkPassword(char[] password) {
    if (password == null || password.length < MIN_PASSWORD) {
      throw new StudyException("Mot de passe trop court : au moins " + MIN_PASSWORD + " caractères.");
    }
    if (utf8Length(password) > MAX_PASSWORD_BYTES) {
      throw new StudyException("Mot de passe trop long : au plus " + MAX_PASSWORD_BYTES
          + " octets (environ 70 caractères sans accent).");
    }
  }

  private static int utf8Length(char[] password) {
    var bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    int length = bytes.remaining();
    Arrays.fill(bytes.array(), (byte) 0);
    return length;
  }
}
