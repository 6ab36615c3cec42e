package fr.parole.web;

import fr.parole.coding.Codebook;
import fr.parole.pipeline.Documents;
import fr.parole.report.AttributeWording;
import fr.parole.study.DocumentQueries.Memo;
import fr.parole.study.DocumentQueries.SegmentCoding;
import fr.parole.study.SegmentRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A page of a document as one person sees it: every participant's word through {@link ShownText},
 * each segment's counted codings (a person's coding or acceptance, else the machine's suggestion
 * from its code's threshold, unless a person rejected it) by their labels, the memos.
 */
public record DocumentView(long sourceId, String path, String kind, boolean raw, boolean mayRaw, boolean mayCode,
    int page, int pages, int total, List<SegmentView> segments, List<CodeGroup> codes, List<MemoView> memos,
    List<MemoView> codeMemos, Long chosen, String message) {

  /** A segment: who speaks (or the comment's service, date, polarity), the text, its codings and memos. */
  public record SegmentView(long id, String kindClass, String who, String details, String text, boolean exact,
      boolean codable, List<MarginCoding> codings, List<MemoView> memos) {}

  /** A coding in the margin: the code's label, who (« machine » or a name), the passage, whether it is mine. */
  public record MarginCoding(long id, String label, String by, String passage, boolean mine) {}

  /** A memo, with its author and date; {@code about} names a code for a memo on a code. */
  public record MemoView(String author, String at, String text, String about) {}

  /** The codes of a dimension, to choose from. */
  public record CodeGroup(String dimension, List<ReviewPage.Choice> codes) {}

  public String rawLink() {
    return "/documents/" + sourceId + "?page=" + page + (raw ? "" : "&brut=1");
  }

  /** Builds the view of {@code content} for {@code person}. */
  static final class Builder {
    private final ShownText shown;
    private final AttributeWording attributes;
    private final List<String> attributeNames;
    private final Person person;
    private final boolean raw;

    Builder(ShownText shown, AttributeWording attributes, List<String> attributeNames, Person person, boolean raw) {
      this.shown = shown;
      this.attributes = attributes;
      this.attributeNames = attributeNames;
      this.person = person;
      this.raw = raw;
    }

    DocumentView of(Documents.Page content, int page, int perPage, Long chosen, String message) {
      Codebook codebook = content.codebook().orElse(null);
      boolean mayCode = person.canReview() && codebook != null;
      Map<Long, List<SegmentCoding>> bySegment = content.codings().stream()
          .collect(Collectors.groupingBy(SegmentCoding::segmentId, LinkedHashMap::new, Collectors.toList()));
      Map<String, List<Memo>> memos = content.memos().stream()
          .collect(Collectors.groupingBy(m -> m.targetKind() + ":" + m.target()));
      List<SegmentView> segments = content.segments().stream().map(s -> segment(s, codebook, mayCode,
          bySegment.getOrDefault(s.id(), List.of()), memos.getOrDefault("segment:" + s.id(), List.of()))).toList();
      List<CodeGroup> codes = new ArrayList<>();
      List<MemoView> codeMemos = new ArrayList<>();
      if (codebook != null) {
        codebook.dimensions().forEach(d -> codes.add(new CodeGroup(d.label() == null ? d.id() : d.label(),
            d.codes().stream().map(c -> new ReviewPage.Choice(c.path(), c.label() == null ? c.id() : c.label(), false))
                .toList())));
        content.memos().stream().filter(m -> m.targetKind().equals("code")).forEach(m -> codeMemos.add(memo(m,
            ReviewPage.label(codebook, m.target().substring(m.target().indexOf('/') + 1)))));
      }
      int pages = Math.max(1, (content.segmentCount() + perPage - 1) / perPage);
      return new DocumentView(content.source().id(), content.source().path(), kind(content.source().format()), raw,
          person.role() == Role.CHERCHEUR, mayCode, page, pages, content.segmentCount(), segments, codes,
          memos.getOrDefault("source:" + content.source().id(), List.of()).stream().map(m -> memo(m, "")).toList(),
          codeMemos, chosen, message);
    }

    private SegmentView segment(SegmentRecord s, Codebook codebook, boolean mayCode, List<SegmentCoding> codings,
        List<Memo> memos) {
      String text = shown.of(person, s.text(), raw);
      boolean exact = text.equals(s.text());
      String who = switch (s.kind()) {
        case INTERVIEWER -> "Enquêteur ou enquêtrice" + (s.speaker() == null ? "" : " (" + shown.of(person, s.speaker(), raw) + ")");
        case PREAMBLE -> "Avant le premier tour de parole";
        case COMMENT -> "Commentaire";
        case ANSWER -> "Réponse";
        default -> s.speaker() == null ? "" : shown.of(person, s.speaker(), raw);
      };
      String details = attributeNames.stream().filter(a -> s.attributes().containsKey(a))
          .map(a -> attributes.label(a) + " : " + attributes.value(a, s.attributes().get(a)))
          .collect(Collectors.joining(" · "));
      return new SegmentView(s.id(), s.kind().code(), who, details, text, exact,
          mayCode && s.kind().isAnalysed(), margin(codings, codebook, text, exact),
          memos.stream().map(m -> memo(m, "")).toList());
    }

    /** The codings that count, by code: people's (each with their name), else the machine's. */
    private List<MarginCoding> margin(List<SegmentCoding> codings, Codebook codebook, String text, boolean exact) {
      Map<String, List<SegmentCoding>> byCode = codings.stream().collect(Collectors.groupingBy(
          c -> c.codebook() + "/" + c.code(), LinkedHashMap::new, Collectors.toList()));
      List<MarginCoding> margin = new ArrayList<>();
      byCode.forEach((key, rows) -> {
        List<SegmentCoding> applied = rows.stream().filter(c -> c.human() && "accepted".equals(c.status())).toList();
        boolean rejected = rows.stream().anyMatch(c -> c.human() && "rejected".equals(c.status()));
        String label = codebook != null && codebook.id().equals(rows.get(0).codebook())
            ? ReviewPage.label(codebook, rows.get(0).code()) : rows.get(0).code();
        if (!applied.isEmpty()) {
          applied.forEach(c -> margin.add(new MarginCoding(c.id(), label, c.coder() + ", " + day(c.at()),
              passage(c, text, exact), "human".equals(c.origin()) && c.coder().equals(person.name()))));
        } else if (!rejected && rows.stream().anyMatch(c -> c.confidence() == null || c.confidence() >= c.threshold())) {
          margin.add(new MarginCoding(rows.get(0).id(), label, "machine", "", false));
        }
      });
      return margin;
    }

    /** The coded passage, cut from the text shown only when its offsets are the stored text's. */
    private static String passage(SegmentCoding c, String text, boolean exact) {
      if (c.spanStart() == null || c.spanEnd() == null) {
        return "";
      }
      if (exact && c.spanEnd() <= text.length()) {
        return "« " + text.substring(c.spanStart(), c.spanEnd()) + " »";
      }
      return "un passage de " + (c.spanEnd() - c.spanStart()) + " caractères";
    }

    private static MemoView memo(Memo m, String about) {
      return new MemoView(m.author(), day(m.at()), m.text(), about);
    }

    static String day(String at) {
      // Stored in UTC (ISO 8601); shown as a French date, to the minute.
      return at == null ? "" : at.length() >= 16 ? at.substring(8, 10) + "/" + at.substring(5, 7) + "/"
          + at.substring(0, 4) + " à " + at.substring(11, 16) : at;
    }
  }

  /** A source's format as people name it. */
  static String kind(String format) {
    String family = format == null ? "" : format.contains("/") ? format.substring(0, format.indexOf('/')) : format;
    return switch (family) {
      case "transcript" -> "Entretien";
      case "verbatims" -> "Commentaires";
      case "esatis" -> "Résultats e-Satis";
      case "questionnaire" -> "Questionnaire";
      default -> format;
    };
  }
}
