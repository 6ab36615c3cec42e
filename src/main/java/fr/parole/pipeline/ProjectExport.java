package fr.parole.pipeline;

import fr.parole.coding.Codebook;
import fr.parole.exchange.QdpxProject;
import fr.parole.exchange.QdpxProject.Case;
import fr.parole.exchange.QdpxProject.Coding;
import fr.parole.exchange.QdpxProject.Note;
import fr.parole.exchange.QdpxProject.Selection;
import fr.parole.exchange.QdpxProject.Source;
import fr.parole.exchange.QdpxProject.User;
import fr.parole.exchange.QdpxProject.Variable;
import fr.parole.exchange.QdpxWriter;
import fr.parole.report.AttributeWording;
import fr.parole.study.ExchangeQueries.StoredCoding;
import fr.parole.study.MemoQueries.MemoRow;
import fr.parole.study.PersonAccount;
import fr.parole.study.SegmentRecord;
import fr.parole.study.SourceRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A study as a REFI-QDA project ({@code parole export --format qdpx}), for NVivo, ATLAS.ti, MAXQDA
 * or QualCoder. Each source becomes a {@code TextSource} whose plain text is its segments in order,
 * separated by a blank line, a turn preceded by its speaker and « : » (so that Parole, reading the
 * file back, finds the same turns); every coding a person made or accepted becomes a
 * {@code PlainTextSelection} (the whole segment, or its span) with a {@code Coding} in that person's
 * name; the machine's pending suggestions only with {@code withSuggestions}, in the name of a user
 * « Parole (suggestions de la machine) »; rejected ones never. The text is pseudonymised by
 * {@code shown} piece by piece between the coded spans' bounds, and positions (Unicode code points)
 * are counted on the text written. GUIDs are name-based on the study's own ids (a code's as in
 * {@code .qdc} codebooks, a source's from its content hash), so exporting again gives the same ones.
 */
public final class ProjectExport {
  /** The user the machine's suggestions are exported in the name of (only when asked). */
  public static final String MACHINE_USER = "Parole (suggestions de la machine)";

  private final Pipeline pipeline;

  public ProjectExport(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** What an export wrote, for the command's summary. */
  public record Summary(int sources, int codings, int codes, int users, int cases, int notes, int suggestionsLeftOut) {}

  /** Writes the project to {@code out} (replaced whole, never left half written). */
  public Summary qdpx(Study study, Path out, UnaryOperator<String> shown, boolean withSuggestions) {
    Built built = project(study, shown, withSuggestions);
    QdpxProject project = built.project();
    ExportFiles.write(out, new QdpxWriter().bytes(project));
    int codings = project.sources().stream().flatMap(s -> s.selections().stream()).mapToInt(s -> s.codings().size())
        .sum();
    return new Summary(project.sources().size(), codings, codeCount(project.codes()), project.users().size(),
        project.cases().size(), project.notes().size(), built.suggestionsLeftOut());
  }

  /** The project, and how many pending suggestions of the machine it leaves out. */
  record Built(QdpxProject project, int suggestionsLeftOut) {}

  Built project(Study study, UnaryOperator<String> shown, boolean withSuggestions) {
    Map<String, Codebook> books = pipeline.namedCodebooks(study);
    List<SourceRecord> sources;
    Map<Long, List<SegmentRecord>> segments = new HashMap<>();
    Map<Long, List<StoredCoding>> codings = new HashMap<>();
    List<MemoRow> memos;
    TreeSet<String> people = new TreeSet<>();
    int[] suggestions = new int[1];
    try (StudyStore store = study.openStore()) {
      sources = new ArrayList<>(store.queries().sources());
      store.segmentQueries().forEachSegment(0,
          s -> segments.computeIfAbsent(s.sourceId(), k -> new ArrayList<>()).add(s));
      store.exchangeQueries().forEachCoding(c -> {
        boolean suggestion = "suggested".equals(c.status());
        if (c.byPerson() || (withSuggestions && suggestion)) {
          codings.computeIfAbsent(c.segmentId(), k -> new ArrayList<>()).add(c);
        } else if (suggestion) {
          suggestions[0]++;
        }
      });
      memos = store.memoQueries().memos(null, null);
      store.people().all().stream().map(PersonAccount::name).forEach(people::add);
    }
    sources.sort(Comparator.comparing(SourceRecord::path));
    codings.values().forEach(list -> list.forEach(c -> people.add(coder(c))));
    memos.forEach(m -> people.add(m.author()));
    Map<String, String> users = new LinkedHashMap<>();
    people.forEach(name -> users.put(name, guid("user/" + name)));

    Map<String, List<String>> noteRefs = new HashMap<>(); // "code:<target>", "source:<id>", "segment:<id>"
    List<Note> notes = new ArrayList<>();
    for (MemoRow memo : memos.stream().sorted(Comparator.comparing(MemoRow::id)).toList()) {
      String guid = guid("memo/" + memo.id());
      notes.add(new Note(guid, "Mémo de " + memo.author() + " (" + day(memo.at()) + ")", users.get(memo.author()),
          memo.at(), shown.apply(memo.text())));
      if (!"study".equals(memo.targetKind())) {
        noteRefs.computeIfAbsent(memo.targetKind() + ":" + memo.target(), k -> new ArrayList<>()).add(guid);
      }
    }
    QdpxCodes codes = new QdpxCodes(books, noteRefs);
    codings.values().forEach(list -> list.forEach(c -> codes.use(c.codebook(), c.code())));

    AttributeWording wording = new AttributeWording(study.config().labels());
    TreeMap<String, Variable> variables = new TreeMap<>();
    Map<Map<String, String>, CaseDraft> cases = new LinkedHashMap<>();
    List<Source> written = new ArrayList<>();
    // A speaker label opens each of its turns: pseudonymised once, not once per turn.
    Map<String, String> speakers = new HashMap<>();
    UnaryOperator<String> shownSpeaker = label -> speakers.computeIfAbsent(label, shown);
    for (SourceRecord source : sources) {
      List<SegmentRecord> list = segments.getOrDefault(source.id(), List.of());
      if (list.isEmpty()) {
        continue; // e-Satis results: scores, no text
      }
      list.sort(Comparator.comparingInt(SegmentRecord::ordinal));
      SourceText text = new SourceText(shown, shownSpeaker);
      for (SegmentRecord segment : list) {
        text.add(segment, codings.getOrDefault(segment.id(), List.of()), c -> new Coding(guid("coding/" + c.id()),
            codes.guid(c.codebook(), c.code()), users.get(coder(c)), c.at()),
            noteRefs.getOrDefault("segment:" + segment.id(), List.of()));
      }
      String sourceGuid = guid("source/" + source.contentHash());
      boolean sameForAll = list.stream().map(SegmentRecord::attributes).distinct().count() == 1;
      for (SegmentRecord segment : list) {
        Map<String, String> attributes = new TreeMap<>(segment.attributes());
        if (attributes.isEmpty()) {
          continue;
        }
        attributes.keySet().forEach(a -> variables.computeIfAbsent(a, k -> new Variable(guid("variable/" + k),
            wording.label(k))));
        CaseDraft draft = cases.computeIfAbsent(attributes, CaseDraft::new);
        if (sameForAll) {
          draft.sources.add(sourceGuid);
          break;
        }
        draft.selections.add(text.wholeSegment(segment.id()));
      }
      written.add(new Source(sourceGuid, source.path(), text.text(), text.selections(),
          noteRefs.getOrDefault("source:" + source.id(), List.of())));
    }
    List<Case> caseList = cases.values().stream().map(d -> d.toCase(variables)).toList();
    List<User> userList = users.entrySet().stream().map(e -> new User(e.getValue(), e.getKey())).toList();
    return new Built(new QdpxProject(study.name(), "Parole", userList, codes.tree(), List.copyOf(variables.values()),
        caseList, written, notes, List.of()), suggestions[0]);
  }

  /** Who a coding is exported in the name of: its person, or the machine's user for a pending suggestion. */
  private static String coder(StoredCoding c) {
    return "suggested".equals(c.status()) ? MACHINE_USER : c.coder();
  }

  private static int codeCount(List<QdpxProject.CodeNode> nodes) {
    return nodes.stream().mapToInt(n -> (n.codable() ? 1 : 0) + codeCount(n.children())).sum();
  }

  /** A name-based GUID: the same study exported twice gives the same ones. */
  static String guid(String key) {
    return UUID.nameUUIDFromBytes(("parole/" + key).getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static String day(String at) {
    return at == null || at.length() < 10 ? String.valueOf(at) : at.substring(0, 10);
  }

  /** A distinct set of attribute values, and the sources or segments that have it. */
  private static final class CaseDraft {
    final Map<String, String> values;
    final List<String> sources = new ArrayList<>();
    final List<String> selections = new ArrayList<>();

    CaseDraft(Map<String, String> values) {
      this.values = values;
    }

    Case toCase(Map<String, Variable> variables) {
      Map<String, String> byName = new LinkedHashMap<>();
      values.forEach((attribute, value) -> byName.put(variables.get(attribute).name(), value));
      String name = String.join(", ", values.entrySet().stream().map(e -> variables.get(e.getKey()).name() + " "
          + e.getValue()).toList());
      return new Case(guid("case/" + values), name, byName, sources, selections);
    }
  }
}
