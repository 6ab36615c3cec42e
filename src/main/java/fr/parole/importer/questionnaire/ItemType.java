package fr.parole.importer.questionnaire;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What kind of answer an item takes, as written in a definition's {@code type:}. */
public enum ItemType {
  /** An ordered scale of labels ("Pas du tout d'accord" … "Tout à fait d'accord"), listed in {@code labels}. */
  LIKERT,
  /** Oui / Non / En cours, as in the HAS partnership check-list. */
  OUI_NON_EN_COURS,
  /** Oui / Non. */
  YES_NO,
  /** One of the {@code choices}. */
  SINGLE_CHOICE,
  /** Some of the {@code choices}, in one cell, split by {@code separator}. */
  MULTIPLE_CHOICE,
  /** A number, with a decimal comma or point. */
  NUMBER,
  /** A free-text answer: it becomes a segment, coded like an interview turn. */
  TEXT;

  /** "likert", "oui_non_en_cours"…: how definitions and the store write it. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ItemType> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(ItemType::code).toList();
  }

  /** True for the types whose allowed answers the definition lists. */
  public boolean hasChoices() {
    return this == LIKERT || this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }
}
