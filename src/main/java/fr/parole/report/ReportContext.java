package fr.parole.report;

import fr.parole.nlp.Pseudonymiser;
import fr.parole.study.CorpusCounts;
import fr.parole.study.LemmaCounts;
import fr.parole.study.ReportQueries;
import fr.parole.study.StoreQueries;
import fr.parole.study.Study;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the sections read: the study, the store's queries, the corpus counts read once for the
 * report, the codings each codebook counts, one pseudonymiser with one set of placeholders for
 * the whole report (the same name gets the same placeholder in every quote), and what the report
 * cuts by ({@link ReportOptions}). The pseudonymiser loads the French models on first use only.
 */
record ReportContext(Study study, StoreQueries queries, CorpusCounts corpus, ReportQueries data, LemmaCounts lemmas,
    List<ThemeCodings> themes, Supplier<Pseudonymiser> pseudonymiser, Pseudonymiser.Placeholders placeholders,
    ReportOptions options) {
  ReportContext {
    themes = List.copyOf(themes);
  }

  boolean coded() {
    return themes.stream().anyMatch(t -> t.counted() > 0);
  }
}
