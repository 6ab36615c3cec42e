package fr.parole.stats;

/**
 * An establishment's HAS partnership check-list score: the share of {@code Oui} among the
 * answers {@code Oui}, {@code Non} and {@code En cours}, with {@code En cours} shown apart (a
 * project under way is neither done nor refused). Other answers (blank, "sans objet") are
 * counted in {@code other} and left out of the percentages.
 */
public record ChecklistScore(String establishment, long oui, long non, long enCours, long other,
    double ouiPercent, double nonPercent, double enCoursPercent) {

  public long answered() {
    return oui + non + enCours;
  }
}
