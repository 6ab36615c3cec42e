package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Revue with the keyboard and span coding in a document, in a real browser, with axe after each change. */
class ReviewBrowserTest extends DemoInBrowser {

  /** The review queue; loaded when its progress line shows. */
  static final class ReviewQueuePage {
    private final WebDriver driver;

    ReviewQueuePage(WebDriver driver) {
      this.driver = driver;
      if (!driver.getTitle().startsWith("Revue des suggestions")) {
        throw new IllegalStateException("This is not the review page: " + driver.getTitle());
      }
    }

    String progress() {
      return driver.findElement(By.id("progression")).getText();
    }

    String suggestion() {
      return driver.findElement(By.cssSelector("#revue form[action^='/revue/']")).getAttribute("action");
    }

    ReviewQueuePage press(String key) {
      String before = progress();
      new Actions(driver).sendKeys(key).perform();
      // The page swaps the queue's part while it is read: an element gone meanwhile is read again.
      new WebDriverWait(driver, Duration.ofSeconds(5))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> !progress().equals(before));
      return new ReviewQueuePage(driver);
    }
  }

  @Test
  void acceptAndRejectWithTheKeyboardMoveTheProgress() {
    browser.driver().get(atelier.base() + "/revue?livre=esatis");
    ReviewQueuePage review = new ReviewQueuePage(browser.driver());
    browser.assertAccessible("revue");
    String progress = review.progress();
    String first = review.suggestion();
    review = review.press("a");
    assertNotEquals(progress, review.progress());
    assertTrue(browser.driver().findElement(By.cssSelector(".flash")).getText().contains("accepté"));
    assertNotEquals(first, review.suggestion());
    browser.assertAccessible("revue après acceptation");
    String second = review.progress();
    review = review.press("r");
    assertNotEquals(second, review.progress());
    assertTrue(browser.driver().findElement(By.cssSelector(".flash")).getText().contains("rejeté"));
    browser.assertAccessible("revue après rejet");
    assertTrue(review.progress().startsWith("2 décidées"), review.progress());
    screenshot("revue");
  }

  @Test
  void aSelectedPassageIsCodedAndShownInTheMargin() {
    browser.driver().get(atelier.base() + "/documents");
    browser.assertAccessible("documents");
    browser.driver().findElement(By.linkText("entretiens/CDS1.md")).click();
    browser.driver().findElement(By.linkText("afficher le texte brut")).click();
    browser.assertAccessible("document");
    WebElement text = browser.driver().findElement(By.cssSelector(".segment.turn .text[data-exact='oui']"));
    String segment = text.getAttribute("data-segment");
    String passage = text.getText().substring(2, 20).strip();
    browser.driver().executeScript("var t = arguments[0].firstChild; var r = document.createRange();"
        + " r.setStart(t, 2); r.setEnd(t, 20); var s = document.getSelection(); s.removeAllRanges(); s.addRange(r);",
        text);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
        .until(d -> "2".equals(d.findElement(By.id("coder-debut")).getAttribute("value")));
    assertEquals(segment, browser.driver().findElement(By.id("coder-segment")).getAttribute("value"));
    assertEquals("20", browser.driver().findElement(By.id("coder-fin")).getAttribute("value"));
    assertTrue(browser.driver().findElement(By.id("selection")).getText().startsWith("Passage choisi"));
    browser.driver().findElement(By.cssSelector("#coder input[value='type/levier']")).click();
    browser.driver().findElement(By.cssSelector("#coder button[type=submit]")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("fait=code")
        || d.getTitle().contains("invalide") || d.getTitle().contains("refus"));
    assertTrue(browser.driver().getCurrentUrl().contains("fait=code"), browser.driver().getTitle() + " "
        + browser.driver().findElement(By.tagName("main")).getText());
    WebElement margin = browser.driver().findElement(By.cssSelector("#segment-" + segment + " .margin"));
    assertTrue(margin.getText().contains("Levier") && margin.getText().contains("alice"), margin.getText());
    assertTrue(margin.getText().contains(passage), margin.getText());
    browser.assertAccessible("document après codage");
    screenshot("document");
  }

  private void screenshot(String name) {
    try {
      Path folder = Path.of("target", "atelier-captures");
      Files.createDirectories(folder);
      Files.write(folder.resolve(name + ".png"), browser.screenshot());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
