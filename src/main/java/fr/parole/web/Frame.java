package fr.parole.web;

/**
 * What the layout around every page needs: the page title, the section of the navigation it
 * belongs to, the study's name, the signed-in person (null on the sign-in page), the session's
 * CSRF token, which the layout hands to htmx and to every form, and how current the study's figures
 * are ({@code change}: the store's change number they reflect; {@code behind}: being counted again
 * after a change made elsewhere), so the page can say when the data changed underneath it.
 */
public record Frame(String title, String section, String study, Person person, String csrf, long change,
    boolean behind) {

  /** Whether the navigation shows the section (a reader sees the dashboard and the report only). */
  public boolean shows(String other) {
    if (person == null) {
      return false;
    }
    return switch (other) {
      case "tableau", "rapport" -> true;
      case "revue", "aveugle" -> person.canReview();
      case "documents", "themes", "recherche", "discussion", "matrices", "memos", "livre" -> person.role() != Role.LECTEUR;
      case "classes" -> person.role() == Role.CHERCHEUR || person.role() == Role.CO_CHERCHEUR;
      default -> person.role() == Role.CHERCHEUR;
    };
  }

  /** The navigation this person sees, this page marked. */
  public Navigation navigation() {
    return Navigation.of(this);
  }

  public boolean current(String other) {
    return other.equals(section);
  }
}
