package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The atelier in a real browser (headless Chromium): each page opens, in French, and passes axe. */
class AtelierBrowserTest extends DemoInBrowser {

  @Test
  void theDashboardOpensFromThePrintedAddress() {
    browser.driver().get(atelier.base() + "/");
    assertEquals("Tableau de bord", browser.driver().findElement(By.tagName("h1")).getText());
    assertTrue(browser.driver().getTitle().startsWith("Tableau de bord"));
    browser.assertAccessible("tableau de bord");
  }
}
