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

  /** Writes what the browser shows to target/atelier-captures/{@code name}.png, to look at. */
  protected void capture(String name) {
    try {
      java.nio.file.Path folder = java.nio.file.Path.of("target", "atelier-captures");
      java.nio.file.Files.createDirectories(folder);
      java.nio.file.Files.write(folder.resolve(name + ".png"), browser.screenshot());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
