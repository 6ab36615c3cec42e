package fr.parole.importer;

import fr.parole.importer.esatis.EsatisColumns;
import fr.parole.importer.esatis.EsatisResultsReader;
import fr.parole.importer.questionnaire.Questionnaire;
import fr.parole.importer.questionnaire.QuestionnaireImporter;
import fr.parole.study.Study;
import fr.parole.study.StudyConfig.SourceSpec;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a collected file as its source entry's type says: transcripts by their extension
 * (through the {@link ImporterRegistry}), e-Satis results as tables, and a
 * questionnaire's response files against that entry's definition (comment exports are streamed
 * by {@link VerbatimStore}, never read whole here). One questionnaire importer per entry, so its
 * definition is read once.
 */
final class SourceReaders {
  private final Study study;
  private final ImporterRegistry registry;
  private final TableReader tables = new TableReader(new TextDecoder());
  private final EsatisResultsReader esatis = new EsatisResultsReader(tables, EsatisColumns.shipped());
  private final Map<SourceSpec, QuestionnaireImporter> questionnaires = new HashMap<>();
  private final Map<String, String> definitionFiles = new HashMap<>();

  SourceReaders(Study study, ImporterRegistry registry) {
    this.study = study;
    this.registry = registry;
  }

  ReadSource read(CollectedFile collected, SourceFile file) {
    return switch (collected.type()) {
      case SourceCollector.ESATIS -> esatis.read(file, collected.spec());
      case SourceCollector.QUESTIONNAIRE -> questionnaire(collected.spec()).read(file);
      default -> registry.forFile(file).orElseThrow(() -> new ImportException(file.name()
          + " : format non pris en charge (attendu : " + String.join(", ", registry.formats()) + ").")).read(file);
    };
  }

  /**
   * What, besides the file's bytes, decides what reading it gives (a questionnaire's definition,
   * sheet and respondent columns); empty for other sources, whose hash is that of their bytes.
   */
  String settings(CollectedFile collected) {
    return SourceCollector.QUESTIONNAIRE.equals(collected.type()) ? questionnaire(collected.spec()).settings() : "";
  }

  private QuestionnaireImporter questionnaire(SourceSpec spec) {
    if (spec.questionnaire() != null && !spec.questionnaire().isBlank()) {
      study.ownFile("questionnaire", spec.questionnaire(), spec.allowOutside());
    }
    QuestionnaireImporter importer = questionnaires.computeIfAbsent(spec, s -> new QuestionnaireImporter(
        study.folder(), s.questionnaire(), s.sheet(), respondentColumns(s), tables));
    checkOneDefinitionPerId(importer.definition());
    return importer;
  }

  /** The store keys questionnaires by id: two definition files under one id would overwrite each other's items. */
  private void checkOneDefinitionPerId(Questionnaire definition) {
    String other = definitionFiles.putIfAbsent(definition.id(), definition.file());
    if (other != null && !other.equals(definition.file())) {
      throw new ImportException(definition.file() + " : l'id « " + definition.id() + " » est déjà celui de la "
          + "définition " + other + " ; donnez à chaque questionnaire un id différent.");
    }
  }

  /** The entry's own respondent columns, and the attributes the study declares for all its sources. */
  private List<String> respondentColumns(SourceSpec spec) {
    Set<String> columns = new LinkedHashSet<>(spec.attributes());
    columns.addAll(study.config().attributes());
    return List.copyOf(columns);
  }
}
