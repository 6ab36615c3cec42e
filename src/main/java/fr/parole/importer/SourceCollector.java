package fr.parole.importer;

import fr.parole.importer.questionnaire.QuestionnaireImporter;
import fr.parole.study.Study;
import fr.parole.study.StudyConfig.SourceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Lists the files that study.yaml's {@code sources:} name, in a stable order. */
public final class SourceCollector {
  public static final String QUESTIONNAIRE = "questionnaire";
  public static final List<String> TYPES = List.of("transcript", QUESTIONNAIRE);

  private final ImporterRegistry registry;

  public SourceCollector(ImporterRegistry registry) {
    this.registry = registry;
  }

  /** The files to import, sorted by path; skipped files of a folder are reported to {@code skipped}. */
  public List<Path> collect(Study study, List<String> skipped) {
    return new ArrayList<>(collectSources(study, skipped).keySet());
  }

  /** The files to import, sorted by path, each with the {@code sources:} entry that lists it. */
  public SortedMap<Path, SourceSpec> collectSources(Study study, List<String> skipped) {
    if (study.config().sources().isEmpty()) {
      throw new ImportException(study.folder().resolve(Study.CONFIG_FILE)
          + " : aucune source à importer. Ajoutez par exemple :\nsources:\n  - path: entretiens/\n    type: transcript");
    }
    SortedMap<Path, SourceSpec> files = new TreeMap<>();
    for (SourceSpec spec : study.config().sources()) {
      checkType(spec);
      if (spec.path() == null || spec.path().isBlank()) {
        throw new ImportException(Study.CONFIG_FILE + " : une source n'a pas de « path ».");
      }
      Path path = study.resolve(spec.path());
      List<Path> found;
      if (Files.isDirectory(path)) {
        found = walk(study, path, spec, skipped);
      } else if (Files.isRegularFile(path)) {
        if (!supports(spec, extension(path))) {
          throw new ImportException(study.relativeName(path) + " : format non pris en charge (attendu : "
              + String.join(", ", formats(spec)) + ").");
        }
        found = List.of(path);
      } else {
        throw new ImportException(Study.CONFIG_FILE + " : la source « " + spec.path() + " » n'existe pas dans "
            + study.folder() + ".");
      }
      for (Path file : found) {
        SourceSpec other = files.put(file, spec);
        if (other != null && !readAlike(other, spec)) {
          throw new ImportException(Study.CONFIG_FILE + " : « " + study.relativeName(file) + " » est listé par deux "
              + "sources (« " + other.path() + " » et « " + spec.path() + " ») ; une seule doit dire comment le lire.");
        }
      }
    }
    return files;
  }

  /** Two entries listing the same file must read it the same way; their paths may differ. */
  private static boolean readAlike(SourceSpec a, SourceSpec b) {
    return isQuestionnaire(a) == isQuestionnaire(b) && java.util.Objects.equals(a.questionnaire(), b.questionnaire())
        && java.util.Objects.equals(a.sheet(), b.sheet()) && a.attributes().equals(b.attributes());
  }

  private static boolean isQuestionnaire(SourceSpec spec) {
    return QUESTIONNAIRE.equals(spec.type());
  }

  private boolean supports(SourceSpec spec, String extension) {
    return isQuestionnaire(spec) ? QuestionnaireImporter.FORMATS.contains(extension) : registry.supports(extension);
  }

  private List<String> formats(SourceSpec spec) {
    return isQuestionnaire(spec) ? QuestionnaireImporter.FORMATS.stream().sorted().toList() : registry.formats();
  }

  private static void checkType(SourceSpec spec) {
    if (spec.type() != null && !TYPES.contains(spec.type())) {
      throw new ImportException(Study.CONFIG_FILE + " : type de source inconnu « " + spec.type() + " » pour « "
          + spec.path() + " » (types connus : " + String.join(", ", TYPES) + ").");
    }
    if (isQuestionnaire(spec) && (spec.questionnaire() == null || spec.questionnaire().isBlank())) {
      throw new ImportException(Study.CONFIG_FILE + " : la source « " + spec.path() + " » est de type questionnaire "
          + "mais ne nomme pas sa définition (ajoutez par exemple : questionnaire: checklist-has-partenariat).");
    }
    if (!isQuestionnaire(spec) && (spec.questionnaire() != null || spec.sheet() != null
        || !spec.attributes().isEmpty())) {
      throw new ImportException(Study.CONFIG_FILE + " : la source « " + spec.path() + " » : « questionnaire », "
          + "« sheet » et « attributes » ne valent que pour une source de type questionnaire.");
    }
  }

  private List<Path> walk(Study study, Path folder, SourceSpec spec, List<String> skipped) {
    try (Stream<Path> stream = Files.walk(folder)) {
      List<Path> found = new ArrayList<>();
      stream.filter(Files::isRegularFile)
          .filter(p -> !isHidden(folder.relativize(p)))
          .filter(p -> !p.getFileName().toString().startsWith("~$"))
          .forEach(p -> {
            if (supports(spec, extension(p))) {
              found.add(p);
            } else {
              skipped.add(study.relativeName(p));
            }
          });
      return found;
    } catch (IOException e) {
      throw new ImportException("Lecture du dossier " + folder + " impossible : " + e.getMessage(), e);
    }
  }

  /** A hidden file, or any file inside a hidden folder (.git, .parole, .ipynb_checkpoints…). */
  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static String extension(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
