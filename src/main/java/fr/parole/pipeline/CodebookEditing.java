package fr.parole.pipeline;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookEdit;
import fr.parole.coding.CodebookException;
import fr.parole.coding.CodebookLibrary;
import fr.parole.coding.CodebookWriter;
import fr.parole.study.CodebookHistory;
import fr.parole.study.CodebookHistory.CodingCount;
import fr.parole.study.CodebookHistory.Version;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyException;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Changes a study's codebook, versioned: each change writes the whole codebook as a new version in
 * the store (who, when, what), moves or archives the codings it concerns, and rewrites the study's
 * codebook file, all or nothing. The file is the study's own: the one study.yaml names when it is a
 * YAML file of the study, else {@code codebooks/<name>.yaml} (a shipped codebook's first change
 * writes it, and {@link Study#codebookLocation} finds it before the shipped one). study.yaml is
 * never written. A change made from a codebook that changed since it was read is refused
 * ({@link CodebookChangedException}).
 */
public final class CodebookEditing {
  private static final String HEADER = "# Livre de codes de l'étude, écrit par Parole à chaque modification (atelier, page "
      + "« Livre de codes », ou parole codebook) ;\n# ses versions sont dans le magasin de l'étude (parole codebook versions)."
      + " Les commentaires d'un fichier écrit à la main\n# ne sont pas conservés.\n";

  private final CodebookLibrary library = new CodebookLibrary();
  private final CodebookWriter writer = new CodebookWriter();
  private final fr.parole.coding.CodebookEdits edits = new fr.parole.coding.CodebookEdits();
  /**
   * Each codebook last read or written, by location, with the text it was read from: checking a
   * codebook's rules costs more than the rest of a change, and the atelier reads the same files
   * again and again (a study names a few codebooks).
   */
  private final Map<String, Parsed> last = new java.util.concurrent.ConcurrentHashMap<>();

  private record Parsed(String text, Codebook book) {}

  /**
   * A codebook as a person reads it before changing it: where its file is, its fingerprint (to
   * send back with the change), its last version and each code's codings.
   */
  public record State(String name, Codebook codebook, Path file, boolean ownFile, String fingerprint,
      Optional<Version> latest, Map<String, CodingCount> counts) {
    public CodingCount count(String path) {
      return counts.getOrDefault(path, new CodingCount(0, 0));
    }
  }

  /** The codebook {@code name} (null: study.yaml's) as it is now. */
  public State state(Study study, String name) {
    String resolved = name(study, name);
    Codebook book = load(study, resolved);
    Path file = editableFile(study, resolved);
    try (StudyStore store = study.openStore()) {
      CodebookHistory history = store.codebookHistory();
      return new State(resolved, book, file, Files.isRegularFile(file), fingerprint(book),
          history.latest(book.id()), history.counts(book.id()));
    }
  }

  /** Every version of the codebook, newest first. */
  public List<Version> versions(Study study, String name) {
    Codebook book = load(study, name(study, name));
    try (StudyStore store = study.openStore()) {
      return store.codebookHistory().all(book.id());
    }
  }

  /**
   * Applies {@code edit} to the codebook as it is now, as {@code person}: refused when
   * {@code expected} (a fingerprint from {@link #state}, null to skip the check) is no longer the
   * codebook's, or when codings it moves (a code moved to another dimension) would give a segment,
   * for one person, two codes of an exclusive dimension. Returns the version written.
   */
  public Version change(Study study, String name, String expected, String person,
      Function<Codebook, CodebookEdit> edit) {
    return write(study, name, expected, person, (book, tx, history) -> {
      CodebookEdit change = edit.apply(book);
      if (!change.moves().isEmpty()) {
        ExclusiveCheck.Doubled doubled = ExclusiveCheck.of(book, change, history);
        if (doubled.count() > 0) {
          throw new CodebookException(doubled.refusal(book, "Changement refusé ("
              + change.summary().replaceAll("\\.$", "") + ")", "recommencez"));
        }
      }
      return apply(change, book, person, tx, history);
    });
  }

  /**
   * Merges {@code source} into {@code target} like {@link #change}, refused when a segment would then
   * carry, for one person, two codes of an exclusive dimension (checked under the store's lock).
   */
  public Version merge(Study study, String name, String expected, String person, String source, String target) {
    return write(study, name, expected, person, (book, tx, history) -> {
      CodebookEdit change = edits.merge(book, source, target);
      ExclusiveCheck.Doubled doubled = ExclusiveCheck.of(book, change, history);
      if (doubled.count() > 0) {
        throw new CodebookException(doubled.mergeRefusal(book, source, target));
      }
      return apply(change, book, person, tx, history);
    });
  }

  /** What merging {@code source} into {@code target} would do: codings that follow, segments left with two exclusive codes. */
  public MergePreview mergePreview(Study study, String name, String source, String target) {
    Codebook book = load(study, name(study, name));
    CodebookEdit change = edits.merge(book, source, target);
    try (StudyStore store = study.openStore()) {
      CodebookHistory history = store.codebookHistory();
      Map<String, CodingCount> counts = history.counts(book.id());
      int human = 0;
      int suggested = 0;
      for (String from : change.moves().keySet()) {
        CodingCount count = counts.getOrDefault(from, new CodingCount(0, 0));
        human += count.human();
        suggested += count.suggested();
      }
      ExclusiveCheck.Doubled doubled = ExclusiveCheck.of(book, change, history);
      return new MergePreview(new CodingCount(human, suggested), doubled,
          doubled.count() > 0 ? doubled.mergeRefusal(book, source, target) : null);
    }
  }

  /** A merge before it is made: the codings that follow, and why it is refused (null: it is not). */
  public record MergePreview(CodingCount moved, ExclusiveCheck.Doubled doubled, String refusal) {}

  /**
   * Writes {@code change} as a new version: codings moved (all of a code's, or those on chosen
   * segments), archived, the memos, discussion, thresholds and undo journal naming a moved code
   * following it, one audit row.
   */
  private Codebook apply(CodebookEdit change, Codebook book, String person, StoreTransaction tx,
      CodebookHistory history) {
    StringBuilder summary = new StringBuilder(change.summary());
    for (CodebookEdit.ChosenMove chosen : change.chosen()) {
      int codings = history.codingsOn(book.id(), chosen.from(), chosen.segments());
      summary.append(' ').append(codings).append(codings < 2 ? " codage passe" : " codages passent").append(" de « ")
          .append(label(book, chosen.from())).append(" » à « ").append(label(change.after(), chosen.to()))
          .append(" » (").append(chosen.how()).append(").");
    }
    long version = history.add(book.id(), yaml(change.after()), person, change.action(), summary.toString());
    change.moves().forEach((from, to) -> history.move(version, 1, book.id(), from, to));
    change.chosen().forEach(c -> history.moveOn(version, 2, book.id(), c.from(), c.to(), c.segments()));
    if (!change.removed().isEmpty()) {
      history.archive(version, 3, book.id(), change.removed());
    }
    Map<String, Integer> followed = tx.codeReferences().follow(version, 1, book.id(), change.moves());
    tx.audit(person, "livre-de-codes:" + change.action(), book.id(), summary + followedSentence(followed));
    return change.after();
  }

  /** « ; suivent : 2 mémo(s), 1 discussion(s) », or nothing when nothing named the moved codes. */
  private static String followedSentence(Map<String, Integer> followed) {
    String listed = followed.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getValue() + " " + switch (e.getKey()) {
      case "memo" -> "mémo(s)";
      case "discussion" -> "fil(s) de discussion";
      case "proposition" -> "code(s) proposé(s)";
      case "annulation" -> "action(s) à annuler";
      default -> "seuil(s)";
    }).collect(java.util.stream.Collectors.joining(", "));
    return listed.isEmpty() ? "" : " Suivent le nouvel identifiant : " + listed + ".";
  }

  private static String label(Codebook book, String path) {
    return book.code(path).map(Code::label).orElse(path);
  }

  /**
   * Makes version {@code number} the codebook again: what the later versions did to codings is
   * undone (codings moved back, archived ones brought back), and the codings of codes that version
   * lacks are archived (people's) or deleted (the machine's). Written as a new version.
   */
  public Version restore(Study study, String name, int number, String expected, String person) {
    return write(study, name, expected, person, (book, tx, history) -> {
      Version latest = history.latest(book.id()).orElseThrow();
      Version target = history.version(book.id(), number).orElseThrow(() -> new CodebookException("Le livre de codes « "
          + book.label() + " » n'a pas de version " + number + " (versions : 1 à " + latest.number() + ")."));
      if (number == latest.number()) {
        throw new CodebookException("La version " + number + " est déjà la version en cours : rien à restaurer.");
      }
      Codebook restored = library.fromYaml("version " + number + " de « " + book.id() + " »", target.yaml());
      String summary = "Version " + number + " restaurée (" + target.summary() + ").";
      long version = history.add(book.id(), yaml(restored), person, "restauration", summary);
      int step = 1;
      int referenceStep = 1;
      List<Long> undone = new java.util.ArrayList<>();
      for (Version later : history.all(book.id())) {
        if (later.number() > number && later.id() != version) {
          step = history.undo(later.id(), version, step);
          referenceStep = tx.codeReferences().undo(later.id(), version, referenceStep, book.id());
          undone.add(later.id());
        }
      }
      // Codings can only sit on a code of the codebook now, or one the undone versions moved them
      // from or to: those the restored version lacks leave it (by the index, not a scan of every coding).
      java.util.Set<String> lacking = new java.util.TreeSet<>(history.codesJournalled(undone));
      book.codes().forEach(c -> lacking.add(c.path()));
      restored.codes().forEach(c -> lacking.remove(c.path()));
      history.archive(version, step, book.id(), lacking);
      tx.audit(person, "livre-de-codes:restauration", book.id(), summary);
      return restored;
    });
  }

  private interface Work {
    Codebook run(Codebook current, StoreTransaction tx, CodebookHistory history);
  }

  private Version write(Study study, String name, String expected, String person, Work work) {
    if (person == null || person.isBlank()) {
      throw new StudyException("Dites qui modifie le livre de codes (--par <nom> dans le terminal).");
    }
    String resolved = name(study, name);
    Path file = editableFile(study, resolved);
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      CodebookHistory history = tx.codebookHistory();
      history.lock();
      // Read under the lock: another person's change committed before this line is seen here.
      Codebook current = load(study, resolved);
      String now = fingerprint(current);
      Optional<Version> latest = history.latest(current.id());
      // Versions hold the writer's YAML, so the same codebook is the same text.
      boolean inStep = latest.isPresent() && latest.get().yaml().equals(yaml(current));
      if (expected != null && !expected.equals(now)) {
        throw new CodebookChangedException("Le livre de codes « " + current.label() + " » a changé depuis que vous "
            + "l'avez ouvert" + (inStep ? " (version " + latest.get().number() + " par " + latest.get().person() + ", "
            + latest.get().at() + " : " + latest.get().summary() + ")" : " (son fichier " + study.relativeName(file)
            + " a été modifié)") + ". Votre modification n'a pas été enregistrée : rechargez le livre de codes et "
            + "refaites-la.");
      }
      if (!inStep) {
        history.add(current.id(), yaml(current), person, latest.isEmpty() ? "origine" : "hors-parole", latest.isEmpty()
            ? "Version d'origine (" + (Files.isRegularFile(file) ? study.relativeName(file) : "livre de codes livré « "
            + resolved + " »") + ")." : "Fichier " + study.relativeName(file) + " modifié hors de Parole.");
      }
      Codebook after = work.run(current, tx, history);
      Version written = history.latest(current.id()).orElseThrow();
      commitWithFile(tx, file, after);
      return written;
    }
  }

  /** Writes the file beside its place, moves it there once the SQL is done, then commits; puts the old file back if the commit fails. */
  private void commitWithFile(StoreTransaction tx, Path file, Codebook after) {
    String text = HEADER + yaml(after);
    byte[] before = null;
    Path temporary = null;
    try {
      Files.createDirectories(file.getParent());
      before = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
      temporary = Files.createTempFile(file.getParent(), ".parole-", ".yaml");
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new StudyException("Impossible d'écrire le livre de codes " + file + " (" + e.getMessage() + ") : rien n'a "
          + "été modifié.", e);
    }
    try {
      tx.commit();
    } catch (RuntimeException e) {
      putBack(file, before);
      throw e;
    }
    last.put(file.toString(), new Parsed(text, after));
  }

  /** The codebook as its file (or the shipped one) says now, parsed again only when its text changed. */
  private Codebook load(Study study, String name) {
    String location = study.codebookLocation(name);
    Path file = Path.of(location);
    String lower = location.toLowerCase(Locale.ROOT);
    String text = "";
    if (Files.isRegularFile(file) && (lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        return Pipeline.codebook(study, name); // says why in French
      }
    }
    Parsed known = last.get(location);
    if (known != null && known.text().equals(text)) {
      return known.book();
    }
    Codebook book = text.isEmpty() ? Pipeline.codebook(study, name) : library.fromYaml(location, text);
    last.put(location, new Parsed(text, book));
    return book;
  }

  /** The codebook {@code name} (null: study.yaml's), for its label. */
  public Codebook codebook(Study study, String name) {
    return load(study, name(study, name));
  }

  private static void putBack(Path file, byte[] before) {
    try {
      if (before == null) {
        Files.deleteIfExists(file);
      } else {
        Files.write(file, before);
      }
    } catch (IOException e) {
      // The commit failed and so did this: the message of the commit's failure is the one shown.
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      if (path != null) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // a temporary file left beside the codebook; its name starts with .parole-
    }
  }

  /** The file a change writes: study.yaml's own YAML file, or the study's copy of a shipped codebook. */
  private static Path editableFile(Study study, String name) {
    String location = study.codebookLocation(name);
    if (location.equals(name) && !name.contains("/") && !name.contains("\\")) {
      return study.ownCodebook(name);
    }
    Path file = Path.of(location).toAbsolutePath().normalize();
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!file.startsWith(study.folder())) {
      throw new StudyException("Le livre de codes " + location + " est hors du dossier de l'étude : Parole ne modifie "
          + "que les fichiers de l'étude. Copiez-le dans l'étude et nommez la copie dans study.yaml.");
    }
    if (!lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
      throw new StudyException("Le livre de codes " + study.relativeName(file) + " n'est pas un fichier YAML : "
          + "convertissez-le (parole codebook " + study.relativeName(file) + " --out livre.yaml), puis nommez livre.yaml "
          + "dans study.yaml (« codebook: livre.yaml ») pour le modifier.");
    }
    return file;
  }

  private static String name(Study study, String name) {
    String resolved = name != null && !name.isBlank() ? name.strip() : study.config().codebook();
    if (resolved == null || resolved.isBlank()) {
      throw new StudyException("Aucun livre de codes : passez --codebook ou ajoutez « codebook: » à study.yaml.");
    }
    return resolved;
  }

  private String yaml(Codebook book) {
    return writer.toYaml(book);
  }

  /** What identifies a codebook's content: the same codebook, however its file is laid out, has the same one. */
  String fingerprint(Codebook book) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(yaml(book).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
