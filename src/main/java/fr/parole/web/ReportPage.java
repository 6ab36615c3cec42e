package fr.parole.web;

import fr.parole.report.ReportScripts;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Rapport: the report of {@code parole report}, produced from the atelier into the study's own
 * work folder ({@code <study>/.parole/atelier/rapport/<study>/}: derived data like the index, kept
 * apart from the reports a researcher writes with {@code --out}, never in a shared folder), viewed
 * and downloaded (workbook, zip) by every role. The report is pseudonymised when written.
 */
public final class ReportPage implements AtelierPage {
  static final String PATH = "/rapport";
  static final String VIEW = "/rapport/voir/";
  /** The report's files the atelier serves, by extension. */
  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "png", "image/png",
      "svg", "image/svg+xml", "csv", "text/csv; charset=utf-8",
      "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final Pattern SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE);

  private final AtelierServices services;
  /** One report at a time: a second request while one is written is told so. */
  private final ReentrantLock writing = new ReentrantLock();

  ReportPage(AtelierServices services) {
    this.services = services;
  }

  /** What the page shows: whether a report exists, when it was written, whether one is being written. */
  public record View(boolean exists, String written, boolean mayProduce, boolean running, List<String> charts,
      List<String> tables) {}

  @Override
  public void routes(RoutesConfig routes) {
    routes.get(PATH, this::show, Role.CHERCHEUR, Role.CO_CHERCHEUR, Role.LECTEUR);
    routes.post(PATH, this::produce, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.get(VIEW + "<chemin>", this::file, Role.CHERCHEUR, Role.CO_CHERCHEUR, Role.LECTEUR);
    routes.get(PATH + "/tableaux.xlsx", ctx -> download(ctx, "tableaux.xlsx", "tableaux.xlsx"),
        Role.CHERCHEUR, Role.CO_CHERCHEUR, Role.LECTEUR);
    routes.get(PATH + "/rapport.html", ctx -> download(ctx, "index.html", "rapport.html"),
        Role.CHERCHEUR, Role.CO_CHERCHEUR, Role.LECTEUR);
    routes.get(PATH + "/rapport.zip", this::zip, Role.CHERCHEUR, Role.CO_CHERCHEUR, Role.LECTEUR);
  }

  /** The report quotes segments under their themes, from everyone's codings (the page itself only says when). */
  @Override
  public List<CodingsShown> showsCodings() {
    return CodingsShown.pages(VIEW + "<chemin>", PATH + "/tableaux.xlsx", PATH + "/rapport.html", PATH + "/rapport.zip");
  }

  /** Where the atelier writes the report: {@code parole report}'s own folder lands inside. */
  Path root() {
    return services.study().workDir().resolve("atelier").resolve("rapport");
  }

  /** The report's folder, when one was written (the newest, should the study have been renamed). */
  Optional<Path> folder() {
    if (!Files.isDirectory(root())) {
      return Optional.empty();
    }
    try (Stream<Path> folders = Files.list(root())) {
      return folders.filter(f -> Files.isRegularFile(f.resolve("index.html")))
          .max(Comparator.comparing(f -> f.resolve("index.html").toFile().lastModified()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void show(Context ctx) {
    ctx.html(services.views().page("report.jte", Requests.frame(ctx, services, "Rapport", "rapport"),
        view(Requests.person(ctx), writing.isLocked())));
  }

  private View view(Person person, boolean running) {
    boolean mayProduce = person.role() != Role.LECTEUR;
    Optional<Path> folder = folder();
    if (folder.isEmpty()) {
      return new View(false, null, mayProduce, running, List.of(), List.of());
    }
    Path dir = folder.get();
    String written = WHEN.format(java.time.Instant.ofEpochMilli(dir.resolve("index.html").toFile().lastModified())
        .atZone(ZoneId.systemDefault()));
    return new View(true, written, mayProduce, running, List.of(), List.of());
  }

  /**
   * Writes the report within the request (a few seconds on the demo) and sends the person back to
   * the page; the button says « en cours » meanwhile (htmx), and a second request is told to wait.
   */
  private void produce(Context ctx) {
    if (!writing.tryLock()) {
      ctx.status(409);
      ctx.html(services.views().page("report.jte", Requests.frame(ctx, services, "Rapport", "rapport"),
          view(Requests.person(ctx), true)));
      return;
    }
    try {
      services.pipeline().report(services.study(), root());
    } finally {
      writing.unlock();
    }
    ctx.redirect(PATH, io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** A file of the report folder, never one outside it. */
  private void file(Context ctx) {
    Path file = inside(ctx.pathParam("chemin"));
    String type = type(file);
    if (file.getFileName().toString().equals("index.html")) {
      String html = read(file);
      ctx.header("Content-Security-Policy", reportPolicy(html));
      ctx.contentType(type);
      ctx.result(html);
      return;
    }
    ctx.contentType(type);
    ctx.result(bytes(file));
  }

  /**
   * The report's own policy. Its page carries its style sheet inline (one self-contained file that
   * works offline and prints), so inline style is allowed here only; its scripts (the quotes
   * filter) are allowed one by one by their hash, and only those the report writes
   * ({@link ReportScripts}): any other script in the page would not run. Everything in the report
   * is escaped when written, the page is served from the atelier itself, and nothing else is
   * allowed (no other origin, no form, no framing).
   */
  static String reportPolicy(String html) {
    List<String> hashes = new ArrayList<>();
    Matcher script = SCRIPT.matcher(html);
    while (script.find()) {
      if (ReportScripts.isReportScript(script.group(1))) {
        hashes.add("'sha256-" + sha256(script.group(1)) + "'");
      }
    }
    return "default-src 'none'; script-src " + (hashes.isEmpty() ? "'none'" : String.join(" ", hashes.stream().distinct().toList()))
        + "; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
        + "frame-ancestors 'none'; object-src 'none'";
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * The file {@code asked} names in the report folder: resolved, normalised and checked to stay
   * inside it (« .. », an absolute path or a link out of it is refused), of a type the report writes.
   */
  Path inside(String asked) {
    Path dir = folder().orElseThrow(() -> Problem.notFound("Aucun rapport n'a encore été produit dans l'atelier."));
    if (asked.indexOf('\0') >= 0 || asked.contains("\\")) {
      throw Problem.badRequest("Ce chemin de fichier n'est pas valide.");
    }
    Path file = dir.resolve(asked).normalize();
    if (!file.startsWith(dir) || file.equals(dir)) {
      throw Problem.notFound("Ce fichier ne fait pas partie du rapport.");
    }
    try {
      if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(dir.toRealPath())) {
        throw Problem.notFound("Ce fichier ne fait pas partie du rapport.");
      }
    } catch (IOException e) {
      throw Problem.notFound("Ce fichier ne fait pas partie du rapport.");
    }
    type(file);
    return file;
  }

  private static String type(Path file) {
    String name = file.getFileName().toString();
    String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
    if (type == null) {
      throw Problem.notFound("Ce fichier ne fait pas partie du rapport.");
    }
    return type;
  }

  private void download(Context ctx, String name, String as) {
    Path file = inside(name);
    ctx.header("Content-Disposition", "attachment; filename=\"" + as + "\"");
    ctx.contentType(type(file));
    ctx.result(bytes(file));
  }

  /** The whole report folder (page, tables, charts) as one zip, for a meeting or an e-mail. */
  private void zip(Context ctx) {
    Path dir = folder().orElseThrow(() -> Problem.notFound("Aucun rapport n'a encore été produit dans l'atelier."));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        zip.putNextEntry(new ZipEntry("rapport/" + dir.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, zip);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.header("Content-Disposition", "attachment; filename=\"rapport.zip\"");
    ctx.contentType("application/zip");
    ctx.result(out.toByteArray());
  }

  private static String read(Path file) {
    return new String(bytes(file), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
