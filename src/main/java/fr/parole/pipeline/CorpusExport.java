package fr.parole.pipeline;

import fr.parole.exchange.IramuteqCorpus;
import fr.parole.report.AttributeWording;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The study as an IRaMuTeQ corpus ({@code parole export --format iramuteq}): what participants
 * said (turns, comments, open answers; never the interviewer's questions nor a preamble), one text
 * per run of consecutive segments of a source with the same attributes (an interview's turns within
 * a section, each comment of an export), opened by {@code **** *source_… *etablissement_… …}: the
 * source, then the attributes by the names people read (study.yaml's order, then the others),
 * their stored values. Texts are pseudonymised by {@code shown}.
 */
public final class CorpusExport {
  /** What was written: texts and the segments they hold. */
  public record Summary(int texts, int segments) {}

  public Summary iramuteq(Study study, Path out, UnaryOperator<String> shown) {
    List<SourceRecord> sources;
    Map<Long, List<SegmentRecord>> segments = new HashMap<>();
    try (StudyStore store = study.openStore()) {
      sources = new ArrayList<>(store.queries().sources());
      store.segmentQueries().forEachSegment(0, s -> {
        if (s.kind().isAnalysed()) {
          segments.computeIfAbsent(s.sourceId(), k -> new ArrayList<>()).add(s);
        }
      });
    }
    sources.sort(Comparator.comparing(SourceRecord::path));
    AttributeWording wording = new AttributeWording(study.config().labels());
    StringBuilder corpus = new StringBuilder();
    int texts = 0;
    int count = 0;
    for (SourceRecord source : sources) {
      List<SegmentRecord> list = segments.get(source.id());
      if (list == null) {
        continue; // e-Satis results, or only the interviewer's words
      }
      list.sort(Comparator.comparingInt(SegmentRecord::ordinal));
      Map<String, String> current = null;
      StringBuilder body = new StringBuilder();
      for (SegmentRecord segment : list) {
        String words = IramuteqCorpus.body(shown.apply(segment.text()));
        count++;
        if (!Objects.equals(current, segment.attributes())) {
          texts += flush(corpus, source, current, body, study, wording);
          current = segment.attributes();
        }
        body.append(body.length() == 0 || words.isEmpty() ? "" : "\n").append(words);
      }
      texts += flush(corpus, source, current, body, study, wording);
    }
    ExportFiles.write(out, corpus.toString().getBytes(StandardCharsets.UTF_8));
    return new Summary(texts, count);
  }

  private static int flush(StringBuilder corpus, SourceRecord source, Map<String, String> attributes,
      StringBuilder body, Study study, AttributeWording wording) {
    if (attributes == null || body.length() == 0) {
      body.setLength(0);
      return 0;
    }
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("source", source.path().replaceAll(".*/", "").replaceAll("\\.[^.]*$", ""));
    Set<String> names = new LinkedHashSet<>(study.config().attributes());
    names.addAll(new java.util.TreeSet<>(attributes.keySet()));
    Set<String> taken = new java.util.HashSet<>(Set.of("source"));
    for (String name : names) {
      String variable = IramuteqCorpus.shortName(wording.label(name), taken);
      taken.add(variable);
      if (attributes.containsKey(name)) {
        variables.putIfAbsent(variable, attributes.get(name));
      }
    }
    corpus.append(IramuteqCorpus.header(variables)).append('\n').append(body).append("\n\n");
    body.setLength(0);
    return 1;
  }
}
