package fr.parole.coding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a codebook as YAML in the shape {@link CodebookReader} reads, children nested. */
public final class CodebookWriter {
  public void write(Codebook codebook, Path file) {
    try {
      Files.writeString(file, toYaml(codebook), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CodebookException("Impossible d'écrire " + file + " : " + e.getMessage(), e);
    }
  }

  /** The YAML text of a codebook, as {@link #write} writes it. */
  public String toYaml(Codebook codebook) {
    List<CodebookReader.DimensionFile> dimensions = codebook.dimensions().stream()
        .map(d -> new CodebookReader.DimensionFile(d.id(), d.label(), d.definition(),
            d.exclusive() ? Boolean.TRUE : null, d.countsNegatedMentions() ? CodebookReader.COUNT_NEGATED : null,
            tree(d, null)))
        .toList();
    CodebookReader.CodebookFile file = new CodebookReader.CodebookFile(codebook.id(), codebook.label(),
        codebook.description(), dimensions, null);
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
        .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    try {
      return mapper.writeValueAsString(file);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A codebook is plain strings and lists", e);
    }
  }

  private static List<CodebookReader.CodeFile> tree(Dimension dimension, String parent) {
    return dimension.children(parent).stream()
        .map(c -> new CodebookReader.CodeFile(c.id(), c.label(), c.definition(), c.threshold(), c.color(), c.examples(),
            c.rules(),
            tree(dimension, c.id()), null, null))
        .toList();
  }
}
