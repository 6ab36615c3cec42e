package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A column's texts read as bytes: decoded as getString decodes them, one instance per text. */
class TextCacheTest {
  @Test
  void theSameBytesGiveTheSameStringDecodedAsUtf8() {
    TextCache cache = new TextCache();
    String first = cache.of("accueil/propreté".getBytes(StandardCharsets.UTF_8));
    String again = cache.of("accueil/propreté".getBytes(StandardCharsets.UTF_8));
    assertEquals("accueil/propreté", first);
    assertSame(first, again, "one string per distinct text, its hash computed once");
    assertEquals("𝔸/ﬀ", cache.of("𝔸/ﬀ".getBytes(StandardCharsets.UTF_8)));
    assertEquals("repas", cache.of("repas".getBytes(StandardCharsets.UTF_8)));
    assertNotSame(first, cache.of("repas".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void nullStaysNull() {
    assertNull(new TextCache().of(null));
  }
}
