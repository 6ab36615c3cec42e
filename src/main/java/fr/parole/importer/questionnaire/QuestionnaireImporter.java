package fr.parole.importer.questionnaire;

import fr.parole.importer.ImportException;
import fr.parole.importer.ImportedSource;
import fr.parole.importer.Importer;
import fr.parole.importer.SourceFile;
import fr.parole.importer.TableData;
import fr.parole.importer.TableReader;
import fr.parole.study.NewResponses;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads questionnaire response files (CSV or XLSX, one row per respondent) against the definition
 * study.yaml names for them: closed answers become values, open answers segments (kind
 * {@code answer}) carrying the respondent's attributes and {@code questionnaire_item}.
 */
public final class QuestionnaireImporter implements Importer {
  /** The response file formats. */
  public static final Set<String> FORMATS = Set.of("csv", "tsv", "xlsx");
  /** Where shipped definitions live, in the repository and in the jar. */
  public static final String SHIPPED = "models/questionnaires/";

  private final Path studyFolder;
  private final String definition;
  private final String sheet;
  private final List<String> attributeColumns;
  private final TableReader tables;
  private Questionnaire questionnaire;

  /**
   * {@code definition}: a path relative to the study, or the name of a shipped definition;
   * {@code sheet}: the workbook sheet to read (null: the workbook's only sheet); {@code attributeColumns}:
   * the columns describing the respondent.
   */
  public QuestionnaireImporter(Path studyFolder, String definition, String sheet, List<String> attributeColumns,
      TableReader tables) {
    this.studyFolder = studyFolder;
    this.definition = definition;
    this.sheet = sheet;
    this.attributeColumns = List.copyOf(attributeColumns);
    this.tables = tables;
  }

  @Override
  public Set<String> formats() {
    return FORMATS;
  }

  /** The definition and how the file is read decide what it gives: a change to them re-imports it. */
  @Override
  public String settings() {
    return definition().hash() + "\u001f" + sheet + "\u001f" + String.join("\u001e", attributeColumns);
  }

  @Override
  public ImportedSource read(SourceFile file) {
    Questionnaire definition = definition();
    TableData table = tables.read(file, sheet);
    ResponseReader.Result result = new ResponseReader().read(definition, table, attributeColumns);
    List<String> warnings = new ArrayList<>(result.warnings());
    if (table.rows().isEmpty()) {
      throw ImportException.headerOnly(table.file(), "aucun répondant", "une ligne par répondant");
    }
    return new ImportedSource("questionnaire", null, result.content(),
        result.segments(), warnings, new NewResponses(stored(definition), result.respondents()));
  }

  /** The definition, read once per import. */
  public Questionnaire definition() {
    if (questionnaire == null) {
      questionnaire = load();
    }
    return questionnaire;
  }

  private Questionnaire load() {
    if (definition == null || definition.isBlank()) {
      throw new ImportException("study.yaml : une source de type questionnaire doit nommer sa définition (exemple : "
          + "questionnaire: checklist-has-partenariat, ou un fichier .yaml de l'étude).");
    }
    Path file = studyFolder.resolve(definition).normalize();
    QuestionnaireReader reader = new QuestionnaireReader();
    if (Files.isRegularFile(file)) {
      try {
        return reader.parse(definition, Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new ImportException(definition + " : lecture impossible : " + e.getMessage(), e);
      }
    }
    String name = SHIPPED + definition + ".yaml";
    try (InputStream in = QuestionnaireImporter.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new ImportException("study.yaml : définition de questionnaire introuvable : « " + definition
            + " » n'est ni un fichier de l'étude ni une définition livrée (checklist-has-partenariat).");
      }
      return reader.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ImportException(name + " : lecture impossible : " + e.getMessage(), e);
    }
  }

  private static NewResponses.Questionnaire stored(Questionnaire questionnaire) {
    return new NewResponses.Questionnaire(questionnaire.id(), questionnaire.title(), questionnaire.file(),
        questionnaire.hash(), questionnaire.items().stream()
            .map(i -> new NewResponses.Item(i.id(), i.label(), i.type().code(), i.choices())).toList());
  }
}
