package fr.parole.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits password guessing: after {@link #MAX_FAILURES} refused sign-ins in {@link #WINDOW} for one
 * name, or from one address, further attempts are refused (429) until the oldest failure is that old.
 * In memory, like the sessions: a restart forgets them.
 */
final class SignInLimits {
  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  /** Beyond this many names and addresses remembered, expired ones are forgotten first. */
  private static final int MAX_KEYS = 10_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  SignInLimits(Clock clock) {
    this.clock = clock;
  }

  /** Whether attempts for this name or from this address are refused for now. */
  boolean blocked(String name, String address) {
    return count(nameKey(name)) >= MAX_FAILURES || count(addressKey(address)) >= MAX_FAILURES;
  }

  void failed(String name, String address) {
    if (failures.size() > MAX_KEYS) {
      failures.keySet().removeIf(key -> count(key) == 0);
    }
    Instant now = clock.instant();
    for (String key : new String[] {nameKey(name), addressKey(address)}) {
      Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
      synchronized (times) {
        times.addLast(now);
      }
    }
  }

  /** A person signed in: their name's failures are forgotten (not their address's). */
  void succeeded(String name) {
    failures.remove(nameKey(name));
  }

  private int count(String key) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    Instant since = clock.instant().minus(WINDOW);
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
        times.removeFirst();
      }
      return times.size();
    }
  }

  private static String nameKey(String name) {
    return "nom:" + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "adresse:" + address;
  }
}
