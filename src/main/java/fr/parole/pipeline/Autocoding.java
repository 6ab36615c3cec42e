package fr.parole.pipeline;

import fr.parole.ParoleException;
import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookException;
import fr.parole.index.KwicLine;
import fr.parole.index.SearchRequest;
import fr.parole.study.CodingActions.StoredCoding;
import fr.parole.study.CodingTargets;
import fr.parole.study.NewCoding;
import fr.parole.study.SourceRecord;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyConfig;
import fr.parole.study.StudyStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Autocoding: one code applied in one action to every turn of a speaker, every segment of a
 * section (the value of the attribute study.yaml's {@code sections:} sets, or the heading's title),
 * or every segment a search finds (whole segments, the Lucene query of {@code parole search}), in
 * one document or the whole study. The codings are the acting person's, human and accepted, each
 * with the query in its evidence; a segment a person already coded with that code is left as it
 * is. First {@link #plan} (how many segments, to confirm), then {@link #apply}: one transaction,
 * one undoable action ({@link CodingHistory}), one audit row.
 */
public final class Autocoding {
  private static final int LISTED = 12;

  /** By what segments are chosen. */
  public enum By {
    SPEAKER("locuteur"), SECTION("section"), QUERY("recherche");

    private final String word;

    By(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  /** What to autocode: by what, the speaker, section or query, and the document (null: the whole study). */
  public record Target(By by, String value, Long sourceId) {}

  /**
   * What an autocode would do: the segments it codes, how many it leaves because a person already
   * coded them with the code, and the query in words (also the codings' evidence).
   */
  public record Plan(Codebook codebook, String code, Target target, List<Long> toCode, int alreadyCoded,
      String query) {
    public String codeLabel() {
      return CodingHistory.labels(codebook, List.of(code));
    }
  }

  private final Pipeline pipeline;
  private final Documents documents;

  public Autocoding(Pipeline pipeline) {
    this.pipeline = pipeline;
    this.documents = new Documents();
  }

  /** The segments {@code target} reaches in the sources coded with {@code codebook}, and those left alone. */
  public Plan plan(Study study, Codebook codebook, String code, Target target) {
    if (code == null || codebook.code(code).isEmpty()) {
      throw new CodebookException("Code inconnu « " + code + " » dans le livre de codes « " + codebook.label()
          + " » (" + codebook.id() + ") : attendu dimension/code, par exemple " + codebook.codes().get(0).path() + ".");
    }
    String value = target.value() == null ? "" : target.value().strip();
    if (value.isEmpty()) {
      throw new ParoleException("Autocodage : " + switch (target.by()) {
        case SPEAKER -> "le locuteur est vide (attendu un nom de locuteur, par exemple « CGS 3 »).";
        case SECTION -> "la section est vide (attendu une valeur de section ou le titre d'une section).";
        case QUERY -> "la requête est vide (attendu des mots, par exemple « manque de temps »).";
      });
    }
    Set<Long> sources = documents.sources(study).stream()
        .filter(s -> target.sourceId() == null || s.id() == target.sourceId())
        .filter(s -> documents.codebookOf(study, s).map(b -> b.id().equals(codebook.id())).orElse(false))
        .map(SourceRecord::id).collect(Collectors.toSet());
    List<Long> reached;
    String query;
    try (StudyStore store = study.openStore()) {
      CodingTargets targets = store.codingTargets();
      switch (target.by()) {
        case SPEAKER -> {
          reached = inSources(targets.bySpeaker(value, target.sourceId()), sources);
          if (reached.isEmpty()) {
            throw new ParoleException("Autocodage : aucun tour de « " + value + " »" + scope(target) + ". Locuteurs : "
                + listed(targets.speakers(target.sourceId())) + ".");
          }
          query = "locuteur « " + value + " »";
        }
        case SECTION -> {
          StudyConfig.SectionSpec sections = study.config().sections();
          if (sections == null || sections.attribute() == null) {
            throw new ParoleException("Autocodage par section : study.yaml n'a pas de « sections: » (l'attribut que "
                + "donnent les titres de section).");
          }
          String attribute = sections.attribute();
          String section = sections.values().getOrDefault(value, value);
          reached = inSources(targets.byAttribute(attribute, section, target.sourceId()), sources);
          if (reached.isEmpty()) {
            throw new ParoleException("Autocodage : aucune section « " + value + " »" + scope(target) + ". Sections ("
                + attribute + ") : " + listed(targets.values(attribute, target.sourceId())) + ".");
          }
          query = "section « " + value + " »";
        }
        default -> {
          reached = null;
          query = "recherche « " + value + " »";
        }
      }
    }
    if (reached == null) {
      reached = hits(study, value, target.sourceId(), sources);
    }
    try (StudyStore store = study.openStore()) {
      Set<Long> coded = store.codingTargets().codedByPeople(codebook.id(), code, reached);
      List<Long> toCode = reached.stream().filter(id -> !coded.contains(id)).toList();
      return new Plan(codebook, code, target, toCode, coded.size(), query);
    }
  }

  /**
   * Codes the plan's segments as {@code person}'s codings, in one transaction with its undoable
   * action and audit row; a segment a person coded with the code since the plan is left alone.
   * Returns how many segments were coded.
   */
  public int apply(Study study, Plan plan, String person) {
    String where = plan.target().sourceId() == null ? "toute l'étude" : documents.source(study,
        plan.target().sourceId()).map(SourceRecord::path).orElse("un document");
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      Set<Long> coded = store.codingTargets().codedByPeople(plan.codebook().id(), plan.code(), plan.toCode());
      List<StoredCoding> added = new ArrayList<>();
      for (long segment : plan.toCode()) {
        if (!coded.contains(segment)) {
          added.add(tx.codingActions().insert(new NewCoding(segment, plan.codebook().id(), plan.code(), person.strip(),
              "human", null, "accepted", "autocodage : " + plan.query(), null, null)));
        }
      }
      String label = "Autocodage " + plan.codeLabel() + ", " + plan.query() + " : " + added.size() + " segment(s)";
      tx.codingActions().record(person, "autocoder", label, added, List.of());
      tx.audit(person, "document.autocoder", plan.code(), plan.code() + ", " + plan.query() + ", " + where + " : "
          + added.size() + " segment(s)");
      tx.commit();
      return added.size();
    }
  }

  /** The segments a search finds (whole segments, participants' only), in the sources kept. */
  private List<Long> hits(Study study, String query, Long sourceId, Set<Long> sources) {
    Map<String, Long> ids = pipeline.sourceIds(study);
    Set<Long> found = new LinkedHashSet<>();
    for (KwicLine line : pipeline.search(study, new SearchRequest(query, Map.of(), false, 0, 0)).lines()) {
      Long source = ids.get(line.source());
      if (source != null && sources.contains(source) && (sourceId == null || source.equals(sourceId))) {
        found.add(line.segmentId());
      }
    }
    if (found.isEmpty()) {
      throw new ParoleException("Autocodage : la recherche « " + query + " » ne trouve aucun segment" + (sourceId == null
          ? "" : " dans ce document") + " codé avec ce livre de codes.");
    }
    return List.copyOf(found);
  }

  private static List<Long> inSources(List<CodingTargets.Reached> segments, Set<Long> sources) {
    return segments.stream().filter(r -> sources.contains(r.sourceId())).map(CodingTargets.Reached::segmentId).toList();
  }

  private static String scope(Target target) {
    return target.sourceId() == null ? " dans l'étude" : " dans ce document";
  }

  private static String listed(List<String> values) {
    return values.isEmpty() ? "aucun" : values.stream().limit(LISTED).map(v -> "« " + v + " »")
        .collect(Collectors.joining(", ")) + (values.size() > LISTED ? "…" : "");
  }

  /** The sources whose codebook is this one (the atelier offers autocoding only there). */
  public Optional<Codebook> codebookOf(Study study, SourceRecord source) {
    return documents.codebookOf(study, source);
  }
}
