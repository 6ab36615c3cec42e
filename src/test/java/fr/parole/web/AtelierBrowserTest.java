package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The atelier in a real browser (headless Chromium): each page opens, in French, and passes axe. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AtelierBrowserTest {
  private AtelierFixture atelier;
  private Browser browser;

  @BeforeAll
  void start(@TempDir Path temporary) {
    atelier = AtelierFixture.demo(temporary);
    browser = new Browser();
    browser.driver().get(atelier.entry());
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    atelier.close();
  }

  @Test
  void theDashboardOpensFromThePrintedAddress() {
    browser.driver().get(atelier.base() + "/");
    assertEquals("Tableau de bord", browser.driver().findElement(By.tagName("h1")).getText());
    assertTrue(browser.driver().getTitle().startsWith("Tableau de bord"));
    browser.assertAccessible("tableau de bord");
  }
}
