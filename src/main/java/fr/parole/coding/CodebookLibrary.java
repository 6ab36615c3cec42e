package fr.parole.coding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Finds a codebook by name or path: a file ({@code .yaml}, {@code .yml}, {@code .qdc}), or one of
 * the codebooks shipped in {@code models/codebooks/} (packaged in the jar).
 */
public final class CodebookLibrary {
  /** The codebooks Parole ships. */
  public static final List<String> SHIPPED = List.of("partenariat", "esatis");

  private final CodebookReader yaml = new CodebookReader();
  private final QdcCodebooks qdc = new QdcCodebooks();

  /** A codebook from its YAML text (a stored version), {@code name} naming it in messages. */
  public Codebook fromYaml(String name, String yaml) {
    return this.yaml.parse(name, yaml);
  }

  public Codebook load(String nameOrPath) {
    Path file = Path.of(nameOrPath);
    if (Files.isRegularFile(file)) {
      String lower = nameOrPath.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".qdc") || lower.endsWith(".xml")) {
        return qdc.read(file);
      }
      return yaml.read(file);
    }
    String resource = "/models/codebooks/" + nameOrPath + ".yaml";
    try (InputStream in = CodebookLibrary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new CodebookException("Livre de codes introuvable : « " + nameOrPath + " » n'est ni un fichier ni un "
            + "livre de codes livré (" + String.join(", ", SHIPPED) + ").");
      }
      return yaml.parse("models/codebooks/" + nameOrPath + ".yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CodebookException("Livre de codes illisible : " + resource + " (" + e.getMessage() + ").", e);
    }
  }
}
