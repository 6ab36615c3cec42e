package fr.parole.pipeline;

import fr.parole.study.CopiedItems;
import fr.parole.study.CopiedItems.Coding;
import fr.parole.study.CopiedItems.Contents;
import fr.parole.study.CopiedItems.Discussion;
import fr.parole.study.CopiedItems.Memo;
import fr.parole.study.CopiedItems.SegmentKey;
import fr.parole.study.DiscussionItem;
import fr.parole.study.MergeWriter;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyCopy;
import fr.parole.study.StudyException;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Merges two copies of a study coded apart (two laptops, no server): every human coding, review
 * decision, memo and discussion item of the other copy that this one lacks is brought here, with
 * its person and date. One transaction: a failure or Ctrl-C leaves this study as it was; the other
 * copy is only read. Segments are found by content (source hash or path, ordinal, same text), codes
 * by id then label ({@link CodeMatching}). Two decisions on the same segment and code that differ
 * (applied by one person, rejected by another, or by the same person on each laptop) are both kept
 * (each is its person's) and listed as a conflict, which also opens an item of the atelier's
 * discussion on the segment, proposing the code: a researcher settles it there (accepting codes it
 * in their name, declining says no), or a person withdraws their own coding. Machine suggestions
 * are not merged: they are derived, and the next coding run makes them again. Blinded-coding
 * assignments come too (the coders' codings are human codings, merged as such), with their
 * resolutions; two different resolutions of one disagreement are a conflict, listed the same way.
 */
public final class StudyMerge {
  private final Pipeline pipeline;

  public StudyMerge(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Brings into {@code into} what people did in {@code from}; {@code person} is recorded as who
   * merged (audit row, conflict items). With {@code trial}, says what it would do and writes nothing.
   */
  public MergeReport merge(Path into, Path from, String person, boolean trial) {
    Study here = Study.open(into);
    Study there = Study.open(from);
    String hereName = into.toString();
    String thereName = from.toString();
    if (sameFolder(here.folder(), there.folder())) {
      throw new StudyException("« " + hereName + " » et « " + thereName + " » sont la même étude : donnez deux copies"
          + " différentes (parole merge <étude> <autre-copie>).");
    }
    if (!Files.isRegularFile(here.storeFile())) {
      throw new StudyException("« " + hereName + " » n'a pas de stockage (.parole/study.db introuvable) : importez-la"
          + " d'abord (parole import " + hereName + "), puis relancez la fusion.");
    }
    Contents copy = StudyCopy.read(there.storeFile(), thereName);
    CodeMatching codes = new CodeMatching(pipeline.namedCodebooks(here), hereName, pipeline.namedCodebooks(there),
        thereName);
    try (StudyStore store = here.openStore(); StoreTransaction tx = store.begin();
        MergeWriter writer = tx.merging()) {
      Run run = new Run(writer, codes, hereName, thereName);
      copy.codings().forEach(run::coding);
      copy.memos().forEach(run::memo);
      copy.discussion().forEach(run::discussion);
      copy.assignments().forEach(a -> run.assignment(a, tx, person));
      if (run.located == 0 && run.unlocated > 0) {
        throw new StudyException("Aucun segment codé de « " + thereName + " » ne se retrouve dans « " + hereName
            + " » (sources absentes ou modifiées) : ce ne sont pas deux copies de la même étude. Rien n'a été"
            + " fusionné.");
      }
      List<String> conflicts = run.conflicts(tx, person);
      conflicts.addAll(run.resolutionConflicts);
      MergeReport report = new MergeReport(run.codingsAdded, run.codingsPresent, run.memosAdded, run.memosPresent,
          run.discussionAdded, run.discussionUpdated, run.discussionPresent, run.assignmentsAdded,
          run.assignmentsUpdated, run.resolutionsAdded, conflicts, codes.conflicts(),
          run.leftBehind, !trial);
      if (!trial && report.changedAnything()) {
        tx.audit(person, "fusion", thereName, report.codingsAdded() + " codage(s), " + report.memosAdded()
            + " mémo(s), " + report.discussionAdded() + " message(s), " + report.assignmentsAdded() + " affectation(s), "
            + report.resolutionsAdded() + " résolution(s), " + conflicts.size() + " conflit(s)");
        tx.logEvent("merge", "{\"codings\":" + report.codingsAdded() + ",\"memos\":" + report.memosAdded()
            + ",\"discussion\":" + report.discussionAdded() + ",\"conflicts\":" + conflicts.size() + "}");
        tx.commit();
      }
      return report;
    }
  }

  private static boolean sameFolder(Path a, Path b) {
    try {
      return a.toRealPath().equals(b.toRealPath()) || Files.isSameFile(a, b);
    } catch (IOException e) {
      return a.equals(b);
    }
  }

  /** One merge under way: what it found, added and left behind. */
  private static final class Run {
    private final MergeWriter writer;
    private final CodeMatching codes;
    private final String hereName;
    private final String thereName;
    /** "segment\tcodebook\tcode" of each decision added, where a conflict may have appeared. */
    private final Set<String> touched = new LinkedHashSet<>();
    private final List<String> leftBehind = new ArrayList<>();
    private int located;
    private int unlocated;
    private int codingsAdded;
    private int codingsPresent;
    private int memosAdded;
    private int memosPresent;
    private int discussionAdded;
    private int discussionUpdated;
    private int discussionPresent;
    private int assignmentsAdded;
    private int assignmentsUpdated;
    private int resolutionsAdded;
    private final List<String> resolutionConflicts = new ArrayList<>();

    Run(MergeWriter writer, CodeMatching codes, String hereName, String thereName) {
      this.writer = writer;
      this.codes = codes;
      this.hereName = hereName;
      this.thereName = thereName;
    }

    void coding(Coding c) {
      Optional<Long> segment = segment(c.segment(), "le codage « " + codes.label(c.codebook(), c.code()) + " » de "
          + c.coder() + " (" + day(c.at()) + ")");
      if (segment.isEmpty()) {
        return;
      }
      Optional<String> code = codes.code(c.codebook(), c.code());
      if (code.isEmpty()) {
        codes.leftBehind(c.codebook(), c.code());
        return;
      }
      if (writer.hasDecision(segment.get(), code.get(), c)) {
        codingsPresent++;
        return;
      }
      writer.addCoding(segment.get(), code.get(), c);
      touched.add(segment.get() + "\t" + c.codebook() + "\t" + code.get());
      codingsAdded++;
    }

    void memo(Memo m) {
      Optional<String> target = switch (m.targetKind()) {
        case "segment" -> segment(m.segment(), "le mémo de " + m.author() + " (" + day(m.at()) + ")")
            .map(String::valueOf);
        case "source" -> m.source() == null ? Optional.empty() : writer.source(m.source()).map(String::valueOf);
        case "code" -> codeTarget(m.target());
        default -> Optional.of(m.target());
      };
      if (target.isEmpty()) {
        if (!"segment".equals(m.targetKind())) {
          leftBehind.add("Le mémo de " + m.author() + " (" + day(m.at()) + ") sur " + (m.source() != null
              ? "la source " + m.source().path() : "le code " + m.target()) + " : absent de « " + hereName + " ».");
        }
        return;
      }
      if (writer.hasMemo(m.targetKind(), target.get(), m.author(), m.at(), m.text())) {
        memosPresent++;
      } else {
        writer.addMemo(m.targetKind(), target.get(), m.author(), m.at(), m.text());
        memosAdded++;
      }
    }

    void discussion(Discussion d) {
      DiscussionItem item = d.item();
      Optional<String> target = "segment".equals(item.targetKind())
          ? segment(d.segment(), "le message de " + item.author() + " (" + day(item.at()) + ")").map(String::valueOf)
          : codeTarget(item.target());
      if (target.isEmpty()) {
        if (!"segment".equals(item.targetKind())) {
          leftBehind.add("Le message de " + item.author() + " (" + day(item.at()) + ") sur le code " + item.target()
              + " : code absent de « " + hereName + " ».");
        }
        return;
      }
      Optional<DiscussionItem> mine = writer.discussion(item.targetKind(), target.get(), item.author(), item.at(),
          item.text());
      if (mine.isEmpty()) {
        writer.addDiscussion(proposalMatched(item), target.get());
        discussionAdded++;
      } else if (mine.get().open() && !item.open()) {
        writer.closeDiscussion(mine.get().id(), item);
        discussionUpdated++;
      } else {
        discussionPresent++;
      }
    }

    /**
     * Another copy's assignment: found here by codebook, selection, author and date, else added, with
     * its segments found by content (those not found are listed as left behind), its coders, its
     * closing, and each resolution this study lacks. A disagreement settled differently in each copy
     * keeps this study's decision, is listed as a conflict and opens a discussion item on the segment.
     */
    void assignment(CopiedItems.Assignment a, StoreTransaction tx, String person) {
      String named = "l'affectation « " + a.selection() + " » de " + a.createdBy() + " (" + day(a.createdAt()) + ")";
      List<Long> segments = a.segments().stream().map(k -> segment(k, "un segment de " + named))
          .flatMap(Optional::stream).toList();
      if (segments.isEmpty()) {
        return;
      }
      Optional<Long> mine = writer.assignment(a);
      long id = mine.orElseGet(() -> writer.addAssignment(a));
      boolean changed = false;
      for (long segment : segments) {
        changed |= writer.addAssignmentSegment(id, segment);
      }
      for (String coder : a.coders()) {
        changed |= writer.addAssignmentCoder(id, coder);
      }
      if (mine.isEmpty()) {
        assignmentsAdded++;
      } else if ("closed".equals(a.status()) && writer.closeAssignment(id, a.closedBy(), a.closedAt()) || changed) {
        assignmentsUpdated++;
      }
      for (CopiedItems.Resolution copied : a.resolutions()) {
        // The codes retained, as this study's codebook names them (by id, then by label).
        CopiedItems.Resolution r = new CopiedItems.Resolution(copied.segment(), copied.dimension(),
            copied.codes().isBlank() ? "" : String.join(",", java.util.Arrays.stream(copied.codes().split(","))
                .map(c -> codes.code(a.codebook(), c).orElse(c)).toList()), copied.decidedBy(), copied.decidedAt());
        Optional<Long> segment = segment(r.segment(), "la résolution de " + r.decidedBy() + " (" + day(r.decidedAt())
            + ") dans " + named);
        if (segment.isEmpty()) {
          continue;
        }
        Optional<String> here = writer.resolution(id, segment.get(), r.dimension());
        if (here.isEmpty()) {
          writer.addResolution(id, segment.get(), r);
          resolutionsAdded++;
        } else if (!here.get().split("\t", -1)[0].equals(r.codes())) {
          String[] mineParts = here.get().split("\t", -1);
          String line = writer.place(segment.get()) + ", dimension « " + r.dimension() + " » de " + named
              + " : tranché ici par " + mineParts[1] + " (" + day(mineParts[2]) + ") : " + codesOf(a, mineParts[0])
              + " ; dans « " + thereName + " » par " + r.decidedBy() + " (" + day(r.decidedAt()) + ") : "
              + codesOf(a, r.codes());
          String text = "Conflit de fusion : deux résolutions différentes. " + line + ". La décision d'ici est gardée ;"
              + " discutez-en ici, puis tranchez à nouveau si besoin (codez le segment dans le document).";
          if (!writer.hasDiscussionText("segment", String.valueOf(segment.get()), text)) {
            resolutionConflicts.add(line);
            tx.discussions().add(new DiscussionItem.New("segment", String.valueOf(segment.get()), person,
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), text, null,
                null));
          }
        }
      }
    }

    /** « Levier, Obstacle » from "type/levier,type/obstacle", by this study's labels. */
    private String codesOf(CopiedItems.Assignment a, String retained) {
      if (retained == null || retained.isBlank()) {
        return "aucun code";
      }
      return String.join(", ", java.util.Arrays.stream(retained.split(",")).map(c -> codes.label(a.codebook(), c))
          .toList());
    }

    /** The item with its proposed code as this study's codebook names it (as proposed if none matches). */
    private DiscussionItem proposalMatched(DiscussionItem i) {
      if (i.proposedCode() == null || i.codebook() == null) {
        return i;
      }
      String code = codes.code(i.codebook(), i.proposedCode()).orElse(i.proposedCode());
      return new DiscussionItem(i.id(), i.targetKind(), i.target(), i.author(), i.at(), i.text(), i.codebook(), code,
          i.status(), i.answer(), i.answeredBy(), i.answeredAt());
    }

    /** A code target "codebook/dimension/code" as this study names it. */
    private Optional<String> codeTarget(String target) {
      int slash = target.indexOf('/');
      if (slash < 0) {
        return Optional.empty();
      }
      String codebook = target.substring(0, slash);
      return codes.code(codebook, target.substring(slash + 1)).map(code -> codebook + "/" + code);
    }

    private Optional<Long> segment(SegmentKey key, String what) {
      Optional<Long> id = writer.segment(key);
      if (id.isPresent()) {
        located++;
      } else {
        unlocated++;
        leftBehind.add(key == null ? what + " : segment supprimé de « " + thereName + " »."
            : what + " sur " + key.source().path() + ", ligne " + key.line() + " (segment n° " + key.ordinal()
                + " de la source) : segment absent de « " + hereName + " » (source absente, ou texte différent)."
                + " Non reporté ; importez la même version de la source puis relancez la fusion.");
      }
      return id;
    }

    /**
     * The conflicts among the decisions this merge added: the same segment and code applied by one
     * and rejected by another (or by the same person in each copy). Each opens a discussion item.
     */
    List<String> conflicts(StoreTransaction tx, String person) {
      List<String> lines = new ArrayList<>();
      for (String key : touched) {
        String[] parts = key.split("\t", 3);
        long segment = Long.parseLong(parts[0]);
        List<String> decisions = writer.decisions(segment, parts[1], parts[2]);
        if (decisions.stream().map(d -> d.split("\t")[1]).distinct().count() < 2) {
          continue;
        }
        String line = writer.place(segment) + ", « " + codes.label(parts[1], parts[2]) + " » (" + parts[2] + ") : "
            + String.join(", ", decisions.stream().map(StudyMerge::decision).toList());
        lines.add(line);
        tx.discussions().add(new DiscussionItem.New("segment", parts[0], person, java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
            "Conflit de fusion avec « " + thereName + " » : " + line + ". Les deux décisions sont gardées ; tranchez"
                + " ici (accepter code ce segment à votre nom, refuser l'écarte).", parts[1], parts[2]));
      }
      return lines;
    }
  }

  /** "appliqué par alice (2026-12-03)" from "alice\taccepted\t2026-12-03T10:00:00Z". */
  private static String decision(String row) {
    String[] parts = row.split("\t", 3);
    return ("rejected".equals(parts[1]) ? "rejeté par " : "appliqué par ") + parts[0] + " (" + day(parts[2]) + ")";
  }

  private static String day(String at) {
    return at == null || at.length() < 10 ? String.valueOf(at) : at.substring(0, 10);
  }
}
