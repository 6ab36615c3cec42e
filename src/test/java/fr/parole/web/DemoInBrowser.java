package fr.parole.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the atelier's browser tests share: the demo study run once, its atelier started, and a
 * headless Chromium signed in as the local researcher (through the address printed at start).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoInBrowser {
  protected AtelierFixture atelier;
  protected Browser browser;

  @BeforeAll
  void startAtelierAndBrowser(@TempDir Path temporary) {
    atelier = AtelierFixture.demo(temporary);
    browser = new Browser();
    browser.driver().get(atelier.entry());
  }

  @AfterAll
  void stopAtelierAndBrowser() {
    if (browser != null) {
      browser.close();
    }
    atelier.close();
  }
}
