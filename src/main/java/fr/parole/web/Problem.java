package fr.parole.web;

/**
 * A request the atelier refuses, with its HTTP status and a French sentence for the person
 * (never a stack trace, never a verbatim's raw text).
 */
public final class Problem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public Problem(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static Problem notFound(String what) {
    return new Problem(404, what);
  }

  public static Problem badRequest(String what) {
    return new Problem(400, what);
  }

  public static Problem forbidden() {
    return new Problem(403, "Cette page est réservée à d'autres rôles que le vôtre.");
  }
}
