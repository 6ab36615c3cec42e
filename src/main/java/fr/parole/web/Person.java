package fr.parole.web;

import java.util.Objects;

/**
 * Someone using the atelier: their name (stamped on every decision, coding, memo and comment)
 * and role. {@code mayReview}: a co-researcher the researcher allowed to review suggestions.
 */
public record Person(String name, Role role, boolean mayReview) {
  public Person {
    Objects.requireNonNull(name);
    Objects.requireNonNull(role);
  }

  /** Whether this person sees only pseudonymised text (everyone but a researcher). */
  public boolean pseudonymised() {
    return role != Role.CHERCHEUR;
  }

  /** Whether this person may edit or delete a memo {@code author} wrote: its author, or a researcher. */
  public boolean mayChangeMemo(String author) {
    return role == Role.CHERCHEUR || name.equals(author);
  }

  public boolean canReview() {
    return role == Role.CHERCHEUR || role == Role.CO_CHERCHEUR && mayReview;
  }
}
