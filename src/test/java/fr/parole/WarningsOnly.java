package fr.parole;

import java.util.function.Consumer;

/** A {@link Progress} that shows nothing but hands each warning to a test. */
public final class WarningsOnly implements Progress {
  private final Consumer<String> warnings;

  public WarningsOnly(Consumer<String> warnings) {
    this.warnings = warnings;
  }

  @Override
  public void update(String task, long done, long total) { }

  @Override
  public void info(String message) { }

  @Override
  public void warn(String message) {
    warnings.accept(message);
  }
}
