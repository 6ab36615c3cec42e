package fr.parole.web;

import fr.parole.pipeline.StudyExplorer;
import fr.parole.study.DashboardQueries.Excerpt;
import fr.parole.study.SegmentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Segments as the dashboard, the segment list and a theme page show them: the words as the person
 * may see them ({@link ShownText}: pseudonymised, but for a researcher asking for raw text; the
 * interviewer's question and the speaker's name too) and their context by labels: for an
 * interview turn the speaker's role and establishment, for a comment its service, date and
 * polarity (« À améliorer »).
 */
public final class Quotes {
  private final AtelierServices services;
  private final StudyExplorer explorer;

  Quotes(AtelierServices services, StudyExplorer explorer) {
    this.services = services;
    this.explorer = explorer;
  }

  /** A segment shown: its text, who and where, the question before it (null without one), its links. */
  public record Quote(long id, String text, String context, String question, String document, String comment) {}

  List<Quote> of(Person person, List<Excerpt> excerpts, boolean raw) {
    List<Quote> quotes = new ArrayList<>();
    for (Excerpt e : excerpts) {
      String question = e.question() == null ? null : services.shown().of(person, e.question(), raw);
      quotes.add(new Quote(e.id(), services.shown().of(person, e.text(), raw), context(person, e, raw), question,
          Links.document(e.sourceId(), e.id()), Links.comment(e.id())));
    }
    return quotes;
  }

  private String context(Person person, Excerpt e, boolean raw) {
    return context(person, e.kind(), e.speaker(), e.attributes(), raw);
  }

  /** Who and where, by labels, for a segment of this kind, speaker and attributes. */
  String context(Person person, SegmentKind kind, String speaker, Map<String, String> attributes, boolean raw) {
    List<String> parts = new ArrayList<>();
    if (kind == SegmentKind.COMMENT) {
      parts.add("Commentaire");
      add(parts, attributes, "establishment");
      add(parts, attributes, "service");
      if (attributes.get("date") != null) {
        String date = attributes.get("date");
        // aaaa-mm-jj as French readers write it: jj/mm/aaaa
        parts.add(date.matches("\\d{4}-\\d{2}-\\d{2}") ? date.substring(8) + "/" + date.substring(5, 7) + "/"
            + date.substring(0, 4) : date);
      }
      add(parts, attributes, "polarity");
    } else {
      String role = attributes.get("role");
      if (role != null) {
        parts.add(explorer.value("role", role).label());
      } else if (speaker != null) {
        parts.add(services.shown().of(person, speaker, raw));
      }
      add(parts, attributes, "establishment");
      add(parts, attributes, "level");
    }
    return String.join(" · ", parts);
  }

  private void add(List<String> parts, Map<String, String> attributes, String name) {
    String value = attributes.get(name);
    if (value != null && !value.isBlank()) {
      parts.add(explorer.value(name, value).label());
    }
  }
}
