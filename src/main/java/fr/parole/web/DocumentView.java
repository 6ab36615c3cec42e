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
    List<MemoView> codeMemos, Long chosen, String message, Tools tools) {

  /**
   * A segment: who speaks (or the comment's service, date, polarity), the text, its codings and memos;
   * {@code time} « 00:12:31 » when the turn has times in its recording (null otherwise).
   */
  public record SegmentView(long id, String kindClass, String who, String details, String text, boolean exact,
      boolean codable, List<MarginCoding> codings, List<MemoView> memos, List<Stripe> stripes, String time) {}

  /**
   * A coding in the margin: the code (its path and label), who (« machine » or a name, with the
   * date), the passage, whether it is mine; {@code coder} is the name or « machine », {@code origin}
   * says in words where it comes from (« personne, accepté », « règle, suggéré »).
   */
  public record MarginCoding(long id, String code, String label, String by, String passage, boolean mine,
      String coder, String origin) {}

  /**
   * One cell of a code's stripe beside a segment: empty ({@code on} false) when the segment does not
   * have the code, so that a code's stripe keeps its column down the page and runs along the
   * segments it covers. {@code detail}: who coded it and how.
   */
  public record Stripe(boolean on, String colour, String label, String detail) {}

  /**
   * The tools above the document: the stripe filters (codes, coders, as chosen), the query string
   * that keeps them in links, where « prochain tour non codé » starts, the labels of the person's
   * action to undo and to redo (empty: none), the speakers and sections to autocode.
   */
  public record Tools(List<ReviewPage.Choice> codes, List<ReviewPage.Choice> coders, String filters, String next,
      String undo, String redo, List<String> speakers, List<String> sections) {
    public boolean filtered() {
      return codes.stream().anyMatch(ReviewPage.Choice::selected) || coders.stream().anyMatch(ReviewPage.Choice::selected);
    }
  }

  /**
   * A memo, with its author and date; {@code about} names a code for a memo on a code; {@code edited}
   * « modifié le … par … » (empty: never edited).
   */
  public record MemoView(long id, String author, String at, String text, String about, String edited) {}

  /** The codes of a dimension, to choose from. */
  public record CodeGroup(String dimension, List<ReviewPage.Choice> codes) {}

  public String rawLink() {
    return "/documents/" + sourceId + "?page=" + page + (raw ? "" : "&brut=1") + tools.filters();
  }

  /** The columns of stripes on this page: the codes shown, each with its colour class and label. */
  public List<Stripe> legend() {
    List<Stripe> legend = new ArrayList<>();
    for (SegmentView s : segments) {
      for (int i = 0; i < s.stripes().size(); i++) {
        Stripe stripe = s.stripes().get(i);
        if (legend.size() <= i) {
          legend.add(new Stripe(false, "", "", ""));
        }
        if (stripe.on() && !legend.get(i).on()) {
          legend.set(i, new Stripe(true, stripe.colour(), stripe.label(), ""));
        }
      }
    }
    return legend;
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

    DocumentView of(Documents.Page content, int page, int perPage, Long chosen, String message, StripeColumns.Filters filters,
        Tools tools) {
      Codebook codebook = content.codebook().orElse(null);
      boolean mayCode = person.canReview() && codebook != null;
      Map<Long, List<SegmentCoding>> bySegment = content.codings().stream()
          .collect(Collectors.groupingBy(SegmentCoding::segmentId, LinkedHashMap::new, Collectors.toList()));
      Map<String, List<Memo>> memos = content.memos().stream()
          .collect(Collectors.groupingBy(m -> m.targetKind() + ":" + m.target()));
      List<SegmentView> segments = content.segments().stream().map(s -> segment(s, codebook, mayCode,
          bySegment.getOrDefault(s.id(), List.of()), memos.getOrDefault("segment:" + s.id(), List.of()))).toList();
      segments = new StripeColumns(codebook, filters).addTo(segments);
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
          codeMemos, chosen, message, tools);
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
          memos.stream().map(m -> memo(m, "")).toList(), List.of(),
          s.times() == null ? null : s.times().startClock());
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
        String code = rows.get(0).code();
        if (!applied.isEmpty()) {
          applied.forEach(c -> margin.add(new MarginCoding(c.id(), code, label, c.coder() + ", " + day(c.at()),
              passage(c, text, exact), "human".equals(c.origin()) && c.coder().equals(person.name()), c.coder(),
              origin(c.origin()) + ", accepté")));
        } else if (!rejected) {
          rows.stream().filter(c -> c.confidence() == null || c.confidence() >= c.threshold()).findFirst()
              .ifPresent(c -> margin.add(new MarginCoding(c.id(), code, label, "machine", "", false, "machine",
                  origin(c.origin()) + ", suggéré")));
        }
      });
      return margin;
    }

    /** Where a coding comes from, in words. */
    private static String origin(String origin) {
      return switch (origin) {
        case "human" -> "personne";
        case "rule" -> "règle";
        case "model" -> "modèle";
        case "rule+model" -> "règle et modèle";
        default -> origin;
      };
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
      return new MemoView(m.id(), m.author(), day(m.at()), m.text(), about,
          m.editedAt() == null ? "" : "modifié le " + day(m.editedAt()));
    }

    static String day(String at) {
      // Stored in UTC (ISO 8601); shown as a French date, to the minute.
      return fr.parole.pipeline.Memos.day(at);
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
