package fr.parole.importer;

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
 * The importer for each file of an import: by the {@code type} of the study.yaml entry that lists
 * it (a questionnaire's response files are read against that entry's definition), else by the
 * file's extension. One questionnaire importer per entry, so its definition is read once.
 */
final class SourceReaders {
  private final Study study;
  private final ImporterRegistry registry;
  private final TableReader tables = new TableReader(new TextDecoder());
  private final Map<SourceSpec, QuestionnaireImporter> questionnaires = new HashMap<>();
  private final Map<String, String> definitionFiles = new HashMap<>();

  SourceReaders(Study study, ImporterRegistry registry) {
    this.study = study;
    this.registry = registry;
  }

  Importer forFile(SourceSpec spec, SourceFile file) {
    if (SourceCollector.QUESTIONNAIRE.equals(spec.type())) {
      QuestionnaireImporter importer = questionnaires.computeIfAbsent(spec, s -> new QuestionnaireImporter(
          study.folder(), s.questionnaire(), s.sheet(), respondentColumns(s), tables));
      checkOneDefinitionPerId(importer.definition());
      return importer;
    }
    return registry.forFile(file).orElseThrow(() -> new ImportException(
        file.name() + " : format non pris en charge (attendu : " + String.join(", ", registry.formats()) + ")."));
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
