package fr.parole.coding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * What a coding run's results depend on besides the text: the codebook (its rules, codes and
 * thresholds; not its labels or colours), the model files it loads (the study's, else the shipped
 * ones), the attributes whose lemmas are counted and the study's attribute rules. A source coded with the same fingerprint
 * need not be coded again.
 */
public record CodingFingerprint(String value) {
  /**
   * The fingerprint of coding with {@code codebook} and the models {@code learned} would load from
   * {@code studyModels} (the full path's or the fast path's: they code differently).
   */
  public static CodingFingerprint of(Codebook codebook, LearnedModels learned, Path studyModels,
      Collection<String> countedAttributes, String attributeRules) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    update(digest, learned.isFast() ? "rapide" : "complet");
    // Records print their components in order, lists in order: a stable text of the codebook.
    update(digest, whatCodes(codebook).toString());
    for (Dimension dimension : codebook.dimensions()) {
      update(digest, dimension.id());
      try (InputStream in = learned.open(codebook, dimension.id(), studyModels)) {
        if (in != null) {
          byte[] buffer = new byte[1 << 16];
          for (int n; (n = in.read(buffer)) > 0;) {
            digest.update(buffer, 0, n);
          }
        }
      } catch (IOException e) {
        throw new CodebookException("Modèle appris illisible pour « " + codebook.id() + " » : " + e.getMessage(), e);
      }
    }
    update(digest, String.join("\u0000", new TreeSet<>(countedAttributes)));
    update(digest, attributeRules == null ? "" : attributeRules);
    return new CodingFingerprint(HexFormat.of().formatHex(digest.digest()));
  }

  /**
   * The codebook without what only people read (labels, the codebook's description, colours):
   * renaming a code in the atelier must not send 10 million comments to be coded again. Definitions
   * and examples stay: they may teach a model.
   */
  static Codebook whatCodes(Codebook codebook) {
    return new Codebook(codebook.id(), "", "", codebook.dimensions().stream()
        .map(d -> new Dimension(d.id(), "", d.definition(), d.codes().stream()
            .map(c -> new Code(c.dimension(), c.id(), "", c.definition(), c.examples(), c.rules(), c.parent(),
                c.threshold(), null))
            .toList(), d.exclusive(), d.countsNegatedMentions()))
        .toList());
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }
}
