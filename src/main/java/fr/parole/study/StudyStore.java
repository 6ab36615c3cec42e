package fr.parole.study;

import fr.parole.ParoleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The study's SQLite store ({@code .parole/study.db}). Schema versions are numbered migrations
 * tracked by {@code PRAGMA user_version}; the file is copied aside before any upgrade, and a
 * store written by a newer Parole is refused rather than damaged.
 */
public final class StudyStore implements AutoCloseable {
  /** Migrations in order: entry i brings the schema from version i to version i + 1. */
  static final List<String> MIGRATIONS = List.of("V1__init.sql", "V2__codings.sql", "V3__esatis.sql",
      "V4__questionnaires.sql", "V5__lemma_counts.sql", "V6__lemma_totals.sql", "V7__code_thresholds.sql", "V8__atelier.sql",
      "V9__pseudonyms.sql", "V10__team.sql", "V11__coding_actions.sql", "V12__codebook_versions.sql",
      "V13__codebook13.sql",
      "V14__segment_times.sql",
      "V15__memo_history.sql",
      "V16__lexical_classes.sql",
      "V17__double_classification.sql", "V18__lemma_values.sql",
      "V19__segment_dates.sql", "V20__evidences.sql", "V21__coded_before_v18.sql", "V22__decisions_index.sql");

  private static final int APPLICATION_ID = 0x50524F4C; // "PROL": marks the file as Parole's

  private final Path file;
  private final Connection connection;
  private final StoreListener listener;

  private StudyStore(Path file, Connection connection, StoreListener listener) {
    this.file = file;
    this.connection = connection;
    this.listener = listener;
  }

  public static StudyStore open(Path file) {
    return open(file, StoreListener.NONE);
  }

  /** Opens the store; its write transactions are told to {@code listener}. */
  public static StudyStore open(Path file, StoreListener listener) {
    Objects.requireNonNull(file, "file");
    try {
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
      StudyStore store = new StudyStore(file, connection, listener);
      try {
        store.configure();
        store.migrate();
        return store;
      } catch (RuntimeException | SQLException e) {
        connection.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new StudyException(storeProblem(file, e), e);
    }
  }

  private void configure() throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("PRAGMA foreign_keys = ON");
      // WAL keeps readers working during an import and makes a crash roll back cleanly.
      st.execute("PRAGMA journal_mode = WAL");
      st.execute("PRAGMA synchronous = NORMAL");
      st.execute("PRAGMA cache_size = -65536");
      st.execute("PRAGMA busy_timeout = 10000");
    } catch (SQLException e) {
      if (e.getMessage() != null && e.getMessage().contains("not a database")) {
        throw new StudyException(file + " n'est pas un stockage Parole (fichier SQLite illisible). "
            + "Déplacez-le puis relancez l'import.", e);
      }
      throw e;
    }
  }

  private void migrate() throws SQLException {
    int version = pragmaInt("user_version");
    if (version > MIGRATIONS.size()) {
      throw new StudyException(file + " a été écrit par une version plus récente de Parole (schéma "
          + version + ", celle-ci connaît jusqu'à " + MIGRATIONS.size() + "). Mettez Parole à jour.");
    }
    if (version > 0 && pragmaInt("application_id") != APPLICATION_ID) {
      throw new StudyException(file + " n'est pas un stockage Parole.");
    }
    if (version == MIGRATIONS.size()) {
      return;
    }
    if (version > 0) {
      backup(version);
    }
    // SQLite's recipe for changing a table (create, copy, drop, rename) needs foreign keys off, or
    // dropping the old table would cascade into the rows that point at it; the pragma only takes
    // effect outside a transaction. The keys are checked before commit instead.
    setForeignKeys(false);
    connection.setAutoCommit(false);
    try (Statement st = connection.createStatement()) {
      for (int v = version; v < MIGRATIONS.size(); v++) {
        for (String sql : script(MIGRATIONS.get(v))) {
          st.execute(sql);
        }
      }
      try (ResultSet broken = st.executeQuery("PRAGMA foreign_key_check")) {
        if (broken.next()) {
          throw new SQLException("migration broke a foreign key of table " + broken.getString(1));
        }
      }
      st.execute("PRAGMA application_id = " + APPLICATION_ID);
      st.execute("PRAGMA user_version = " + MIGRATIONS.size());
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
      setForeignKeys(true);
    }
  }

  private void setForeignKeys(boolean on) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
    }
  }

  /**
   * Copies the store aside before an upgrade. Its last commits may still be in the write-ahead log
   * (a command killed before its connection closed, another one still open): the log is copied into
   * the file first, as far as readers allow, and where it could not be, or a commit came in between,
   * the log is copied beside the copy, under the name SQLite reads with it. A read transaction held
   * meanwhile keeps the file and the log from moving past each other while they are copied.
   */
  private void backup(int version) {
    Path copy = file.resolveSibling(file.getFileName() + ".v" + version + ".bak");
    Path copyLog = copy.resolveSibling(copy.getFileName() + "-wal");
    Path log = file.resolveSibling(file.getFileName() + "-wal");
    try {
      Files.deleteIfExists(copyLog); // an older backup's log would be read with the new copy
      int before = pragmaInt("data_version");
      boolean inFile;
      try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
        inFile = !rs.next() || rs.getLong(2) == rs.getLong(3); // every frame of the log is in the file (-1, -1: no log)
      }
      connection.setAutoCommit(false);
      try {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_schema")) {
          rs.next(); // reads the store: the read transaction begins here
        }
        inFile &= pragmaInt("data_version") == before; // no commit from elsewhere since the copy into the file
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        if (!inFile && Files.exists(log) && Files.size(log) > 0) {
          Files.copy(log, copyLog, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (IOException | SQLException e) {
      throw new StudyException("Sauvegarde de " + file + " impossible avant mise à jour du schéma : "
          + e.getMessage(), e);
    }
  }

  static List<String> script(String name) {
    try (InputStream in = StudyStore.class.getResourceAsStream("db/" + name)) {
      String text = new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
      List<String> statements = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String line : text.split("\n")) {
        if (line.strip().startsWith("--")) {
          continue;
        }
        current.append(line).append('\n');
        if (line.strip().endsWith(";")) {
          statements.add(current.toString());
          current.setLength(0);
        }
      }
      return statements;
    } catch (IOException e) {
      // Migrations ship inside the jar: failing to read one means a broken build.
      throw new UncheckedIOException("Unable to load migration " + name, e);
    }
  }

  private int pragmaInt(String pragma) throws SQLException {
    return pragmaInt(connection, pragma);
  }

  /** The number a {@code PRAGMA} gives on {@code connection} (0 when it gives none). */
  static int pragmaInt(Connection connection, String pragma) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  public int schemaVersion() {
    try {
      return pragmaInt("user_version");
    } catch (SQLException e) {
      throw storeError(e);
    }
  }

  /** Starts a write transaction: an import or a coding batch. Nothing is visible until commit. */
  public StoreTransaction begin() {
    return new StoreTransaction(connection, listener);
  }

  /** Read access to the sources and the counts of what the study holds. */
  public StoreQueries queries() {
    return new StoreQueries(connection);
  }

  /** Read access to the segments with their attributes. */
  public SegmentQueries segmentQueries() {
    return new SegmentQueries(connection);
  }

  /** Read access to the codings, their counts and the machine's pending suggestions. */
  public CodingQueries codingQueries() {
    return new CodingQueries(connection);
  }

  /** Read access for the report: codings with attributes, quotes, e-Satis scores, answers. */
  public ReportQueries reportQueries() {
    return new ReportQueries(connection);
  }

  /** Read access for the atelier: the segments behind a number, a page at a time, with their context. */
  public DashboardQueries dashboardQueries() {
    return new DashboardQueries(connection);
  }

  /** Read access for the coder that learns: a bounded window of the review queue. */
  public LearningQueries learningQueries() {
    return new LearningQueries(connection);
  }

  /** Read access for the atelier: a document's segments and codings, suggestions, memos. */
  public DocumentQueries documentQueries() {
    return new DocumentQueries(connection);
  }

  /** Read access for exchanges with other tools: every coding with its span (REFI-QDA, IRaMuTeQ). */
  public ExchangeQueries exchangeQueries() {
    return new ExchangeQueries(connection);
  }

  public MemoQueries memoQueries() {
    return new MemoQueries(connection);
  }

  /** The content-lemma counts the coding runs stored, for word specificities. */
  public LemmaCounts lemmaCounts() {
    return new LemmaCounts(connection);
  }

  /** The atelier's accounts (read; write them in a {@link StoreTransaction}). */
  public People people() {
    return new People(connection);
  }

  /** The Reinert classification (read; write it in a {@link StoreTransaction}). */
  public LexicalClasses lexicalClasses() {
    return new LexicalClasses(connection);
  }

  /** The atelier's discussion (read; write it in a {@link StoreTransaction}). */
  public Discussions discussions() {
    return new Discussions(connection);
  }

  /** Blinded parallel coding (read; write it in a {@link StoreTransaction}). */
  public Assignments assignments() {
    return new Assignments(connection);
  }

  /** Which segments a coding action reaches: a speaker's turns, a section, the next one not coded. */
  public CodingTargets codingTargets() {
    return new CodingTargets(connection);
  }

  /** People's coding actions, read (write them in a {@link StoreTransaction}). */
  public CodingActions codingActions() {
    return new CodingActions(connection, new StoreChanges(), new Evidences(connection));
  }

  /** The codebooks' versions (read; write them in a {@link StoreTransaction}). */
  public CodebookHistory codebookHistory() {
    return new CodebookHistory(connection, null);
  }

  /** What people changed through the atelier (written by {@link StoreTransaction#audit}). */
  public AuditLog auditLog() {
    return new AuditLog(connection);
  }

  /** Counts the changes made to segments; the index records the generation it reflects. */
  public long generation() {
    try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM meta WHERE key = 'generation'");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
    } catch (SQLException e) {
      throw storeError(e);
    }
  }

  /**
   * How many write transactions the store has committed (every one moves it on by one, whichever
   * process made it): a reader that knows the number its results were computed at knows whether
   * they still hold without reading anything else.
   */
  public long changeNumber() {
    try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM meta WHERE key = '"
        + StoreTransaction.CHANGES + "'"); ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
    } catch (SQLException e) {
      throw storeError(e);
    }
  }

  /**
   * Runs {@code reads} in one read transaction: everything it reads is the store at one moment,
   * whatever another process commits meanwhile (SQLite in WAL mode keeps the reader's snapshot).
   */
  public <T> T inOneRead(java.util.function.Supplier<T> reads) {
    try {
      connection.setAutoCommit(false);
      try {
        return reads.get();
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw storeError(e);
    }
  }

  public Path file() {
    return file;
  }

  static StudyException storeError(SQLException e) {
    return new StudyException(storeProblem(STORE_FILE, e), e);
  }

  /**
   * True when {@code e} says another program holds the store's write lock (another {@code parole
   * code --shard}, an import): the caller may wait and try again.
   */
  public static boolean busy(RuntimeException e) {
    return e.getCause() instanceof SQLException sql && ((sql.getErrorCode() & 0xFF) == BUSY
        || (sql.getErrorCode() & 0xFF) == LOCKED);
  }

  /** The store as users find it in their study folder. */
  static final String STORE_FILE = ".parole/study.db";
  /** SQLite's primary result codes that a user can do something about. */
  private static final int BUSY = 5;
  private static final int LOCKED = 6;
  private static final int READONLY = 8;
  private static final int FULL = 13;
  private static final int CANTOPEN = 14;

  /** What went wrong with the store {@code file}, and what to do, in French. */
  static String storeProblem(Object file, SQLException e) {
    return switch (e.getErrorCode() & 0xFF) {
      case BUSY, LOCKED -> "le stockage de l'étude (" + file + ") est verrouillé par un autre programme (une autre "
          + "commande parole, l'atelier, un outil SQLite) : attendez qu'il ait fini ou fermez-le, puis relancez.";
      case READONLY -> "le stockage de l'étude (" + file + ") est en lecture seule : donnez le droit d'écrire sur "
          + "le dossier .parole et ses fichiers, ou copiez l'étude dans un dossier où vous pouvez écrire.";
      case CANTOPEN -> "impossible d'ouvrir le stockage de l'étude (" + file + ") : vérifiez que le dossier .parole "
          + "existe et que vous pouvez y écrire.";
      case FULL -> "le disque est plein : le stockage de l'étude (" + file + ") ne peut plus grandir. Libérez de "
          + "la place, puis relancez.";
      default -> "erreur du stockage de l'étude (" + file + ") : " + ParoleException.excerpt(e.getMessage());
    };
  }

  /**
   * This connection's commits no longer copy the write-ahead log into the store file (SQLite's
   * automatic checkpoint): a coding run's commit of millions of rows spent most of its time there,
   * on the command's path. Whoever asks for this runs {@link #checkpoint()} on another connection,
   * opened before this one closes (the last connection to close copies what is left).
   */
  public void leaveCheckpoints() {
    pragma("PRAGMA wal_autocheckpoint = 0");
  }

  /**
   * Copies the write-ahead log into the store file as far as readers allow, without waiting for
   * them (SQLite's passive checkpoint): readers and writers go on meanwhile.
   */
  public void checkpoint() {
    pragma("PRAGMA wal_checkpoint(PASSIVE)");
  }

  private void pragma(String sql) {
    try (Statement st = connection.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw storeError(e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw storeError(e);
    }
  }
}
