package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Recherche and Rapport in a real browser: typing, a facet, the next page; producing and opening the report. */
class SearchBrowserTest extends DemoInBrowser {

  /** The search page as a person uses it. */
  static final class Search {
    private static final By BOX = By.id("q");
    private static final By RESULTS = By.id("resultats");
    private static final By COUNT = By.cssSelector("#resultats .count");
    private final WebDriver driver;

    Search(WebDriver driver) {
      this.driver = driver;
      if (!driver.getTitle().startsWith("Recherche")) {
        throw new IllegalStateException("This is not the search page: " + driver.getTitle());
      }
    }

    /** Types the query, letting htmx update the results (no submit). */
    Search type(String query) {
      String before = results();
      driver.findElement(BOX).sendKeys(query);
      settled(before);
      return this;
    }

    private String results() {
      return text(RESULTS);
    }

    /** Waits until htmx has swapped the results and has no request under way. */
    private void settled(String before) {
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !results().equals(before)
          && d.findElements(By.cssSelector(".htmx-request, .htmx-settling, .htmx-swapping")).isEmpty());
    }

    String count() {
      return text(COUNT);
    }

    /** The element's text, or "" without it; read again when htmx replaced it meanwhile. */
    private String text(By locator) {
      for (int attempt = 0; ; attempt++) {
        try {
          List<WebElement> found = driver.findElements(locator);
          return found.isEmpty() ? "" : found.get(0).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
          if (attempt > 5) {
            throw e;
          }
        }
      }
    }

    List<WebElement> lines() {
      return driver.findElements(By.cssSelector(".kwic tbody tr"));
    }

    Search facet(String label) {
      String before = results();
      driver.findElement(By.xpath("//section[@class='facets']//a[starts-with(normalize-space(.), '" + label + " ')]")).click();
      settled(before);
      return this;
    }

    Search next() {
      String before = results();
      driver.findElement(By.cssSelector("a[rel=next]")).click();
      settled(before);
      return this;
    }
  }

  @Test
  void typeAQueryClickAFacetTurnThePage() throws Exception {
    browser.driver().get(atelier.base() + "/recherche");
    Search search = new Search(browser.driver());
    browser.assertAccessible("recherche vide");
    search.type("attent*");
    assertTrue(search.count().contains("occurrences 1 à 20"), search.count());
    assertEquals(20, search.lines().size());
    assertTrue(browser.driver().getCurrentUrl().contains("q=attent"), "the address follows the query");
    screenshot("recherche");
    browser.assertAccessible("recherche avec résultats");
    String all = search.count();
    search.facet("CHU1");
    assertTrue(browser.driver().getCurrentUrl().contains("where=establishment"), browser.driver().getCurrentUrl());
    assertFalse(search.count().equals(all));
    assertTrue(browser.driver().findElement(By.cssSelector(".chosen")).getText().contains("CHU1"));
    browser.assertAccessible("recherche filtrée");
    search.next();
    assertTrue(search.count().contains("occurrences 21 à"), search.count());
    browser.assertAccessible("recherche page 2");
    browser.driver().findElement(By.id("q")).clear();
    search.type("attente (");
    assertTrue(browser.driver().findElement(By.cssSelector("#resultats .problem")).getText().contains("parenthèse"));
    browser.assertAccessible("recherche erreur");
  }

  @Test
  void produceTheReportAndOpenIt() throws Exception {
    browser.driver().get(atelier.base() + "/rapport");
    assertEquals("Rapport", browser.driver().findElement(By.tagName("h1")).getText());
    browser.assertAccessible("rapport absent");
    browser.driver().findElement(By.cssSelector("#produire button")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(
        d -> !d.findElements(By.linkText("Lire le rapport")).isEmpty());
    screenshot("rapport");
    browser.assertAccessible("rapport produit");
    browser.driver().findElement(By.linkText("Lire le rapport")).click();
    assertTrue(browser.driver().getCurrentUrl().endsWith("/rapport/voir/index.html"));
    assertTrue(browser.driver().getTitle().startsWith("Parole"), browser.driver().getTitle());
    // The quotes filter is the report's own script: allowed by its hash, it hides the extra quotes.
    assertTrue(browser.driver().manage().logs().get("browser").getAll().stream()
        .noneMatch(e -> e.getMessage().contains("Content Security Policy")), "no script or style refused");
  }

  private void screenshot(String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), browser.screenshot());
  }
}
