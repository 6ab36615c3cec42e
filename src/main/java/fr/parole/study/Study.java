package fr.parole.study;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A study folder: {@code study.yaml}, the user's source files, and {@code .parole/} (the store and
 * the index, both derived from the sources and the user's own decisions).
 */
public final class Study {
  public static final String CONFIG_FILE = "study.yaml";
  public static final String WORK_DIR = ".parole";

  private final Path folder;
  private final StudyConfig config;
  private final StoreListener listener;

  private Study(Path folder, StudyConfig config, StoreListener listener) {
    this.folder = folder;
    this.config = config;
    this.listener = listener;
  }

  private Study(Path folder, StudyConfig config) {
    this(folder, config, StoreListener.NONE);
  }

  /** The same study, whose write transactions through this instance are told to {@code listener}. */
  public Study observed(StoreListener listener) {
    return new Study(folder, config, Objects.requireNonNull(listener, "listener"));
  }

  /** Opens an existing study, or says clearly why the folder is not one. */
  public static Study open(Path folder) {
    Objects.requireNonNull(folder, "folder");
    Path dir = folder.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new StudyException(
          "« " + folder + " » n'existe pas ou n'est pas un dossier. Créez une étude avec : parole init " + folder);
    }
    Path yaml = dir.resolve(CONFIG_FILE);
    if (!Files.isRegularFile(yaml)) {
      throw new StudyException(
          "« " + folder + " » n'est pas une étude Parole : " + CONFIG_FILE
              + " est introuvable. Créez une étude avec : parole init " + folder);
    }
    return new Study(dir, readConfig(yaml));
  }

  /** What a new study holds, which decides its folders, sources, attributes and codebooks. */
  public enum Contents {
    /** Interview transcripts (entretiens/), coded with partenariat. */
    INTERVIEWS,
    /** Patients' comments only (verbatims/), coded with esatis. */
    VERBATIMS,
    /** Both: interviews with partenariat, comments with esatis. */
    BOTH
  }

  /** Creates a new interview study folder with a commented {@code study.yaml} and an empty store. */
  public static Study init(Path folder) {
    return init(folder, Contents.INTERVIEWS);
  }

  /**
   * Creates a new study folder for {@code contents}: a commented {@code study.yaml} whose sources,
   * attributes and codebooks fit them (comments get the {@code esatis} codebook), the source
   * folders (entretiens/, verbatims/) and an empty store.
   */
  public static Study init(Path folder, Contents contents) {
    Path dir = folder.toAbsolutePath().normalize();
    Path yaml = dir.resolve(CONFIG_FILE);
    if (Files.exists(yaml)) {
      throw new StudyException("« " + folder + " » contient déjà une étude (" + CONFIG_FILE + " existe).");
    }
    try {
      if (contents != Contents.VERBATIMS) {
        Files.createDirectories(dir.resolve("entretiens"));
      }
      if (contents != Contents.INTERVIEWS) {
        Files.createDirectories(dir.resolve("verbatims"));
      }
      String name = dir.getFileName() == null ? "etude" : dir.getFileName().toString();
      Files.writeString(yaml, template(contents).replace("${name}", name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StudyException("Impossible de créer l'étude dans « " + folder + " » : " + e.getMessage(), e);
    }
    Study study = open(dir);
    try (StudyStore store = study.openStore()) {
      return study;
    }
  }

  private static String template(Contents contents) {
    if (contents == Contents.VERBATIMS) {
      return resource("study-template-verbatims.yaml");
    }
    String interviews = "  - path: entretiens/\n    type: transcript\n";
    String verbatims = "  - path: verbatims/\n    type: verbatims\n"
        + "    codebook: esatis      # les commentaires de patients, avec les thèmes e-Satis\n";
    String columns = "    columns: { \"Vos remarques\": text }     # colonnes que Parole ne reconnaît pas seul\n";
    String sources = contents == Contents.BOTH ? interviews + verbatims + "#" + columns
        : interviews + (verbatims + columns).replaceAll("(?m)^  ", "#  ");
    return resource("study-template.yaml").replace("${sources}", sources)
        .replace("${attributes}", contents == Contents.BOTH ? "[establishment, role, level, service, polarity]"
            : "[establishment, role, level]");
  }

  private static String resource(String name) {
    try (InputStream in = Study.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      // The template ships inside the jar: failing to read it means a broken build, not a user error.
      throw new UncheckedIOException("Unable to load the study.yaml template " + name, e);
    }
  }

  static StudyConfig readConfig(Path yaml) {
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try {
      String text = Files.readString(yaml, StandardCharsets.UTF_8);
      YamlReading.checkPlain(yaml.toString(), text, StudyException::new);
      StudyConfig config = mapper.readValue(text, StudyConfig.class);
      if (config == null) {
        throw new StudyException(yaml + " est vide : voir parole init --help pour un exemple.");
      }
      checkLabels(yaml, config);
      return config;
    } catch (UnrecognizedPropertyException e) {
      throw new StudyException(yaml + keyLine(yaml, e.getPropertyName(), e.getLocation()) + " : clé inconnue « "
          + e.getPropertyName()
          + " » (clés connues : " + e.getKnownPropertyIds() + ").", e);
    } catch (JsonProcessingException e) {
      throw new StudyException(YamlReading.explain(yaml.toString(), e), e);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new StudyException(yaml + " n'est pas enregistré en UTF-8 : enregistrez-le en UTF-8 depuis votre éditeur.", e);
    } catch (IOException e) {
      throw new StudyException("Impossible de lire " + yaml + " : " + e.getMessage(), e);
    }
  }

  /** Refuses a label left empty in {@code labels:}: the report would show nothing where a name belongs. */
  private static void checkLabels(Path yaml, StudyConfig config) {
    config.labels().forEach((attribute, labels) -> {
      if (labels == null || labels.label() != null && labels.label().isBlank()) {
        throw new StudyException(yaml + labelLine(yaml, attribute, null) + " : labels, « " + attribute
            + " » n'a pas de libellé ; écrivez par exemple « " + attribute + ": Projet », ou « label: » et « values: ».");
      }
      labels.values().forEach((value, label) -> {
        if (label == null || label.isBlank()) {
          throw new StudyException(yaml + labelLine(yaml, attribute, value) + " : labels, la valeur « " + value
              + " » de « " + attribute + " » n'a pas de libellé ; écrivez par exemple « " + value + ": Autre ».");
        }
      });
    });
  }

  /** Where study.yaml gives {@code attribute} its labels, for a message: the file and the line. */
  public String labelsOf(String attribute) {
    Path yaml = folder.resolve(CONFIG_FILE);
    return yaml + labelLine(yaml, attribute, null);
  }

  /** The line of {@code key} (then of {@code value} below it) in the {@code labels:} block. */
  private static String labelLine(Path yaml, String key, String value) {
    try {
      java.util.List<String> lines = Files.readAllLines(yaml, StandardCharsets.UTF_8);
      int line = next(lines, 0, "labels");
      line = line < 0 ? -1 : next(lines, line + 1, key);
      if (line >= 0 && value != null) {
        line = next(lines, line + 1, value);
      }
      return line < 0 ? "" : ", ligne " + (line + 1);
    } catch (IOException e) {
      return ""; // the file was just read; the message still names it
    }
  }

  private static int next(java.util.List<String> lines, int from, String key) {
    java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("\\s*[\"']?" + java.util.regex.Pattern.quote(key)
        + "[\"']?\\s*:.*");
    for (int i = from; i < lines.size(); i++) {
      if (pattern.matcher(lines.get(i)).matches()) {
        return i;
      }
    }
    return -1;
  }

  /** Jackson points after the unknown key's value; users want the key's own line. */
  private static String keyLine(Path yaml, String key, JsonLocation fallback) {
    try {
      java.util.List<String> lines = Files.readAllLines(yaml, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).matches("\\s*-?\\s*" + java.util.regex.Pattern.quote(key) + "\\s*:.*")) {
          return ", ligne " + (i + 1);
        }
      }
    } catch (IOException e) {
      // the file was just read; fall back to Jackson's position
    }
    return where(fallback);
  }

  private static String where(JsonLocation location) {
    return location == null || location.getLineNr() < 0 ? "" : ", ligne " + location.getLineNr();
  }

  public Path folder() {
    return folder;
  }

  public StudyConfig config() {
    return config;
  }

  /** The study's name: {@code name:} in study.yaml, or the folder's name. */
  public String name() {
    if (config.name() != null && !config.name().isBlank()) {
      return config.name().strip();
    }
    return folder.getFileName() == null ? "etude" : folder.getFileName().toString();
  }

  public Path workDir() {
    return folder.resolve(WORK_DIR);
  }

  public Path storeFile() {
    return workDir().resolve("study.db");
  }

  public Path indexDir() {
    return workDir().resolve("index");
  }

  /** Opens the store, creating or migrating it as needed. */
  public StudyStore openStore() {
    try {
      Files.createDirectories(workDir());
    } catch (IOException e) {
      throw new StudyException("Impossible de créer " + workDir() + " : " + e.getMessage(), e);
    }
    return StudyStore.open(storeFile(), listener);
  }

  /**
   * Whether {@code path} lies inside the study folder once symbolic links are followed (a path
   * that does not exist yet is judged by its normalised form). {@code ../esatis/x.csv} and a link
   * {@code entretiens/a.txt → /etc/passwd} are outside.
   */
  public boolean contains(Path path) {
    try {
      if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return path.toAbsolutePath().normalize().startsWith(folder);
      }
      return path.toRealPath().startsWith(folder.toRealPath());
    } catch (IOException e) {
      return false; // unreadable: not known to be inside, so not read
    }
  }

  /**
   * How a message names an entry of {@code sources:}: study.yaml, the line of its {@code path:}
   * when found, and the path as written.
   */
  public String sourceEntry(String path) {
    return CONFIG_FILE + line("path", path) + ", source « " + path + " »";
  }

  /** « , ligne N » where study.yaml gives {@code key: value} (or lists {@code value} under it), else "". */
  private String line(String key, String value) {
    String quoted = "[\"']?" + java.util.regex.Pattern.quote(value) + "[\"']?\\s*";
    String comment = "(#.*)?";
    // « key: value », then « - value » in a block list, then « [a, value, b] » in a flow list.
    java.util.regex.Pattern entry = java.util.regex.Pattern.compile("\\s*-?\\s*" + key + "\\s*:\\s*" + quoted + comment);
    java.util.regex.Pattern item = java.util.regex.Pattern.compile("\\s*-\\s*" + quoted + comment
        + "|.*[\\[,]\\s*" + quoted + "[,\\]].*");
    try {
      List<String> lines = Files.readAllLines(folder.resolve(CONFIG_FILE), StandardCharsets.UTF_8);
      for (java.util.regex.Pattern pattern : List.of(entry, item)) {
        for (int i = 0; i < lines.size(); i++) {
          if (pattern.matcher(lines.get(i)).matches()) {
            return ", ligne " + (i + 1);
          }
        }
      }
    } catch (IOException e) {
      // the file was read when the study was opened; the message still names the entry
    }
    return "";
  }

  /**
   * A file study.yaml names besides its sources' paths ({@code cases:}, {@code codebook:}, a
   * source's {@code questionnaire:}), resolved in the study folder. One that leads out of it (an
   * absolute path, {@code ../}, a symbolic link) is refused as a source path is, so that a study
   * copied from someone else cannot make Parole read {@code /etc/…}; {@code allowOutside} is the
   * source's {@code allow_outside: true}.
   */
  public Path ownFile(String key, String value, boolean allowOutside) {
    Path path = resolve(value);
    if (!allowOutside && Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !contains(path)) {
      boolean ofASource = !key.equals("cases") && !isStudyCodebook(key, value);
      throw new StudyException(outside(CONFIG_FILE + line(key, value) + ", « " + key + ": " + value + " »", ofASource));
    }
    return path;
  }

  /**
   * Why the entry {@code entry} of study.yaml, whose path leads out of the study, is refused and
   * what to do; {@code ofASource}: it belongs to a source, which {@code allow_outside} may let read.
   */
  public String outside(String entry, boolean ofASource) {
    return entry + " : ce chemin mène hors du dossier de l'étude (" + folder + ") ; Parole ne lit que les fichiers "
        + "de l'étude. Copiez-le dans l'étude" + (ofASource ? ", ou, si cette source doit vraiment être lue là où "
        + "elle est, ajoutez « allow_outside: true » à cette source." : ".");
  }

  private boolean isStudyCodebook(String key, String value) {
    return key.equals("codebook") && value.equals(config.codebook());
  }

  /**
   * What to load for a codebook named on the command line or in study.yaml: a file of the study
   * (one study.yaml names must be inside it, see {@link #ownFile}), a path given on the command
   * line, the study's own copy of a shipped codebook ({@link #ownCodebook}), or the name of a
   * shipped codebook.
   */
  public String codebookLocation(String name) {
    boolean named = name.equals(config.codebook()) || config.sources().stream().anyMatch(s -> name.equals(s.codebook()));
    boolean allowed = !name.equals(config.codebook())
        && config.sources().stream().anyMatch(s -> name.equals(s.codebook()) && s.allowOutside());
    Path inStudy = named ? ownFile("codebook", name, allowed) : resolve(name);
    boolean path = name.contains("/") || name.contains("\\");
    if (!Files.isRegularFile(inStudy) && !path && Files.isRegularFile(ownCodebook(name))) {
      return ownCodebook(name).toString();
    }
    return Files.isRegularFile(inStudy) || named && path ? inStudy.toString() : name;
  }

  /**
   * The study's own copy of a shipped codebook, {@code codebooks/<name>.yaml}: written by the first
   * change made to it in the atelier or by {@code parole codebook}, and found before the shipped one.
   */
  public Path ownCodebook(String name) {
    return folder.resolve("codebooks").resolve(name + ".yaml");
  }

  /** A path from study.yaml, relative to the study folder. */
  public Path resolve(String relative) {
    return folder.resolve(relative).normalize();
  }

  /**
   * How a file is named in messages and in the store: relative to the study, with '/'. A file
   * beside the study (study.yaml may list {@code ../esatis/…}) keeps a relative name too, so the
   * store does not depend on where the folders sit.
   */
  public String relativeName(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    boolean sameRoot = java.util.Objects.equals(abs.getRoot(), folder.getRoot());
    Path rel = sameRoot ? folder.relativize(abs) : abs;
    return rel.toString().replace('\\', '/');
  }
}
