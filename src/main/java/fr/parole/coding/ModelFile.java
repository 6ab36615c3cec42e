package fr.parole.coding;

import fr.parole.StableZip;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A dimension's model on disk ({@code <dimension>.bin}): a zip holding {@code parole-model.properties}
 * (format, kind, features, code map, rule hits, and per code its calibration, threshold and number
 * of training texts: what {@code parole codebook} shows) and {@code weights.bin} ({@link WeightTable}).
 * Written byte for byte the same for the same model (sorted properties without a date, fixed entry
 * times). Models of earlier versions (an OpenNLP document-categorizer model per dimension, chosen
 * among codes one at a time) are refused with a message asking to train again.
 */
final class ModelFile {
  /** The version of this layout; a file of another version is refused. */
  static final String FORMAT = "2";
  static final String PROPERTIES = "parole-model.properties";
  static final String WEIGHTS = "weights.bin";
  /** 2020-01-01: a fixed date for the entries (zip stores one), so that files do not change with the clock. */
  private static final long ENTRY_TIME = 1_577_836_800_000L;
  private static final String RETRAIN = "réentraînez-le avec « parole train » (voir models/README.md pour les "
      + "modèles livrés).";

  private ModelFile() {}

  static void write(DimensionModel model, OutputStream out) throws IOException {
    Properties properties = model.properties();
    properties.setProperty("format", FORMAT);
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    properties.store(text, null);
    // Properties.store writes a date comment and follows hash order: drop the one, sort the other.
    String sorted = Arrays.stream(text.toString(StandardCharsets.ISO_8859_1).split("\n"))
        .filter(line -> !line.startsWith("#") && !line.isBlank()).sorted().collect(Collectors.joining("\n", "", "\n"));
    ByteArrayOutputStream weights = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(weights)) {
      model.table().write(data);
    }
    ZipOutputStream zip = new ZipOutputStream(out);
    entry(zip, PROPERTIES, sorted.getBytes(StandardCharsets.ISO_8859_1));
    entry(zip, WEIGHTS, weights.toByteArray());
    zip.finish();
  }

  private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    StableZip.entry(zip, name, bytes, ENTRY_TIME);
  }

  static DimensionModel read(InputStream in) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        entries.put(entry.getName(), zip.readAllBytes());
      }
    }
    if (!entries.containsKey(PROPERTIES)) {
      if (entries.containsKey("manifest.properties")) {
        throw new CodebookException("Modèle appris d'une version antérieure de Parole (un code par dimension, "
            + "sans seuils) : " + RETRAIN);
      }
      throw new CodebookException("Fichier de modèle appris illisible (ni modèle Parole ni modèle OpenNLP).");
    }
    Properties properties = new Properties();
    properties.load(new ByteArrayInputStream(entries.get(PROPERTIES)));
    if (!FORMAT.equals(properties.getProperty("format")) || !entries.containsKey(WEIGHTS)) {
      throw new CodebookException("Modèle appris d'une autre version de Parole (format « "
          + properties.getProperty("format") + " ») : " + RETRAIN);
    }
    try (DataInputStream data = new DataInputStream(new ByteArrayInputStream(entries.get(WEIGHTS)))) {
      return DimensionModel.of(properties, WeightTable.read(data));
    }
  }
}
