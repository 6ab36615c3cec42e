package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.parole.pipeline.StageClock.Stage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageClockTest {
  private long now;

  @Test
  void eachStageLastsUntilTheNextStartsAndTheLastUntilTheClockStops() {
    StageClock clock = new StageClock(() -> now);
    clock.start(Stage.IMPORT);
    now += 12_000_000_000L;
    clock.start(Stage.INDEX);
    now += 5_000_000_000L;
    clock.start(Stage.REPORT);
    now += 18_000_000_000L;
    Map<Stage, Duration> took = clock.stop();
    assertEquals(List.of(Stage.IMPORT, Stage.INDEX, Stage.REPORT), List.copyOf(took.keySet()));
    assertEquals(Duration.ofSeconds(12), took.get(Stage.IMPORT));
    assertEquals(Duration.ofSeconds(5), took.get(Stage.INDEX));
    assertEquals(Duration.ofSeconds(18), took.get(Stage.REPORT));
  }

  @Test
  void aStageStartedTwiceAddsItsTimes() {
    StageClock clock = new StageClock(() -> now);
    clock.start(Stage.INDEX);
    now += 2_000_000_000L;
    clock.start(Stage.CODING);
    now += 1_000_000_000L;
    clock.start(Stage.INDEX);
    now += 3_000_000_000L;
    assertEquals(Duration.ofSeconds(5), clock.stop().get(Stage.INDEX));
  }
}
