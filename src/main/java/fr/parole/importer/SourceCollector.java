package fr.parole.importer;

import fr.parole.study.Study;
import fr.parole.study.StudyConfig.SourceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Lists the files that study.yaml's {@code sources:} name, in a stable order. */
public final class SourceCollector {
  public static final String TRANSCRIPT = "transcript";
  public static final String ESATIS = "esatis";
  public static final String VERBATIMS = "verbatims";
  public static final String QUESTIONNAIRE = "questionnaire";
  public static final List<String> TYPES = List.of(TRANSCRIPT, ESATIS, VERBATIMS, QUESTIONNAIRE);
  /** What results files, comment exports and questionnaire responses come as. */
  static final List<String> TABLE_FORMATS = List.of("csv", "tsv", "xlsx");

  private final ImporterRegistry registry;

  public SourceCollector(ImporterRegistry registry) {
    this.registry = registry;
  }

  /** The files to import, sorted by path; skipped files of a folder are reported to {@code skipped}. */
  public List<Path> collect(Study study, List<String> skipped) {
    return collectFiles(study, skipped).stream().map(CollectedFile::path).toList();
  }

  /**
   * The files to import with the source entry that lists them, sorted by path. A file listed by
   * two entries must be read the same way by both.
   */
  public List<CollectedFile> collectFiles(Study study, List<String> skipped) {
    if (study.config().sources().isEmpty()) {
      throw new ImportException(study.folder().resolve(Study.CONFIG_FILE)
          + " : aucune source à importer. Ajoutez par exemple :\nsources:\n  - path: entretiens/\n    type: transcript");
    }
    TreeMap<Path, SourceSpec> files = new TreeMap<>();
    for (SourceSpec spec : study.config().sources()) {
      checkType(spec);
      if (spec.path() == null || spec.path().isBlank()) {
        throw new ImportException(Study.CONFIG_FILE + " : une source n'a pas de « path ».");
      }
      Path path = study.resolve(spec.path());
      checkInside(study, spec, path);
      List<Path> found;
      if (Files.isDirectory(path)) {
        found = walk(study, spec, path, skipped);
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
        SourceSpec other = files.putIfAbsent(file, spec);
        if (other != null && !readAlike(other, spec)) {
          throw new ImportException(Study.CONFIG_FILE + " : « " + study.relativeName(file) + " » est listé par deux "
              + "sources (« " + other.path() + " » et « " + spec.path() + " ») ; une seule doit dire comment le lire.");
        }
      }
    }
    List<CollectedFile> collected = new ArrayList<>();
    files.forEach((path, spec) -> collected.add(new CollectedFile(path, spec, refusal(study, spec, path))));
    return collected;
  }

  /**
   * An entry whose path leads out of the study folder ({@code /etc/…}, {@code ../../…}, or a
   * symbolic link) stops the import before anything is read, unless it says {@code allow_outside}.
   */
  private static void checkInside(Study study, SourceSpec spec, Path path) {
    if (!spec.allowOutside() && !study.contains(path)) {
      throw new ImportException(study.outside(study.sourceEntry(spec.path()), true));
    }
  }

  /** Why a file found under an entry's folder must not be read: a symbolic link leading out of the study. */
  private static String refusal(Study study, SourceSpec spec, Path file) {
    if (spec.allowOutside() || study.contains(file)) {
      return null;
    }
    return study.relativeName(file) + " : lien symbolique qui mène hors du dossier de l'étude, refusé ("
        + study.sourceEntry(spec.path()) + "). Copiez le fichier dans l'étude, ou ajoutez « allow_outside: true » "
        + "à cette source si elle doit lire hors de l'étude.";
  }

  /** Two entries listing the same file must read it the same way; their paths may differ. */
  private static boolean readAlike(SourceSpec a, SourceSpec b) {
    return typeOf(a).equals(typeOf(b)) && Objects.equals(a.survey(), b.survey())
        && Objects.equals(a.year(), b.year()) && Objects.equals(a.sheet(), b.sheet())
        && a.columns().equals(b.columns()) && Objects.equals(a.questionnaire(), b.questionnaire())
        && a.attributes().equals(b.attributes());
  }

  private static String typeOf(SourceSpec spec) {
    return spec.type() == null ? TRANSCRIPT : spec.type();
  }

  private static boolean isQuestionnaire(SourceSpec spec) {
    return QUESTIONNAIRE.equals(spec.type());
  }

  private boolean supports(SourceSpec spec, String extension) {
    return formats(spec).contains(extension);
  }

  /** The extensions a source of this type is read from. */
  public List<String> formats(SourceSpec spec) {
    return typeOf(spec).equals(TRANSCRIPT) ? registry.formats() : TABLE_FORMATS;
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
    if (!isQuestionnaire(spec) && (spec.questionnaire() != null || !spec.attributes().isEmpty())) {
      throw new ImportException(Study.CONFIG_FILE + " : la source « " + spec.path() + " » : « questionnaire » "
          + "et « attributes » ne valent que pour une source de type questionnaire.");
    }
  }

  private List<Path> walk(Study study, SourceSpec spec, Path folder, List<String> skipped) {
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

  /** A file's extension in lower case, without the dot ("" when it has none). */
  public static String extension(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
