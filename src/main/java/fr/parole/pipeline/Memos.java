package fr.parole.pipeline;

import fr.parole.ParoleException;
import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.report.ReportService;
import fr.parole.study.MemoQueries;
import fr.parole.study.MemoQueries.MemoRow;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The study's memos in one place: on a segment, a document, a code or the study itself, each with
 * its subject named as a reader knows it (the document's path and the segment's words, the code's
 * label in its codebook, never a bare id), listed newest first, filtered by kind and author and by
 * words (accents and case ignored); and a memo written on any of those subjects (one transaction
 * with its audit row, as the document page writes them: {@link Documents#memo}).
 */
public final class Memos {
  /** The kinds of subject, as stored ({@code memos.target_kind}) and as read. */
  public enum Kind {
    SEGMENT("segment", "Segment"), SOURCE("source", "Document"), CODE("code", "Code"), STUDY("study", "Étude");

    private final String stored;
    private final String label;

    Kind(String stored, String label) {
      this.stored = stored;
      this.label = label;
    }

    public String stored() {
      return stored;
    }

    public String label() {
      return label;
    }

    /** The kind stored as {@code value}; a value that is none is a user error naming the four. */
    public static Kind of(String value) {
      for (Kind kind : values()) {
        if (kind.stored.equals(value)) {
          return kind;
        }
      }
      throw new ParoleException("Un mémo porte sur « segment », « source » (un document), « code » ou « study » "
          + "(l'étude) : « " + ParoleException.excerpt(value) + " » n'en est pas un.");
    }
  }

  /**
   * What a memo is about: its label (a document's path, a code's label and codebook, the study's
   * name), the segment's raw words (null but for a segment: the caller pseudonymises them), and
   * where it lives: the document and segment ids, or the codebook and code path.
   */
  public record Subject(Kind kind, String label, String words, Long sourceId, Long segmentId, String codebook,
      String code) {}

  /** A memo shown: {@code version} its text's number (1 until edited), who last edited it and when (null: never). */
  public record Memo(long id, String author, String at, String text, Subject subject, int version, String editedBy,
      String editedAt) {}

  /** A memo and the texts it had before (latest first), for its page. */
  public record History(Memo memo, List<MemoQueries.EarlierText> earlier) {}

  /**
   * An edit or a delete refused, nothing written: the memo is not there (or deleted), the person
   * is neither its author nor a researcher, or someone changed it since it was read. The message
   * says which, in French, with who changed it.
   */
  public static final class Refused extends ParoleException {
    private static final long serialVersionUID = 1L;

    public enum Why { NOT_FOUND, NOT_YOURS, CHANGED_SINCE }

    private final Why why;

    Refused(Why why, String message) {
      super(message);
      this.why = why;
    }

    public Why why() {
      return why;
    }
  }

  /** Which memos: a kind (null: all), an author (null: anyone), words the memo or its subject contain (null: any). */
  public record Query(Kind kind, String author, String words) {}

  private final Documents documents;
  /** The study's codebooks by id (the atelier's, read once; null: read from the study on each call). */
  private final java.util.function.Function<String, Optional<Codebook>> codebooks;

  public Memos() {
    this(null);
  }

  public Memos(java.util.function.Function<String, Optional<Codebook>> codebooks) {
    this.documents = new Documents();
    this.codebooks = codebooks;
  }

  /** The memos {@code query} selects, newest first; {@code shown} turns stored words into those the reader may see (they are searched). */
  public List<Memo> list(Study study, Query query, UnaryOperator<String> shown) {
    String wanted = query.words() == null || query.words().isBlank() ? null : folded(query.words().strip());
    List<MemoRow> rows;
    try (StudyStore store = study.openStore()) {
      rows = store.memoQueries().memos(query.kind() == null ? null : query.kind().stored(), blankToNull(query.author()));
    }
    List<Memo> memos = new ArrayList<>();
    Map<String, Optional<Codebook>> read = new HashMap<>();
    java.util.function.Function<String, Optional<Codebook>> books = codebooks != null ? codebooks
        : id -> read.computeIfAbsent(id, i -> ReportService.codebook(study, i));
    for (MemoRow row : rows) {
      Memo memo = new Memo(row.id(), row.author(), row.at(), row.text(), subject(study, row, books), row.version(),
          row.editedBy(), row.editedAt());
      if (wanted == null || folded(shown.apply(memo.text())).contains(wanted)
          || folded(memo.subject().label()).contains(wanted)) {
        memos.add(memo);
      }
    }
    return memos;
  }

  /** The people who wrote memos. */
  public List<String> authors(Study study) {
    try (StudyStore store = study.openStore()) {
      return store.memoQueries().authors();
    }
  }

  /**
   * {@code person} writes a memo on a subject: a segment's or a document's id, a code as
   * {@code codebook/dimension/code}, nothing for the study. A subject the study has not is refused
   * before anything is written, and so is an empty text or one over {@link Documents#MAX_MEMO}.
   */
  public long add(Study study, Kind kind, String target, String person, String text) {
    String stored = switch (kind) {
      case STUDY -> "";
      case CODE -> code(study, target).map(c -> target.substring(0, target.indexOf('/')) + "/" + c.path())
          .orElseThrow(() -> new ParoleException("Le code « " + ParoleException.excerpt(target) + " » n'existe pas : "
              + "écrivez livre/dimension/code, par exemple partenariat/type/levier."));
      case SEGMENT, SOURCE -> {
        long id = number(target, kind);
        boolean exists;
        try (StudyStore store = study.openStore()) {
          exists = kind == Kind.SEGMENT ? store.segmentQueries().segment(id).isPresent()
              : store.queries().sources().stream().anyMatch(s -> s.id() == id);
        }
        if (!exists) {
          throw new ParoleException("L'étude n'a pas de " + (kind == Kind.SEGMENT ? "segment" : "document")
              + " n° " + id + ".");
        }
        yield String.valueOf(id);
      }
    };
    if (person == null || person.isBlank()) {
      throw new ParoleException("Dites qui écrit ce mémo (son nom).");
    }
    return documents.memo(study, kind.stored(), stored, person.strip(), text);
  }

  /** Memo {@code id} with its earlier texts; empty when the study has none of that number (or it was deleted). */
  public Optional<History> history(Study study, long id) {
    return list(study, new Query(null, null, null), text -> text).stream().filter(m -> m.id() == id).findFirst()
        .map(memo -> {
          try (StudyStore store = study.openStore()) {
            return new History(memo, store.memoQueries().earlierTexts(id));
          }
        });
  }

  /** For {@link #edit}: whatever the memo's version now (the command line reads and writes at once). */
  public static final int ANY_VERSION = -1;

  /** Whether {@code person} has the researcher's role in the study's atelier accounts (the command line's rights). */
  public static boolean researcher(Study study, String person) {
    return new Accounts().list(study).stream().anyMatch(a -> a.name().equals(person) && "chercheur".equals(a.role()));
  }

  /**
   * {@code person} replaces the text of memo {@code id}, read at version {@code seen}: one
   * transaction, its earlier text kept, with its audit row. Refused, nothing written, unless the
   * person wrote the memo or is a researcher, and when someone changed it since (saying who).
   */
  public void edit(Study study, long id, String person, boolean researcher, int seen, String text) {
    String clean = text == null ? "" : text.strip();
    if (clean.isEmpty() || clean.length() > Documents.MAX_MEMO) {
      throw new ParoleException("Un mémo doit contenir du texte (au plus " + Documents.MAX_MEMO
          + " caractères) : le mémo n° " + id + " n'a pas été modifié.");
    }
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      MemoQueries.StoredMemo memo = allowed(tx, id, person, researcher, "modifier");
      if (seen != ANY_VERSION && memo.version() != seen) {
        throw new Refused(Refused.Why.CHANGED_SINCE, "Le mémo n° " + id + " a été modifié par " + memo.editedBy()
            + " le " + day(memo.editedAt()) + " depuis que vous l'avez ouvert : rechargez-le, relisez-le, puis "
            + "modifiez-le à nouveau. Votre texte n'a pas été enregistré.");
      }
      if (!tx.memoEdits().edit(id, memo.version(), person, clean)) {
        throw new IllegalStateException("memo " + id + " changed within its transaction");
      }
      tx.audit(person, "memo.modifier", "mémo " + id, "version " + (memo.version() + 1));
      tx.commit();
    }
  }

  /** {@code person} deletes memo {@code id} (kept in the store, shown nowhere): same rights as {@link #edit}. */
  public void delete(Study study, long id, String person, boolean researcher) {
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      MemoQueries.StoredMemo memo = allowed(tx, id, person, researcher, "supprimer");
      tx.memoEdits().delete(id, person);
      tx.audit(person, "memo.supprimer", "mémo " + id, memo.targetKind() + " " + memo.target());
      tx.commit();
    }
  }

  private static MemoQueries.StoredMemo allowed(StoreTransaction tx, long id, String person, boolean researcher,
      String verb) {
    MemoQueries.StoredMemo memo = tx.memoEdits().stored(id)
        .orElseThrow(() -> new Refused(Refused.Why.NOT_FOUND, "L'étude n'a pas de mémo n° " + id + "."));
    if (memo.deletedAt() != null) {
      throw new Refused(Refused.Why.NOT_FOUND, "Le mémo n° " + id + " a été supprimé par " + memo.deletedBy()
          + " le " + day(memo.deletedAt()) + ".");
    }
    if (!researcher && !memo.author().equals(person)) {
      throw new Refused(Refused.Why.NOT_YOURS, "Le mémo n° " + id + " est de " + memo.author() + " : seul son auteur "
          + "ou une personne au rôle chercheur peut le " + verb + ".");
    }
    return memo;
  }

  /** « 03/12/2026 à 23:40 » from a stored instant (ISO 8601, UTC, as stored). */
  public static String day(String at) {
    return at == null ? "" : at.length() >= 16 ? at.substring(8, 10) + "/" + at.substring(5, 7) + "/"
        + at.substring(0, 4) + " à " + at.substring(11, 16) : at;
  }

  /** The code of {@code codebook/dimension/code}, when the study's codebook has it. */
  public static Optional<Code> code(Study study, String target) {
    int slash = target == null ? -1 : target.indexOf('/');
    if (slash <= 0) {
      return Optional.empty();
    }
    return ReportService.codebook(study, target.substring(0, slash)).flatMap(b -> b.code(target.substring(slash + 1)));
  }

  private static Subject subject(Study study, MemoRow row,
      java.util.function.Function<String, Optional<Codebook>> books) {
    Kind kind = Kind.of(row.targetKind());
    return switch (kind) {
      case STUDY -> new Subject(kind, "L'étude « " + study.name() + " »", null, null, null, null, null);
      case SOURCE -> new Subject(kind, row.sourcePath() == null ? "Document retiré de l'étude" : row.sourcePath(), null,
          row.sourceId(), null, null, null);
      case SEGMENT -> new Subject(kind, row.sourcePath() == null ? "Segment retiré de l'étude" : row.sourcePath(),
          row.segmentText(), row.sourceId(), row.sourceId() == null ? null : Long.valueOf(row.target()), null, null);
      case CODE -> {
        int slash = row.target().indexOf('/');
        String codebook = slash < 0 ? row.target() : row.target().substring(0, slash);
        Optional<Codebook> book = books.apply(codebook);
        String path = slash < 0 ? "" : row.target().substring(slash + 1);
        String label = book.flatMap(b -> b.code(path).map(c -> StudyExplorer.pathLabel(b, c) + " (" + b.label() + ")"))
            .orElse("Code retiré du livre « " + codebook + " »");
        yield new Subject(kind, label, null, null, null, codebook, path);
      }
    };
  }

  private static long number(String target, Kind kind) {
    try {
      return Long.parseLong(target == null ? "" : target.strip());
    } catch (NumberFormatException e) {
      throw new ParoleException("Un mémo sur un " + (kind == Kind.SEGMENT ? "segment" : "document")
          + " donne son numéro (un nombre entier) : « " + ParoleException.excerpt(target) + " » n'en est pas un.");
    }
  }

  /** Lower case without accents: « Méfiance » and « mefiance » match. */
  static String folded(String text) {
    return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
