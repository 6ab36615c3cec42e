package fr.parole.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** What the atelier's HTTP tests share: the demo study run once and its atelier started. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoAtelier {
  protected AtelierFixture atelier;

  @BeforeAll
  void startAtelier(@TempDir Path temporary) {
    atelier = AtelierFixture.demo(temporary);
  }

  @AfterAll
  void stopAtelier() {
    atelier.close();
  }
}
