package fr.parole.report;

import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookException;
import fr.parole.coding.CodebookLibrary;
import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.Pseudonymiser;
import fr.parole.study.ReportQueries;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Writes {@code <out>/<study>/}: a self-contained {@code index.html} in French or English (corpus, themes,
 * by establishment, by level, e-Satis, questionnaires, method), each table as CSV and all of them
 * in one workbook, the charts as PNG and SVG. The sections only lay out what {@code fr.parole.stats}
 * computes; the same study gives the same tables byte for byte (everything sorted, no dates).
 */
public final class ReportService {
  private final ChartImages images = new ChartImages();
  private final Supplier<FrenchModels> models;

  /** A report that takes the French models (for the quotes' pseudonymisation) from {@code models}. */
  public ReportService(Supplier<FrenchModels> models) {
    this.models = models;
  }

  /** Writes the report in {@code language} and returns the path of its index.html. */
  public Path write(Study study, StudyStore store, Path outRoot, ReportLanguage language) {
    ReportQueries data = store.reportQueries();
    List<ThemeCodings> themes = new ArrayList<>();
    for (String codebook : data.codedCodebooks()) {
      themes.add(ThemeCodings.select(codebook, codebook(study, codebook), data.codings(codebook)));
    }
    Supplier<Pseudonymiser> pseudonymiser = new Supplier<>() {
      private Pseudonymiser loaded;

      @Override
      public Pseudonymiser get() {
        if (loaded == null) {
          loaded = Pseudonymiser.french(models.get());
        }
        return loaded;
      }
    };
    ReportContext context = new ReportContext(study, store.queries(), data, store.lemmaCounts(), themes, pseudonymiser,
        new Pseudonymiser.Placeholders());
    ReportText text = new ReportText(language);
    Charts charts = new Charts(text);
    ReportPage page = new ReportPage(images, text);
    CorpusSection corpus = new CorpusSection(charts);
    corpus.write(page, context);
    new ThemesSection(charts).write(page, context);
    corpus.writeGroups(page, context);
    new EsatisSection(charts).write(page, context);
    new QuestionnairesSection(charts).write(page, context);
    new MethodSection().write(page, context);
    String html = HtmlLayout.page(study.name(), page);
    return new ReportFiles(images).write(outRoot.resolve(folderName(study.name())), html, page);
  }

  /**
   * The codebook behind the codings: one study.yaml names (a file in the study or a shipped one)
   * whose id matches, else a shipped one of that id; none when it cannot be found, and the report
   * then shows code ids instead of labels.
   */
  private static Optional<Codebook> codebook(Study study, String id) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    names.add(study.config().codebook());
    study.config().sources().forEach(s -> names.add(s.codebook()));
    names.add(id);
    CodebookLibrary library = new CodebookLibrary();
    for (String name : names.stream().filter(Objects::nonNull).filter(n -> !n.isBlank()).toList()) {
      try {
        Path inStudy = study.resolve(name);
        Codebook book = library.load(Files.isRegularFile(inStudy) ? inStudy.toString() : name);
        if (book.id().equals(id)) {
          return Optional.of(book);
        }
      } catch (CodebookException | fr.parole.study.StudyException e) {
        // A codebook study.yaml names but that cannot be read: the report falls back on code ids.
      }
    }
    return Optional.empty();
  }

  /** Report folders are named after the study, with only safe characters. */
  static String folderName(String studyName) {
    String safe = studyName.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    return safe.isEmpty() || safe.startsWith(".") ? "etude" : safe;
  }
}
