package fr.parole.coding;

import fr.parole.nlp.FrenchModels;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * What a coding run's results depend on besides the text: the version of Parole's coding, the
 * tagger's models (the full path's), the codebook (its rules, codes and thresholds; not its labels
 * or colours), the model files it loads (the study's, else the shipped ones), the attributes whose
 * lemmas are counted and the study's attribute rules. A source coded with the same fingerprint
 * need not be coded again.
 */
public record CodingFingerprint(String value) {
  /**
   * The version of what Parole's coding produces. Raise it with any change to Parole that makes the
   * same codebook, models and text give other suggestions or other lemma counts (the rule matcher,
   * the features a learned model reads, negation, the lemmas kept, a dependency such as the
   * stemmer): every source is then coded again by the next run, instead of keeping what the older
   * Parole suggested. A change that only makes coding faster leaves it. Not the release's version
   * (a release that does not change coding must not send 10 million comments to be coded again),
   * nor the tagger's models, which {@link FrenchModels#identity()} follows by itself.
   * 2: the POS tagger decodes greedily ({@code fr.parole.nlp.GreedyPosTagger}).
   */
  public static final int CODING_VERSION = 2;

  /**
   * The fingerprint of coding with {@code codebook} and the model files {@code models} (those the
   * coder is made from: {@link LearnedModels.ModelBytes#coder()}).
   */
  public static CodingFingerprint of(Codebook codebook, LearnedModels.ModelBytes models,
      Collection<String> countedAttributes, String attributeRules) {
    // A path that tags nothing (the fast one): a new tagger model changes none of its suggestions.
    return of(CODING_VERSION, models.path().tags() ? FrenchModels.identity() : "", codebook, models, countedAttributes,
        attributeRules);
  }

  static CodingFingerprint of(int codingVersion, String taggerModels, Codebook codebook,
      LearnedModels.ModelBytes models, Collection<String> countedAttributes, String attributeRules) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    update(digest, Integer.toString(codingVersion));
    update(digest, taggerModels);
    update(digest, models.path().fingerprint());
    // Records print their components in order, lists in order: a stable text of the codebook.
    update(digest, whatCodes(codebook).toString());
    for (Dimension dimension : codebook.dimensions()) {
      update(digest, dimension.id());
      byte[] model = models.byDimension().get(dimension.id());
      if (model != null) {
        digest.update(model);
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
