package fr.parole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Rows read on a second thread reach the caller's in order, and a failure on either side ends both. */
class ReadAheadTest {
  @Test
  void everyRowArrivesInOrderOnTheCallersThread() {
    int rows = ReadAhead.BATCH * 5 + 7; // several full batches and a last, partial one
    List<Integer> counted = new ArrayList<>();
    Thread caller = Thread.currentThread();
    AtomicReference<Thread> reading = new AtomicReference<>();
    ReadAhead.<Integer>stream(sink -> {
      reading.set(Thread.currentThread());
      for (int i = 0; i < rows; i++) {
        sink.accept(i);
      }
    }, row -> {
      assertSame(caller, Thread.currentThread());
      counted.add(row);
    });
    assertEquals(rows, counted.size());
    for (int i = 0; i < rows; i++) {
      assertEquals(i, counted.get(i));
    }
    assertFalse(reading.get() == caller, "read on a thread of its own");
    assertFalse(reading.get().isAlive(), "the reader is done when stream returns");
  }

  @Test
  void aReadersFailureIsThrownAfterTheRowsReadBeforeIt() {
    List<Integer> counted = new ArrayList<>();
    IllegalStateException failure = new IllegalStateException("store unreadable");
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ReadAhead.<Integer>stream(sink -> {
      for (int i = 0; i < ReadAhead.BATCH + 3; i++) {
        sink.accept(i);
      }
      throw failure;
    }, counted::add));
    assertSame(failure, thrown);
    assertEquals(ReadAhead.BATCH, counted.size(), "the full batch read before the failure was counted");
  }

  @Test
  void aCountersFailureStopsTheReader() {
    AtomicBoolean readerEnded = new AtomicBoolean();
    AtomicReference<Thread> reading = new AtomicReference<>();
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> ReadAhead.<Integer>stream(
        sink -> {
          reading.set(Thread.currentThread());
          try {
            for (int i = 0; ; i++) { // endless: only the counter's failure stops it
              sink.accept(i);
            }
          } finally {
            readerEnded.set(true);
          }
        }, row -> {
          if (row == 3 * ReadAhead.BATCH) {
            throw new IllegalArgumentException("bad row");
          }
        }));
    assertEquals("bad row", thrown.getMessage());
    assertTrue(readerEnded.get(), "the reader was stopped before stream returned");
    assertFalse(reading.get().isAlive());
  }
}
