package fr.parole.pipeline;

import fr.parole.coding.Codebook;
import fr.parole.study.AuditEntry;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each person did in the study, read from the audit log ({@code audit_log}) in words: the
 * action as a verb, codes by their labels, a segment as its document and line (with its id, for a
 * link to it). Newest first.
 */
public final class Activity {
  private static final Pattern SEGMENT = Pattern.compile("segment (\\d+)");
  private static final Pattern CODE_PATH = Pattern.compile("[\\p{L}\\p{N}_.-]+/[\\p{L}\\p{N}_./-]+");
  private static final Map<String, String> VERBS = Map.ofEntries(
      Map.entry("document.coder", "a codé un segment"),
      Map.entry("document.retirer", "a retiré un codage"),
      Map.entry("document.autocoder", "a autocodé"),
      Map.entry("codage.annuler", "a annulé"),
      Map.entry("codage.retablir", "a rétabli"),
      Map.entry("memo.ajouter", "a écrit un mémo"),
      Map.entry("memo.modifier", "a modifié un mémo"),
      Map.entry("memo.supprimer", "a supprimé un mémo"),
      Map.entry("revue.accept", "a accepté une suggestion"),
      Map.entry("revue.reject", "a rejeté une suggestion"),
      Map.entry("revue.recode", "a recodé une suggestion"),
      Map.entry("commentaire", "a commenté"),
      Map.entry("proposition", "a proposé un code"),
      Map.entry("réponse", "a répondu dans la discussion"),
      Map.entry("proposition-acceptée", "a accepté une proposition"),
      Map.entry("proposition-refusée", "a refusé une proposition"),
      Map.entry("compte-ajouté", "a ajouté un compte"),
      Map.entry("compte-supprimé", "a supprimé un compte"),
      Map.entry("connexion-refusée", "connexion refusée"),
      Map.entry("classes", "a lancé une classification lexicale"),
      Map.entry("classes:code", "a codé une classe lexicale"),
      Map.entry("import-project", "a importé un projet (.qdpx)"),
      Map.entry("fusion", "a fusionné une autre étude"),
      Map.entry("affectation", "a créé une affectation de codage en aveugle"),
      Map.entry("affectation-close", "a clos une affectation de codage en aveugle"),
      Map.entry("résolution", "a tranché un désaccord"),
      Map.entry("codage-aveugle", "a codé en aveugle"),
      Map.entry("codage-aveugle-retiré", "a retiré un codage en aveugle"));
  /** A change of a codebook is audited as this prefix and the change's name (« renommage », « fusion »…). */
  private static final String CODEBOOK_CHANGE = "livre-de-codes:";

  private final Pipeline pipeline;

  public Activity(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** One action in words; {@code segment} is the segment it was about, if any (null otherwise). */
  public record Entry(String at, String person, String action, String detail, Long segment, String where) {}

  /** The people on record, and the entries asked for. */
  public record Log(List<String> people, List<Entry> entries) {}

  /** The latest {@code limit} actions of {@code person} (everybody's when null). */
  public Log log(Study study, String person, int limit) {
    Map<String, String> labels = new HashMap<>();
    for (Codebook book : pipeline.namedCodebooks(study).values()) {
      for (fr.parole.coding.Code c : book.codes()) {
        String label = c.label() == null ? c.id() : c.label();
        labels.putIfAbsent(c.path(), label);
        labels.putIfAbsent(book.id() + "/" + c.path(), label); // a proposal's code, written with its codebook
      }
    }
    try (StudyStore store = study.openStore()) {
      List<Entry> entries = store.auditLog().latest(person, limit).stream().map(e -> entry(e, labels, store)).toList();
      return new Log(store.auditLog().people(), entries);
    }
  }

  /** An audited action in words: a verb, never the action's id. */
  static String verb(String action) {
    if (action.startsWith(CODEBOOK_CHANGE)) {
      return "a changé un livre de codes (" + action.substring(CODEBOOK_CHANGE.length()) + ")";
    }
    return VERBS.getOrDefault(action, action);
  }

  private static Entry entry(AuditEntry e, Map<String, String> labels, StudyStore store) {
    String verb = verb(e.action());
    String detail = e.detail() == null ? "" : e.detail();
    Matcher code = CODE_PATH.matcher(detail);
    StringBuilder readable = new StringBuilder();
    while (code.find()) {
      String label = labels.get(code.group());
      code.appendReplacement(readable, Matcher.quoteReplacement(label == null ? code.group() : "« " + label + " »"));
    }
    code.appendTail(readable);
    Long segment = null;
    String where = "";
    Matcher about = SEGMENT.matcher((e.target() == null ? "" : e.target()) + " " + detail);
    if (about.find()) {
      segment = Long.valueOf(about.group(1));
      where = store.segmentQueries().segment(segment).map(CodingHistory::where).orElse("segment supprimé depuis");
      readable = new StringBuilder(SEGMENT.matcher(readable).replaceAll("").replaceAll("^[ ,]+", ""));
    }
    if (e.action().startsWith("codage.") && readable.isEmpty()) {
      readable.append(e.target());
    }
    return new Entry(day(e.at()), e.person(), verb, readable.toString(), segment, where);
  }

  /** An ISO 8601 time as a French date, to the minute. */
  static String day(String at) {
    return at == null || at.length() < 16 ? String.valueOf(at) : at.substring(8, 10) + "/" + at.substring(5, 7) + "/"
        + at.substring(0, 4) + " à " + at.substring(11, 16);
  }
}
