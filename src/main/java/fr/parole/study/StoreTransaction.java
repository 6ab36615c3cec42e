package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One write transaction on the store. Closing it without {@link #commit()} rolls everything
 * back, so a crash, an error or Ctrl-C leaves the study as it was before the command.
 * Per-file savepoints let an import keep the good files of a batch and drop a bad one whole.
 * What is written goes through the writers it hands out ({@link #sources()}, {@link #codings()}…),
 * all on its one connection, so that they commit or roll back together.
 */
public final class StoreTransaction implements AutoCloseable {
  /** The meta key of the store's change number ({@link StudyStore#changeNumber()}). */
  static final String CHANGES = "changes";

  private final Connection connection;
  private final StoreListener listener;
  private final StoreChanges changes = new StoreChanges();
  private final AttributeSets attributeSets;
  private final SourceWriter sources;
  private final Evidences evidences;
  private boolean setsMayBeUnused;
  private Codings codings;
  private Questionnaires questionnaires;
  private DeferredIndexes deferred;
  private boolean done;

  StoreTransaction(Connection connection, StoreListener listener) {
    this.connection = connection;
    this.listener = listener;
    try {
      connection.setAutoCommit(false);
      attributeSets = new AttributeSets(connection);
      sources = new SourceWriter(connection, changes, attributeSets, () -> setsMayBeUnused = true);
      evidences = new Evidences(connection);
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
    listener.begun();
  }

  /** Codings written in this transaction. */
  public Codings codings() {
    try {
      if (codings == null) {
        codings = new Codings(connection, changes, evidences);
      }
      return codings;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The machine's pending suggestions of a few segments, scored again by a retrained model. */
  public SuggestionWindow suggestionWindow() {
    return new SuggestionWindow(connection, changes, evidences);
  }

  /** Codebook versions and the codings they move, written in this transaction. */
  public CodebookHistory codebookHistory() {
    return new CodebookHistory(connection, changes);
  }

  /** The memos, discussion, thresholds and undo journal that name a code, following its id (codebook13). */
  public CodeReferences codeReferences() {
    return new CodeReferences(connection);
  }

  /**
   * A writer of content-lemma counts, stamped with the store's current generation; close it (or
   * {@link LemmaValueWriter#flush()}) before commit.
   */
  public LemmaValueWriter lemmaValues() {
    changes.broad();
    try {
      return new LemmaValueWriter(connection, meta("generation").map(Long::parseLong).orElse(0L));
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Which sources each codebook coded, and with what, written in this transaction (incremental coding). */
  public CodedSources codedSources() {
    return new CodedSources(connection);
  }

  /** Questionnaire respondents and answers written in this transaction. */
  public Questionnaires questionnaires() {
    changes.broad();
    if (questionnaires == null) {
      questionnaires = new Questionnaires(connection, attributeSets, () -> setsMayBeUnused = true);
    }
    return questionnaires;
  }

  /** The sources, their segments and the e-Satis results an import writes in this transaction. */
  public SourceWriter sources() {
    return sources;
  }

  /** The id SQLite gave the row {@code ps} just inserted. */
  static long generatedKey(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  public void savepoint(String name) {
    execute("SAVEPOINT " + name);
  }

  public void rollbackTo(String name) {
    execute("ROLLBACK TO " + name);
    attributeSets.forget();
    evidences.forget();
    execute("RELEASE " + name);
  }

  public void release(String name) {
    execute("RELEASE " + name);
  }

  /** People's coding actions (undo, redo) and the codings they touch, written in this transaction. */
  public CodingActions codingActions() {
    return new CodingActions(connection, changes, evidences);
  }

  /** The atelier's accounts, written in this transaction. */
  public People people() {
    return new People(connection);
  }

  /** What a merge brings from another copy of the study ({@code parole merge}), written in this transaction. */
  public MergeWriter merging() {
    codings().flush();
    return new MergeWriter(connection, changes, evidences);
  }

  /** Blinded parallel coding: assignments and resolutions, written in this transaction. */
  public Assignments assignments() {
    return new Assignments(connection);
  }

  /** Memos edited or deleted (their earlier texts kept), in this transaction. */
  public MemoEdits memoEdits() {
    return new MemoEdits(connection);
  }

  /** The Reinert classification (parole classes), written in this transaction. */
  public LexicalClasses lexicalClasses() {
    return new LexicalClasses(connection);
  }

  /** The atelier's discussion, written in this transaction. */
  public Discussions discussions() {
    return new Discussions(connection);
  }

  /** Appends to the event log; {@code detail} is a JSON object. */
  public void logEvent(String kind, String detail) {
    update(connection, "INSERT INTO events (at, kind, detail) VALUES (?, ?, ?)", now(), kind, detail);
  }

  /**
   * Writes who changed what through the atelier (never updated or deleted), in this transaction:
   * the change and its audit row are committed together or not at all.
   */
  public void audit(String person, String action, String target, String detail) {
    update(connection, "INSERT INTO audit_log (at, person, action, target, detail) VALUES (?, ?, ?, ?, ?)", now(),
        person, action, target, detail);
  }

  /** Adds a memo on a segment, a source, a code or the study; returns its id. */
  public long addMemo(String targetKind, String target, String author, String text) {
    return insert(connection, "INSERT INTO memos (target_kind, target, author, at, text) VALUES (?, ?, ?, ?, ?)",
        targetKind, target, author, now(), text);
  }

  /** A value of the store's meta table, if set. */
  public Optional<String> meta(String key) {
    return new StoreQueries(connection).meta(key);
  }

  public void setMeta(String key, String value) {
    changes.broad();
    update(connection, "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET"
        + " value = excluded.value", key, value);
  }

  /**
   * Says what this change is, for the readers that follow this process's changes (the review
   * queue's counts follow its own decisions by their tag): told with the commit, never stored.
   */
  public void tag(String tag) {
    changes.tag(tag);
  }

  /** The number of the person whose name compares as {@code key}: given once, kept for the study's life. */
  public int pseudonym(String key) {
    try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO pseudonyms (key) VALUES (?)");
        PreparedStatement select = connection.prepareStatement("SELECT id FROM pseudonyms WHERE key = ?")) {
      insert.setString(1, key);
      insert.executeUpdate();
      select.setString(1, key);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Marks that segments changed, so the index knows it must follow. */
  public void bumpGeneration() {
    changes.broad();
    execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'");
  }

  /**
   * Takes the store's write lock now rather than at the first write, so that what the transaction
   * reads next cannot change under it (a whole coding run reads, tags and writes for a minute).
   * Busy ({@link StudyStore#busy}) when another process keeps it longer than the busy timeout.
   */
  public void lockForWriting() {
    execute("UPDATE meta SET value = value WHERE key = '" + CHANGES + "'");
  }

  /**
   * Drops the secondary indexes {@code indexes} now and builds them again at the commit: for a
   * transaction that writes many more rows than their tables hold (a first coding run). Reads on
   * those tables meanwhile go without them. Once per transaction.
   */
  public void buildIndexesAtCommit(String... indexes) {
    if (deferred != null) {
      throw new IllegalStateException("index déjà mis de côté dans cette transaction");
    }
    deferred = new DeferredIndexes(connection, List.of(indexes));
  }

  /**
   * Commits, moving the store's change number on by one; returns the number of this change. The
   * listener is told of it with what it changed.
   */
  public long commit() {
    try {
      if (setsMayBeUnused) {
        questionnaires().deleteUnused();
        attributeSets.deleteUnused();
      }
      if (codings != null) {
        codings.flush();
      }
      if (deferred != null) {
        deferred.build();
      }
      if (sources.wroteEsatis() || setsMayBeUnused) {
        try (Statement st = connection.createStatement()) {
          st.execute("DELETE FROM esatis_establishments WHERE finess_geo NOT IN (SELECT finess_geo FROM esatis_results)");
        }
      }
      long change;
      try (Statement st = connection.createStatement()) {
        st.execute("INSERT INTO meta (key, value) VALUES ('" + CHANGES + "', '1') ON CONFLICT (key)"
            + " DO UPDATE SET value = CAST(value AS INTEGER) + 1");
        try (ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE key = '" + CHANGES + "'")) {
          rs.next();
          change = Long.parseLong(rs.getString(1));
        }
      }
      connection.commit();
      done = true;
      listener.committed(change, changes);
      return change;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Runs one statement with its parameters, in order. */
  static void update(Connection connection, String sql, Object... parameters) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, parameters).executeUpdate();
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Inserts one row; returns the id SQLite gave it. */
  static long insert(Connection connection, String sql, Object... parameters) {
    try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(ps, parameters).executeUpdate();
      return generatedKey(ps);
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  static PreparedStatement bind(PreparedStatement ps, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      ps.setObject(i + 1, parameters[i]);
    }
    return ps;
  }

  private void execute(String sql) {
    try (Statement st = connection.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Now, to the second, as the store writes times. */
  static String now() {
    return at(Instant.now().getEpochSecond());
  }

  /** A second since the epoch as the store writes times: {@code 2026-12-04T20:49:30Z}. */
  static String at(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond).toString();
  }

  @Override
  public void close() {
    try {
      sources.close();
      attributeSets.close();
      if (codings != null) {
        codings.close();
      }
      if (!done) {
        connection.rollback();
      }
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    } finally {
      listener.ended();
    }
  }
}
