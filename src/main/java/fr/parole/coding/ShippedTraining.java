package fr.parole.coding;

import java.util.List;
import java.util.Map;

/**
 * The constructed texts a shipped codebook's default models learned from ({@code models/training/},
 * in the jar). A study's own model learns from them as well as from its people's decisions: the
 * learning curve (docs/benchmarks.md, « courbe d'apprentissage ») shows a model learned from a
 * hundred decisions alone below the shipped rules on real comments, and above them once these
 * texts are added.
 */
public final class ShippedTraining {
  private static final Map<String, String> FILES = Map.of(
      "esatis", "/models/training/esatis-commentaires.tsv",
      "partenariat", "/models/training/partenariat-entretiens.tsv");

  private ShippedTraining() {}

  /**
   * The labelled texts for {@code codebook}: none for a codebook Parole does not ship, or for a
   * study's edited copy whose codes no longer match them (a code renamed or merged): those texts
   * would teach codes the codebook no longer has.
   */
  public static List<GoldLabels.Labelled> rows(Codebook codebook) {
    String resource = FILES.get(codebook.id());
    if (resource == null) {
      return List.of();
    }
    try {
      return GoldLabels.read(codebook, TextTable.readResource(resource), Map.of()).rows();
    } catch (fr.parole.ParoleException e) {
      return List.of();
    }
  }
}
