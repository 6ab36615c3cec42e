package fr.parole.pipeline;

import fr.parole.exchange.QdpxProject;
import fr.parole.exchange.QdpxProject.Coding;
import fr.parole.exchange.QdpxProject.CodeNode;
import fr.parole.exchange.QdpxProject.Note;
import fr.parole.exchange.QdpxProject.Selection;
import fr.parole.exchange.QdpxProject.Source;
import fr.parole.study.CopiedItems;
import fr.parole.study.MergeWriter;
import fr.parole.study.SegmentRecord;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings a project's codings and notes into the study just imported from it, in one transaction.
 *
 * <p>A coding's selection {@code [start, end)} is laid on the study's segments: each segment it
 * overlaps gets a coding, of the whole segment when the selection covers it, else of the part it
 * covers (a span, as a person codes a passage in the atelier). A selection over three turns thus
 * gives three codings; the text between segments (a speaker's label, blank lines) is not coded. A
 * selection that overlaps no segment (a heading line, a speaker's label alone) is listed as not
 * carried over. Every coding is a person's (origin {@code human}, accepted), in the name of its
 * project user, dated as in the project; the same one twice is stored once.
 *
 * <p>A note becomes a memo on what refers to it: a code, a source, a selection (the first segment
 * it overlaps); a note nothing refers to is a memo on the study.
 */
final class ProjectCodings {
  private final Study study;
  private final ImportedCodebook codebook;
  private final Map<String, ImportedText> texts;
  private final Map<String, String> users;
  private final String person;
  private final String file;
  private final boolean notesWithNames;
  private final String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();

  ProjectCodings(Study study, ImportedCodebook codebook, Map<String, ImportedText> texts, Map<String, String> users,
      String person, String file, boolean notesWithNames) {
    this.study = study;
    this.codebook = codebook;
    this.texts = texts;
    this.users = users;
    this.person = person;
    this.file = file;
    this.notesWithNames = notesWithNames;
  }

  record Result(int codings, int memos) {}

  Result write(QdpxProject project, List<String> notCarried) {
    Map<String, List<SegmentRecord>> byPath = new HashMap<>();
    try (StudyStore store = study.openStore()) {
      store.segmentQueries().forEachSegment(0,
          s -> byPath.computeIfAbsent(s.sourcePath(), k -> new ArrayList<>()).add(s));
      byPath.values().forEach(list -> list.sort(Comparator.comparingInt(SegmentRecord::start)));
      Map<String, String[]> memoTargets = new LinkedHashMap<>(); // note guid → {kind, target}, first reference wins
      codeTargets(project.codes(), memoTargets);
      int codings = 0;
      try (StoreTransaction tx = store.begin(); MergeWriter writer = tx.merging()) {
        Set<String> done = new HashSet<>();
        for (Source source : project.sources()) {
          ImportedText text = texts.get(source.guid());
          if (text == null) {
            continue;
          }
          List<SegmentRecord> segments = byPath.get(text.path());
          if (segments == null) {
            notCarried.add("La source « " + source.name() + " » : son texte est celui d'une autre source du projet, "
                + "importée une seule fois ; ses codages ne sont pas repris.");
            continue;
          }
          checkContent(store, segments.get(0).sourceId(), text);
          for (String ref : source.noteRefs()) {
            memoTargets.putIfAbsent(ref, new String[] {"source", String.valueOf(segments.get(0).sourceId())});
          }
          for (Selection selection : source.selections()) {
            int start = text.at(selection.start());
            int end = text.at(selection.end());
            List<SegmentRecord> covered = overlapped(segments, start, end);
            for (String ref : selection.noteRefs()) {
              if (!covered.isEmpty()) {
                memoTargets.putIfAbsent(ref, new String[] {"segment", String.valueOf(covered.get(0).id())});
              }
            }
            for (Coding coding : selection.codings()) {
              String code = codebook.path(coding.codeGuid());
              if (covered.isEmpty() || code == null) {
                notCarried.add("Le codage « " + codebook.label(coding.codeGuid()) + " » de « " + source.name()
                    + " », caractères " + selection.start() + " à " + selection.end() + " : " + (code == null
                    ? "ce code ne fait que regrouper d'autres codes." : "ce passage n'est dans aucun segment (titre, "
                    + "nom du locuteur ou lignes vides)."));
                continue;
              }
              for (SegmentRecord segment : covered) {
                codings += add(writer, done, segment, code, coding, start, end);
              }
            }
          }
        }
        int memos = memos(project.notes(), memoTargets, writer);
        tx.audit(person, "import-project", file, codings + " codage(s), " + memos + " mémo(s)");
        tx.logEvent("import-project", "{\"codings\":" + codings + ",\"memos\":" + memos + "}");
        tx.commit();
        return new Result(codings, memos);
      }
    }
  }

  private int add(MergeWriter writer, Set<String> done, SegmentRecord segment, String code, Coding coding, int start,
      int end) {
    int from = Math.max(start, segment.start()) - segment.start();
    int to = Math.min(end, segment.end()) - segment.start();
    boolean whole = from == 0 && to == segment.end() - segment.start();
    Integer spanStart = whole ? null : from;
    Integer spanEnd = whole ? null : to;
    String coder = coding.userGuid() == null ? ProjectImport.UNKNOWN_USER
        : users.getOrDefault(coding.userGuid(), ProjectImport.UNKNOWN_USER);
    if (!done.add(segment.id() + "\t" + code + "\t" + coder + "\t" + spanStart + "\t" + spanEnd)) {
      return 0;
    }
    writer.addCoding(segment.id(), code, new CopiedItems.Coding(null, codebook.codebook().id(), code, coder, "human",
        null, "accepted", null, spanStart, spanEnd, coding.at() == null ? now : coding.at()));
    return 1;
  }

  /** The segments {@code [start, end)} overlaps, by a binary search on their starts. */
  private static List<SegmentRecord> overlapped(List<SegmentRecord> segments, int start, int end) {
    int low = 0;
    int high = segments.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (segments.get(mid).end() <= start) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    List<SegmentRecord> found = new ArrayList<>();
    for (int i = low; i < segments.size() && segments.get(i).start() < end; i++) {
      if (segments.get(i).end() > start && end > start) {
        found.add(segments.get(i));
      }
    }
    return found;
  }

  /** Offsets are only right if the store holds the text as written: a change here is a bug, not bad input. */
  private static void checkContent(StudyStore store, long sourceId, ImportedText text) {
    String stored = store.queries().sourceContent(sourceId);
    if (stored != null && !stored.equals(text.text())) {
      throw new IllegalStateException("The import changed " + text.path() + ": codings would be misplaced");
    }
  }

  private void codeTargets(List<CodeNode> nodes, Map<String, String[]> targets) {
    for (CodeNode node : nodes) {
      String path = codebook.path(node.guid());
      if (path != null) {
        node.noteRefs().forEach(ref -> targets.putIfAbsent(ref, new String[] {"code", codebook.codebook().id() + "/"
            + path}));
      }
      codeTargets(node.children(), targets);
    }
  }

  private int memos(List<Note> notes, Map<String, String[]> targets, MergeWriter writer) {
    int memos = 0;
    for (Note note : notes) {
      String text = ProjectImport.noteText(note, notesWithNames);
      if (text.isBlank()) {
        continue;
      }
      String[] target = targets.getOrDefault(note.guid(), new String[] {"study", ""});
      String author = note.userGuid() == null ? person : users.getOrDefault(note.userGuid(), person);
      writer.addMemo(target[0], target[1], author, note.at() == null ? now : note.at(), text);
      memos++;
    }
    return memos;
  }
}
