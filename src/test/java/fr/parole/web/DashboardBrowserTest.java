package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's way through the dashboard and the themes in headless Chromium: choose an attribute,
 * click a number, land on that many segments; open a theme and filter its quotes; axe after each
 * change. Screenshots go to target/atelier-screenshots/ (to look at).
 */
class DashboardBrowserTest extends DemoInBrowser {

  /** The dashboard: its attribute select and its breakdown. */
  static final class DashboardView {
    private final WebDriver driver;

    DashboardView(WebDriver driver) {
      this.driver = driver;
      if (!driver.getTitle().startsWith("Tableau de bord")) {
        throw new IllegalStateException("not the dashboard: " + driver.getTitle());
      }
    }

    DashboardView crossWith(String label) {
      WebElement before = driver.findElement(By.id("repartition"));
      new Select(driver.findElement(By.id("attribut"))).selectByVisibleText(label);
      new WebDriverWait(driver, Duration.ofSeconds(5)).until(PeopleBrowserTest.gone(before));
      return this;
    }

    WebElement firstCell() {
      return driver.findElement(By.cssSelector("#repartition td a"));
    }
  }

  /** A theme's page: its quotes, filtered by attribute selects. */
  static final class ThemeView {
    private final WebDriver driver;

    ThemeView(WebDriver driver) {
      this.driver = driver;
      driver.findElement(By.id("citations"));
    }

    /** How many quotes the filters keep. */
    int total() {
      return Integer.parseInt(driver.findElement(By.id("citations-total")).getText().replace("\u00a0", ""));
    }

    /** Chooses a value of the attribute's select; the quotes are swapped in place. */
    ThemeView filter(String attribute, String label) {
      WebElement before = driver.findElement(By.id("citations"));
      new Select(driver.findElement(By.id("f-" + attribute))).selectByVisibleText(label);
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(PeopleBrowserTest.gone(before));
      return this;
    }
  }

  /** The segment list. */
  static final class SegmentList {
    private final WebDriver driver;

    SegmentList(WebDriver driver) {
      this.driver = driver;
      if (!driver.getTitle().startsWith("Segments")) {
        throw new IllegalStateException("not the segment list: " + driver.getTitle());
      }
    }

    int total() {
      return Integer.parseInt(driver.findElement(By.id("total")).getText().replace("\u00a0", ""));
    }

    int shown() {
      return driver.findElements(By.cssSelector(".quotes > li")).size();
    }
  }

  private void screenshot(String name) {
    try {
      Path folder = Path.of("target", "atelier-screenshots");
      Files.createDirectories(folder);
      Files.write(folder.resolve(name + ".png"), browser.screenshot());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aNumberOfTheDashboardOpensThatManySegments() {
    WebDriver driver = browser.driver();
    driver.get(atelier.base() + "/");
    DashboardView dashboard = new DashboardView(driver);
    browser.assertAccessible("tableau de bord");
    screenshot("tableau-de-bord");
    dashboard.crossWith("Polarité");
    assertTrue(driver.getCurrentUrl().contains("attribut=polarity"), "the address follows the choice");
    assertTrue(driver.findElement(By.id("repartition")).getText().contains("À améliorer"));
    browser.assertAccessible("tableau de bord croisé par polarité");
    WebElement cell = dashboard.firstCell();
    int expected = Integer.parseInt(cell.getText().split("\\s")[0].replace("\u00a0", ""));
    cell.click();
    SegmentList list = new SegmentList(driver);
    assertEquals(expected, list.total());
    assertEquals(Math.min(expected, SegmentsPage.PER_PAGE), list.shown());
    browser.assertAccessible("segments");
    screenshot("segments");
  }

  @Test
  void aThemeOpensFromTheTreeAndItsQuotesFilterByAnAttribute() {
    WebDriver driver = browser.driver();
    driver.get(atelier.base() + "/themes");
    assertEquals("Thèmes", driver.findElement(By.tagName("h1")).getText());
    browser.assertAccessible("thèmes");
    screenshot("themes");
    driver.findElement(By.linkText("Attente et délais")).click();
    assertEquals("Attente et délais", driver.findElement(By.tagName("h1")).getText());
    browser.assertAccessible("un thème");
    ThemeView theme = new ThemeView(driver);
    int all = theme.total();
    int filtered = theme.filter("establishment", "CHU1").total();
    assertTrue(filtered > 0 && filtered < all, filtered + " of " + all);
    assertTrue(driver.getCurrentUrl().contains("establishment=CHU1"));
    browser.assertAccessible("un thème filtré");
    screenshot("theme");
  }

  @Test
  void aPageSaysWhenACommandChangedTheDataUnderneathIt() {
    WebDriver driver = browser.driver();
    driver.get(atelier.base() + "/");
    WebElement notice = driver.findElement(By.cssSelector(".changes"));
    assertEquals("", notice.getText());
    // Another process (parole code) codes the study again while the page is open.
    new fr.parole.pipeline.Pipeline(fr.parole.Progress.SILENT).codeBySource(
        fr.parole.study.Study.open(atelier.study().folder()));
    // What the page's poll (every 30 s) does, now.
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("var e = document.querySelector('.changes');"
        + " return htmx.ajax('GET', e.getAttribute('hx-get'), {target: e, swap: 'innerHTML'});");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> notice.getText().contains("ont changé"));
    assertTrue(notice.findElement(By.linkText("Recharger la page")).isDisplayed());
    browser.assertAccessible("données changées");
    screenshot("donnees-changees");
    driver.findElement(By.linkText("Recharger la page")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(PeopleBrowserTest.gone(notice));
    assertEquals("", driver.findElement(By.cssSelector(".changes")).getText(), "the page made afterwards is current");
  }
}
