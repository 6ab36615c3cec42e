package fr.parole.report;

import fr.parole.nlp.Pseudonymiser;
import fr.parole.study.CorpusCounts;
import fr.parole.study.ReportQueries;
import fr.parole.study.SourceRecord;
import fr.parole.study.StoreQueries;
import fr.parole.study.Study;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the sections read: the study, the store's queries, the corpus counts and the sources read
 * once for the report (each a scan of the segments at a million of them, where the sections asked
 * again for each attribute), the codings each codebook counts, one pseudonymiser with one set of
 * placeholders for the whole report (the same name gets the same placeholder in every quote), and
 * what the report cuts by ({@link ReportOptions}). The pseudonymiser loads the French models on first use only.
 */
record ReportContext(Study study, StoreQueries queries, CorpusCounts corpus, List<SourceRecord> sources,
    ReportQueries data, LemmaTables lemmas, List<ThemeCodings> themes, Supplier<Pseudonymiser> pseudonymiser,
    Pseudonymiser.Placeholders placeholders, ReportOptions options) {
  ReportContext {
    sources = List.copyOf(sources);
    themes = List.copyOf(themes);
  }

  boolean coded() {
    return themes.stream().anyMatch(t -> t.counted() > 0);
  }
}
