package fr.parole.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signed-in people of one running atelier, by a random session id kept in an HttpOnly,
 * SameSite=Strict cookie. Each session has its own CSRF token, which every change must send back.
 * Held in memory: stopping the atelier signs everyone out, which is what a local tool should do.
 */
public final class Sessions {
  /** A session unused this long is over; the next request asks to sign in again. */
  public static final Duration IDLE = Duration.ofHours(8);

  /** A signed-in person. */
  public record Session(String id, Person person, String csrf, Instant lastSeen) {}

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  public Sessions(Clock clock) {
    this.clock = clock;
  }

  public Session open(Person person) {
    Session session = new Session(token(), person, token(), clock.instant());
    byId.put(session.id(), session);
    return session;
  }

  /** The live session of that id, its idle time reset; empty when unknown or expired. */
  public Optional<Session> find(String id) {
    return find(id, true);
  }

  /**
   * The live session of that id; its idle time reset when {@code touch} (a page left open that
   * only asks whether the data changed does not keep its session alive).
   */
  public Optional<Session> find(String id, boolean touch) {
    if (id == null) {
      return Optional.empty();
    }
    Session session = byId.get(id);
    if (session == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (session.lastSeen().plus(IDLE).isBefore(now)) {
      byId.remove(id);
      return Optional.empty();
    }
    if (!touch) {
      return Optional.of(session);
    }
    Session touched = new Session(session.id(), session.person(), session.csrf(), now);
    byId.put(id, touched);
    return Optional.of(touched);
  }

  public void close(String id) {
    if (id != null) {
      byId.remove(id);
    }
  }

  /** 256 random bits, URL-safe. */
  public String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
