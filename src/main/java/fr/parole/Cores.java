package fr.parole;

/** How many worker threads the stages that use every core (indexing, tagging) start. */
public final class Cores {
  private Cores() {}

  /** One per core, at most four: neither indexing nor tagging gains beyond that on a laptop. */
  public static int workers() {
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }
}
