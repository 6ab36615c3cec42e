package fr.parole.pipeline;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How long each stage of a run took. The pipeline says where each stage starts; a stage ends
 * when the next one starts or when the clock is stopped. One clock per run: it is not shared.
 */
public final class StageClock {
  /** The stages of {@code parole run}, in the order they run. */
  public enum Stage { IMPORT, INDEX, CODING, REPORT }

  private final LongSupplier nanos;
  private final Map<Stage, Duration> took = new EnumMap<>(Stage.class);
  private Stage current;
  private long since;

  public StageClock() {
    this(System::nanoTime);
  }

  /** With the clock given, in nanoseconds (a test's fake one). */
  StageClock(LongSupplier nanos) {
    this.nanos = nanos;
  }

  /** {@code stage} starts now; the stage under way, if any, ends. */
  public void start(Stage stage) {
    long now = nanos.getAsLong();
    end(now);
    current = stage;
    since = now;
  }

  /** Ends the stage under way; returns each stage's time, in stage order (only those that ran). */
  public Map<Stage, Duration> stop() {
    end(nanos.getAsLong());
    current = null;
    return Collections.unmodifiableMap(new EnumMap<>(took));
  }

  private void end(long now) {
    if (current != null) {
      took.merge(current, Duration.ofNanos(now - since), Duration::plus);
    }
  }
}
