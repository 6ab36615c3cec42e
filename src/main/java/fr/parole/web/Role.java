package fr.parole.web;

import io.javalin.security.RouteRole;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a person may do in the atelier. A route names the roles that may call it; the server
 * refuses the others (403), whatever the page shows.
 */
public enum Role implements RouteRole {
  /** Everything, including the raw (not pseudonymised) text on demand. */
  CHERCHEUR("chercheur", "Chercheur ou chercheuse"),
  /** Pseudonymised text only; comments, proposes codes; reviews if the researcher allows it. */
  CO_CHERCHEUR("co-chercheur", "Co-chercheur ou co-chercheuse"),
  /** The dashboard and the report. */
  LECTEUR("lecteur", "Lecteur ou lectrice");

  private final String id;
  private final String label;

  Role(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The word stored and typed on the command line (« co-chercheur »). */
  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public static Optional<Role> of(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }
}
