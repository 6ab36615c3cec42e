package fr.parole.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the atelier's browser tests share: the demo atelier ({@link DemoAtelier}) and a headless
 * Chromium signed in as the local researcher (through the address printed at start).
 */
abstract class DemoInBrowser extends DemoAtelier {
  protected Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = new Browser();
    browser.driver().get(atelier.entry());
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
