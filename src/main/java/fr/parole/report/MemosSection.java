package fr.parole.report;

import fr.parole.coding.Code;
import fr.parole.study.MemoQueries.MemoRow;
import java.util.List;
import java.util.Optional;

/**
 * Mémos (an appendix): the team's memos, newest first, each with what it is about (the segment's
 * document and its first words, the document, the code by its label and codebook, the study), who
 * and when; on the page and as {@code tableaux/memos.csv} and a sheet of the workbook. Memos may
 * quote participants: their text and the segment's words are pseudonymised like the quotes.
 * Nothing is written when the study has no memo.
 */
final class MemosSection {
  /** The words of a segment shown beside a memo on it. */
  private static final int EXCERPT = 120;

  private final List<MemoRow> memos;

  MemosSection(List<MemoRow> memos) {
    this.memos = List.copyOf(memos);
  }

  void write(ReportPage page, ReportContext context) {
    if (memos.isEmpty()) {
      return;
    }
    ReportText text = page.text();
    page.section("memos", text.get("memos.title"));
    page.paragraph(text.get("memos.intro", memos.size()));
    ReportTable.Builder table = new ReportTable.Builder("memos", text.get("memos.table"), text.get("memos.kind"),
        text.get("memos.about"), text.get("memos.excerpt"), text.get("memos.author"), text.get("memos.at"),
        text.get("memos.text"));
    for (MemoRow memo : memos) {
      String excerpt = memo.segmentText() == null ? "" : cut(shown(context, memo.segmentText()));
      table.row(text.name("memos.kind", memo.targetKind()), about(context, text, memo), excerpt, memo.author(),
          memo.at() == null ? "" : memo.at().replace('T', ' ').substring(0, Math.min(16, memo.at().length())),
          shown(context, memo.text()));
    }
    page.table(table.build());
  }

  private static String about(ReportContext context, ReportText text, MemoRow memo) {
    return switch (memo.targetKind()) {
      case "study" -> context.study().name();
      case "source", "segment" -> memo.sourcePath() == null ? text.get("memos.gone") : memo.sourcePath();
      default -> code(context, memo.target()).orElse(text.get("memos.gone"));
    };
  }

  /** « Obstacle › Manque de temps (Partenariat) », from the codebook the memo's code belongs to. */
  private static Optional<String> code(ReportContext context, String target) {
    int slash = target.indexOf('/');
    if (slash <= 0) {
      return Optional.empty();
    }
    String codebook = target.substring(0, slash);
    String path = target.substring(slash + 1);
    Optional<ThemeCodings> coded = context.themes().stream().filter(t -> t.codebookId().equals(codebook)).findFirst();
    if (coded.isPresent() && coded.get().codebook().flatMap(b -> b.code(path)).isPresent()) {
      return Optional.of(coded.get().pathLabel(path) + " (" + coded.get().title() + ")");
    }
    return ReportService.codebook(context.study(), codebook).flatMap(b -> b.code(path).map(Code::label)
        .map(label -> label + " (" + b.label() + ")"));
  }

  private static String shown(ReportContext context, String raw) {
    return raw == null || raw.isEmpty() ? "" : context.pseudonymiser().get().pseudonymise(raw, context.placeholders());
  }

  private static String cut(String words) {
    return words.length() <= EXCERPT ? words : words.substring(0, EXCERPT).strip() + "…";
  }
}
