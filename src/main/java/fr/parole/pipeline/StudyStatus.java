package fr.parole.pipeline;

import fr.parole.coding.Codebook;
import fr.parole.stats.AttributeBreakdown;
import fr.parole.study.CodeCount;
import fr.parole.study.EsatisCount;
import fr.parole.study.LemmaCounts.LemmaCoverage;
import fr.parole.study.QuestionnaireCount;
import fr.parole.study.SourceRecord;
import fr.parole.study.StoreSummary;
import java.util.List;
import java.util.Map;

/**
 * What a study holds, for {@code parole status}: sources, attributes, codings, e-Satis results,
 * questionnaire answers, lemma counts for word specificities, and the codebooks study.yaml names
 * (by id, for their codes' labels).
 */
public record StudyStatus(
    String name, StoreSummary summary, List<SourceRecord> sources, List<AttributeBreakdown> attributes,
    boolean indexCurrent, int schemaVersion, List<CodeCount> codings, int esatisEstablishments,
    List<EsatisCount> esatis, List<QuestionnaireCount> questionnaires, LemmaCoverage lemmas,
    Map<String, Codebook> codebooks) {
  public StudyStatus {
    sources = List.copyOf(sources);
    questionnaires = List.copyOf(questionnaires);
    attributes = List.copyOf(attributes);
    codings = List.copyOf(codings);
    esatis = List.copyOf(esatis);
    codebooks = Map.copyOf(codebooks);
  }
}
