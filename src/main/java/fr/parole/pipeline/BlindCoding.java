package fr.parole.pipeline;

import fr.parole.coding.Codebook;
import fr.parole.coding.StudyAgreement;
import fr.parole.coding.agreement.AppliedCode;
import fr.parole.coding.agreement.TeamAgreement;
import fr.parole.coding.agreement.TeamAgreement.TeamReport;
import fr.parole.index.KwicLine;
import fr.parole.index.SearchRequest;
import fr.parole.study.Assignments.Assignment;
import fr.parole.study.Assignments.Resolution;
import fr.parole.study.CodingRecord;
import fr.parole.study.NewCoding;
import fr.parole.study.PersonAccount;
import fr.parole.study.SegmentRecord;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyException;
import fr.parole.study.StudyStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Blinded parallel coding: a researcher assigns segments (of a source, the hits of a search, or a
 * seeded random sample) to two or more coders; while the assignment is open each codes them
 * without seeing the others' codings nor the machine's suggestions on them ({@link #checkMaySee});
 * then agreement of the whole team per code ({@code coding.agreement.TeamAgreement}) and per pair
 * of coders ({@code coding.StudyAgreement}, as {@code parole agreement}),
 * the disagreements side by side, and a resolution per disagreement that becomes the reference
 * coding (a human coding by the one who decided, who and when recorded); the coders' codings stay.
 */
public final class BlindCoding {
  /** Hits of a search assigned at most. */
  static final int MAX_HITS = 100_000;

  private final Pipeline pipeline;

  public BlindCoding(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Which segments: those of one source, the hits of a search, or a random sample of {@code sample}. */
  public record Selection(String source, String query, Integer sample, long seed) {
    String described() {
      return source != null ? "source " + source : query != null ? "recherche « " + query + " »"
          : "échantillon aléatoire de " + sample + " (graine " + seed + ")";
    }
  }

  /** Agreement of one pair of coders on the assignment's segments, and where they disagree. */
  public record Pair(String coderA, String coderB, AgreementResult result) {}

  /**
   * An assignment's agreement: the whole team's (one figure per code, {@code TeamAgreement}), then
   * per pair of coders as detail, with the resolutions made so far.
   */
  public record AssignmentAgreement(Assignment assignment, Codebook codebook, TeamReport team, List<Pair> pairs,
      List<Resolution> resolutions) {}

  /** Creates an assignment of segments to coders (people of the study who may code: see {@link #checkCoders}). */
  public Assignment assign(Study study, String by, String codebookName, List<String> coders, Selection selection) {
    Codebook codebook = Pipeline.codebook(study, codebookName);
    checkCoders(study, coders);
    try (StudyStore store = study.openStore()) {
      List<Long> segments = select(study, store, selection);
      try (StoreTransaction tx = store.begin()) {
        long id = tx.assignments().create(codebook.id(), selection.described(), by, now(), segments, coders);
        tx.audit(by, "affectation", "affectation:" + id, segments.size() + " segment(s), " + String.join(", ", coders));
        tx.commit();
        return store.assignments().find(id).orElseThrow();
      }
    }
  }

  /** Coders: at least two different people of the study, each a researcher or a co-researcher allowed to review. */
  private static void checkCoders(Study study, List<String> coders) {
    if (coders.size() < 2 || new HashSet<>(coders).size() != coders.size()) {
      throw new StudyException("Une affectation demande au moins deux codeurs différents (reçu : "
          + String.join(", ", coders) + ").");
    }
    Map<String, PersonAccount> people = new LinkedHashMap<>();
    new Accounts().list(study).forEach(p -> people.put(p.name(), p));
    for (String coder : coders) {
      PersonAccount account = people.get(coder);
      if (account == null) {
        throw new StudyException("« " + coder + " » n'est pas une personne de l'étude : créez son compte (parole"
            + " atelier <étude> --add-user " + coder + " --role co-chercheur --may-review).");
      }
      if (!"chercheur".equals(account.role()) && !("co-chercheur".equals(account.role()) && account.mayReview())) {
        throw new StudyException("« " + coder + " » ne peut pas coder (rôle " + account.role() + (account.mayReview()
            ? "" : ", sans droit de relecture") + ") : un codeur est chercheur, ou co-chercheur autorisé à relire.");
      }
    }
  }

  private List<Long> select(Study study, StudyStore store, Selection s) {
    int given = (s.source() != null ? 1 : 0) + (s.query() != null ? 1 : 0) + (s.sample() != null ? 1 : 0);
    if (given != 1) {
      throw new StudyException("Choisissez les segments d'une seule façon : une source, une recherche ou un"
          + " échantillon aléatoire.");
    }
    List<Long> segments;
    if (s.source() != null) {
      segments = store.assignments().segmentsOfSource(s.source());
      if (segments.isEmpty()) {
        throw new StudyException("Aucun segment à coder dans la source « " + s.source() + " » (chemin attendu tel que"
            + " parole status l'écrit, ex. entretiens/P1.md).");
      }
    } else if (s.query() != null) {
      Set<Long> hits = new LinkedHashSet<>();
      for (KwicLine line : pipeline.search(study, new SearchRequest(s.query(), Map.of(), false, MAX_HITS, 0)).lines()) {
        hits.add(line.segmentId());
      }
      if (hits.isEmpty()) {
        throw new StudyException("La recherche « " + s.query() + " » ne trouve aucun segment : rien à affecter.");
      }
      segments = new ArrayList<>(hits);
    } else {
      List<Long> all = new ArrayList<>(store.assignments().analysedSegments());
      if (s.sample() < 1 || s.sample() > all.size()) {
        throw new StudyException("Échantillon de " + s.sample() + " segments impossible : l'étude en a " + all.size()
            + " à coder (attendu entre 1 et " + all.size() + ").");
      }
      Collections.shuffle(all, new Random(s.seed()));
      segments = new ArrayList<>(all.subList(0, s.sample()));
    }
    Collections.sort(segments);
    return segments;
  }

  public List<Assignment> assignments(Study study) {
    try (StudyStore store = study.openStore()) {
      return store.assignments().all();
    }
  }

  public Assignment assignment(Study study, long id) {
    try (StudyStore store = study.openStore()) {
      return store.assignments().find(id).orElseThrow(() -> new StudyException("Affectation n° " + id
          + " inconnue dans cette étude (parole assign " + study.name() + " --list les liste)."));
    }
  }

  /** The segments {@code person} codes blind now. */
  public Set<Long> blindedSegments(Study study, String person) {
    try (StudyStore store = study.openStore()) {
      return new LinkedHashSet<>(store.assignments().blindedSegments(person));
    }
  }

  /** The sources holding a segment {@code person} codes blind now. */
  public Set<Long> blindedSources(Study study, String person) {
    try (StudyStore store = study.openStore()) {
      return new LinkedHashSet<>(store.assignments().blindedSources(person));
    }
  }

  /** A segment to code blind, with the codes this coder put on it so far (theirs only). */
  public record ToCode(SegmentRecord segment, List<CodingRecord> ownCodings) {}

  /**
   * The assignment's segments as {@code person} codes them: each with their own codes only (never
   * another coder's, never the machine's). Refused unless they are a coder of this open assignment.
   */
  public List<ToCode> toCode(Study study, long id, String person) {
    Assignment assignment = checkCoder(study, id, person);
    try (StudyStore store = study.openStore()) {
      Map<Long, List<CodingRecord>> own = new LinkedHashMap<>();
      store.codingQueries().codings(assignment.codebook()).stream()
          .filter(c -> c.coder().equals(person) && "human".equals(c.origin()) && c.applied())
          .forEach(c -> own.computeIfAbsent(c.segmentId(), k -> new ArrayList<>()).add(c));
      List<ToCode> list = new ArrayList<>();
      for (long segment : store.assignments().segments(id)) {
        store.segmentQueries().segment(segment)
            .ifPresent(s -> list.add(new ToCode(s, own.getOrDefault(segment, List.of()))));
      }
      return list;
    }
  }

  /** {@code person} codes a segment of their open assignment by hand (one transaction with its audit row). */
  public void code(Study study, long id, String person, long segmentId, List<String> codes) {
    Assignment assignment = checkCoder(study, id, person);
    try (StudyStore store = study.openStore()) {
      if (!store.assignments().segments(id).contains(segmentId)) {
        throw new StudyException("Le segment " + segmentId + " n'est pas dans l'affectation n° " + id + ".");
      }
      Codebook codebook = codebookOf(study, assignment);
      new fr.parole.coding.ManualCoding(codebook).code(store, segmentId, codes, person, null, null, false,
          "codage en aveugle, affectation n° " + id, tx -> tx.audit(person, "codage-aveugle", "segment:" + segmentId,
              String.join(", ", codes)));
    }
  }

  /** {@code person} withdraws a coding of theirs on a segment of their open assignment; false when it is not theirs. */
  public boolean withdraw(Study study, long id, String person, long codingId) {
    checkCoder(study, id, person);
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      boolean removed = tx.codings().deleteOwn(codingId, person);
      if (removed) {
        tx.audit(person, "codage-aveugle-retiré", "codage:" + codingId, "affectation n° " + id);
        tx.commit();
      }
      return removed;
    }
  }

  private Assignment checkCoder(Study study, long id, String person) {
    Assignment assignment = assignment(study, id);
    if (!assignment.coders().contains(person) || !assignment.open()) {
      throw new BlindedException(assignment.open() ? "Vous n'êtes pas codeur de l'affectation n° " + id + "."
          : "L'affectation n° " + id + " est close : on n'y code plus.");
    }
    return assignment;
  }

  /**
   * Refuses a blinded coder a view of others' codings (or the machine's suggestions) on a segment an
   * open assignment of theirs holds.
   */
  public void checkMaySee(Study study, String person, long segmentId) {
    try (StudyStore store = study.openStore()) {
      if (store.assignments().blinds(person, segmentId)) {
        throw new BlindedException("Vous codez ce segment en aveugle (affectation en cours) : les codages des autres"
            + " et les suggestions de la machine vous seront visibles quand le chercheur aura clos l'affectation.");
      }
    }
  }

  /** Agreement of the team, then of each pair of coders, on the assignment's segments (all codings of the codebook on them). */
  public AssignmentAgreement agreement(Study study, long id) {
    Assignment assignment = assignment(study, id);
    Codebook codebook = codebookOf(study, assignment);
    try (StudyStore store = study.openStore()) {
      Set<Long> segments = new HashSet<>(store.assignments().segments(id));
      List<CodingRecord> codings = store.codingQueries().codings(codebook.id()).stream()
          .filter(c -> segments.contains(c.segmentId()) && assignment.coders().contains(c.coder())).toList();
      List<Pair> pairs = new ArrayList<>();
      List<String> coders = assignment.coders();
      for (int i = 0; i < coders.size(); i++) {
        for (int j = i + 1; j < coders.size(); j++) {
          StudyAgreement agreement = new StudyAgreement();
          List<StudyAgreement.Disagreement> disagreements = agreement.disagreements(codings, coders.get(i),
              coders.get(j));
          Map<Long, SegmentRecord> shown = new LinkedHashMap<>();
          disagreements.forEach(d -> store.segmentQueries().segment(d.segmentId())
              .ifPresent(s -> shown.put(s.id(), s)));
          pairs.add(new Pair(coders.get(i), coders.get(j), new AgreementResult(agreement.compare(codings,
              coders.get(i), coders.get(j)), disagreements, shown, codebook)));
        }
      }
      TeamReport team = TeamAgreement.compare(codings.stream().filter(c -> c.applied() && c.code().indexOf('/') > 0)
          .map(c -> new AppliedCode(String.valueOf(c.segmentId()), c.coder(), c.code())).toList(), coders);
      return new AssignmentAgreement(assignment, codebook, team, pairs, store.assignments().resolutions(id));
    }
  }

  /**
   * Settles a disagreement: the codes retained in {@code dimension} for the segment become the
   * reference (accepted by {@code by}), the others the coders put there rejected by {@code by}; the
   * resolution is recorded with who and when, with its audit row, in one transaction. Refused when
   * the segment is not the assignment's or someone already settled it.
   */
  public void resolve(Study study, long id, long segmentId, String dimension, List<String> codes, String by) {
    AssignmentAgreement agreement = agreement(study, id);
    Codebook codebook = agreement.codebook();
    for (String code : codes) {
      if (codebook.code(code).filter(c -> c.dimension().equals(dimension)).isEmpty()) {
        throw new StudyException("Code inconnu « " + code + " » dans la dimension « " + dimension + " » du livre « "
            + codebook.id() + " ».");
      }
    }
    Set<String> proposed = new LinkedHashSet<>();
    agreement.pairs().forEach(p -> p.result().disagreements().stream()
        .filter(d -> d.segmentId() == segmentId && d.dimension().equals(dimension)).forEach(d -> {
          proposed.addAll(d.codesA());
          proposed.addAll(d.codesB());
        }));
    if (proposed.isEmpty()) {
      throw new StudyException("Le segment " + segmentId + " n'est pas un désaccord de l'affectation n° " + id
          + " dans la dimension « " + dimension + " ».");
    }
    String evidence = "résolution de l'affectation n° " + id;
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      if (!tx.assignments().resolve(id, new Resolution(segmentId, dimension, codes, by, now()))) {
        throw new StudyException("Ce désaccord a déjà été tranché (segment " + segmentId + ", dimension « " + dimension
            + " ») : sa décision est gardée.");
      }
      for (String code : codes) {
        tx.codings().add(new NewCoding(segmentId, codebook.id(), code, by, "human", null, "accepted", evidence, null,
            null));
      }
      for (String code : proposed) {
        if (!codes.contains(code)) {
          tx.codings().add(new NewCoding(segmentId, codebook.id(), code, by, "human", null, "rejected", evidence, null,
              null));
        }
      }
      tx.audit(by, "résolution", "affectation:" + id, "segment " + segmentId + ", " + dimension + " : "
          + (codes.isEmpty() ? "aucun code" : String.join(", ", codes)));
      tx.commit();
    }
  }

  /** Closes an assignment: its coders see everyone's codings again. False when it was closed already. */
  public boolean close(Study study, long id, String by) {
    assignment(study, id);
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      boolean closed = tx.assignments().close(id, by, now());
      if (closed) {
        tx.audit(by, "affectation-close", "affectation:" + id, null);
        tx.commit();
      }
      return closed;
    }
  }

  private Codebook codebookOf(Study study, Assignment assignment) {
    Codebook named = pipeline.namedCodebooks(study).get(assignment.codebook());
    return named != null ? named : Pipeline.codebook(study, assignment.codebook());
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** A blinded coder asked for what the blinding hides (the atelier answers 403). */
  public static final class BlindedException extends fr.parole.ParoleException {
    private static final long serialVersionUID = 1L;

    public BlindedException(String message) {
      super(message);
    }
  }
}
