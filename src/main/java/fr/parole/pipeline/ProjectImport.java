package fr.parole.pipeline;

import fr.parole.coding.CodebookWriter;
import fr.parole.exchange.QdpxProject;
import fr.parole.exchange.QdpxProject.Case;
import fr.parole.exchange.QdpxProject.Note;
import fr.parole.exchange.QdpxProject.Source;
import fr.parole.exchange.QdpxProject.User;
import fr.parole.exchange.QdpxReader;
import fr.parole.importer.ImportException;
import fr.parole.importer.ImportReport;
import fr.parole.importer.SourceFile;
import fr.parole.study.Study;
import fr.parole.study.StudyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Creates a study from a REFI-QDA project ({@code parole import-project}): its text sources as
 * {@code textes/*.txt} (line ends made {@code \n}, a control character a space, so that positions
 * stay), its code tree as the study's codebook ({@code livre-de-codes.yaml}), its cases' variables
 * as {@code cas.csv} (one row per source), then imports the study and brings in, in one transaction,
 * every coding as a person's coding (never the machine's) and every note as a memo
 * ({@link ProjectCodings}). The study is built in a folder beside the target and moved there only
 * when all went well: an error leaves nothing. What cannot be carried over is listed in French.
 */
public final class ProjectImport {
  static final String TEXTS = "textes";
  static final String CODEBOOK_FILE = "livre-de-codes.yaml";
  static final String CASES_FILE = "cas.csv";
  /** Who codings and notes are signed by when the project names no user for them. */
  static final String UNKNOWN_USER = "inconnu";

  private final Pipeline pipeline;

  public ProjectImport(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** What the import made, and what it could not carry over. */
  public record Summary(Path folder, int sources, int segments, int codings, int codes, int memos, int attributes,
      List<String> notCarried) {}

  public Summary importProject(Path qdpx, Path folder, String person) {
    checkTarget(folder);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(qdpx);
    } catch (IOException e) {
      throw new ImportException(qdpx + " : fichier illisible (" + e.getMessage() + ").");
    }
    QdpxProject project = new QdpxReader().read(new SourceFile(qdpx, qdpx.getFileName().toString(), bytes));
    Path parent = folder.toAbsolutePath().normalize().getParent();
    Path building;
    try {
      Files.createDirectories(parent);
      building = Files.createTempDirectory(parent, "." + folder.getFileName() + ".import-");
    } catch (IOException e) {
      throw new StudyException("Impossible de créer l'étude « " + folder + " » : " + e.getMessage() + ".");
    }
    try {
      Summary summary = build(project, qdpx, building, folder, person);
      Files.deleteIfExists(folder);
      Files.move(building, folder, StandardCopyOption.ATOMIC_MOVE);
      return summary;
    } catch (IOException e) {
      throw new StudyException("Impossible de créer l'étude « " + folder + " » : " + e.getMessage() + ".");
    } finally {
      delete(building);
    }
  }

  private Summary build(QdpxProject project, Path qdpx, Path dir, Path folder, String person) throws IOException {
    List<String> notCarried = new ArrayList<>(project.notCarried());
    ImportedCodebook codebook = new ImportedCodebook("projet", project.name(), project.codes());
    Map<String, ImportedText> texts = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    Files.createDirectories(dir.resolve(TEXTS));
    for (Source source : project.sources()) {
      if (source.text().isBlank()) {
        notCarried.add("La source « " + source.name() + " » : texte vide, rien à importer.");
        continue;
      }
      String name = fileName(source.name(), names);
      ImportedText text = new ImportedText(TEXTS + "/" + name, source);
      Files.writeString(dir.resolve(text.path()), text.text(), StandardCharsets.UTF_8);
      texts.put(source.guid(), text);
    }
    if (texts.isEmpty()) {
      throw new ImportException(qdpx + " : aucune source en texte dans le projet (attendu : au moins un <TextSource> "
          + "ou un PDF avec sa représentation en texte). Rien n'a été importé."
          + (notCarried.isEmpty() ? "" : " Non repris : " + String.join(" ", notCarried)));
    }
    new CodebookWriter().write(codebook.codebook(), dir.resolve(CODEBOOK_FILE));
    List<String> attributes = writeCases(project, texts, dir.resolve(CASES_FILE), notCarried);
    Files.writeString(dir.resolve(Study.CONFIG_FILE), yaml(project, qdpx, attributes), StandardCharsets.UTF_8);

    Study study = Study.open(dir);
    ImportReport report = pipeline.importStudy(study);
    if (report.hasFailures()) {
      throw new ImportException(qdpx + " : la source « " + report.failed().get(0).name() + " » n'a pas pu être "
          + "importée (" + report.failed().get(0).reason() + "). Rien n'a été importé.");
    }
    Map<String, String> users = new HashMap<>();
    for (User user : project.users()) {
      users.put(user.guid(), user.name().isBlank() ? UNKNOWN_USER : user.name().strip());
    }
    ProjectCodings.Result written = new ProjectCodings(study, codebook, texts, users, person, qdpx.getFileName()
        .toString(), !"Parole".equals(project.origin())).write(project, notCarried);
    return new Summary(folder, texts.size(), report.segments(), written.codings(), codebook.codebook().codes().size(),
        written.memos(), attributes.size(), notCarried);
  }

  /**
   * One row per source that cases (or the source itself) give variable values. Parole gives a
   * source one value per attribute: a variable with several values over one source (a speaker's
   * role, a section's level) is left empty there and listed once, with its values.
   */
  private static List<String> writeCases(QdpxProject project, Map<String, ImportedText> texts, Path file,
      List<String> notCarried) throws IOException {
    Map<String, String> sourceOfSelection = new HashMap<>();
    project.sources().forEach(s -> s.selections().forEach(sel -> sourceOfSelection.put(sel.guid(), s.guid())));
    Map<String, Map<String, Set<String>>> found = new LinkedHashMap<>();
    for (Case c : project.cases()) {
      Set<String> sources = new LinkedHashSet<>(c.sourceRefs());
      c.selectionRefs().stream().map(sourceOfSelection::get).filter(java.util.Objects::nonNull).forEach(sources::add);
      for (String guid : sources) {
        ImportedText text = texts.get(guid);
        if (text != null) {
          Map<String, Set<String>> row = found.computeIfAbsent(text.path(), k -> new LinkedHashMap<>());
          c.values().forEach((name, value) -> row.computeIfAbsent(name, k -> new LinkedHashSet<>())
              .add(value.replace(';', ',').replace('\n', ' ').strip()));
        }
      }
    }
    Set<String> columns = new LinkedHashSet<>();
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    found.forEach((path, variables) -> variables.forEach((name, values) -> {
      if (values.size() == 1) {
        rows.computeIfAbsent(path, k -> new LinkedHashMap<>()).put(name, values.iterator().next());
        columns.add(name);
      } else {
        notCarried.add("La variable « " + name + " » sur « " + path + " » : elle y prend " + values.size()
            + " valeurs (" + String.join(", ", values.stream().limit(5).toList()) + (values.size() > 5 ? ", …" : "")
            + ") ; Parole donne une valeur par source, elle est laissée vide.");
      }
    }));
    if (rows.isEmpty()) {
      return List.of();
    }
    StringBuilder csv = new StringBuilder("source");
    columns.forEach(column -> csv.append(';').append(column.replace(';', ',')));
    csv.append('\n');
    rows.forEach((path, values) -> {
      csv.append(path.substring(path.lastIndexOf('/') + 1));
      columns.forEach(column -> csv.append(';').append(values.getOrDefault(column, "")));
      csv.append('\n');
    });
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return List.copyOf(columns);
  }

  private static String yaml(QdpxProject project, Path qdpx, List<String> attributes) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("# Étude créée par parole import-project depuis ").append(qdpx.getFileName().toString()
        .replaceAll("[\\r\\n]", " "));
    if (!project.origin().isBlank()) {
      yaml.append(" (projet REFI-QDA écrit par ").append(project.origin().replaceAll("[\\r\\n]", " ")).append(')');
    }
    yaml.append(".\nname: ").append(quoted(project.name())).append('\n');
    yaml.append("sources:\n  - path: ").append(TEXTS).append("/\n    type: transcript\n");
    yaml.append("codebook: ").append(CODEBOOK_FILE).append('\n');
    if (!attributes.isEmpty()) {
      yaml.append("cases: ").append(CASES_FILE).append('\n');
    }
    return yaml.toString();
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n\\t]", " ") + "\"";
  }

  /** « Entretien n°3 » → {@code Entretien_n_3.txt}; a second one of that name gets « -2 ». */
  private static String fileName(String name, Set<String> taken) {
    String base = name.replaceAll(".*[/\\\\]", "").replaceAll("\\.(txt|md|docx|odt|pdf|rtf)$", "");
    base = base.replaceAll("[^\\p{L}\\p{N}._ -]+", "_").strip().replaceAll("^[.]+", "");
    if (base.length() > 80) {
      base = base.substring(0, 80);
    }
    if (base.isEmpty()) {
      base = "source";
    }
    String file = base + ".txt";
    for (int n = 2; !taken.add(file.toLowerCase(java.util.Locale.ROOT)); n++) {
      file = base + "-" + n + ".txt";
    }
    return file;
  }

  private static void checkTarget(Path folder) {
    if (Files.exists(folder)) {
      boolean empty;
      try (Stream<Path> entries = Files.list(folder)) {
        empty = entries.findAny().isEmpty();
      } catch (IOException e) {
        empty = false;
      }
      if (!empty) {
        throw new StudyException("« " + folder + " » existe déjà et n'est pas vide : donnez le nom d'un nouveau dossier"
            + " pour l'étude (parole import-project projet.qdpx <nouveau-dossier>).");
      }
    }
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // Left for the user to remove: a hidden folder beside the target, named after it.
    }
  }

  /** A note's text, opened by its name (a memo has no title in Parole) when {@code withName}. */
  static String noteText(Note note, boolean withName) {
    String name = note.name() == null ? "" : note.name().strip();
    return withName && !name.isEmpty() && !note.text().strip().startsWith(name) ? name + "\n" + note.text().strip()
        : note.text().strip();
  }
}
