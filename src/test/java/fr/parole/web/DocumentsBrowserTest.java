package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Coding stripes, undo and autocoding on a document in a real browser, with axe after each change. */
class DocumentsBrowserTest extends DemoInBrowser {

  @Test
  void aStripeShowsItsCodeOnFocusAndAnAutocodeIsUndoneInOneClick() {
    browser.driver().get(atelier.base() + "/documents");
    browser.driver().findElement(By.linkText("entretiens/DQ2.md")).click();
    browser.assertAccessible("document avec bandes");
    WebElement stripe = browser.driver().findElement(By.cssSelector(".stripe[tabindex='0']"));
    WebElement tip = stripe.findElement(By.cssSelector(".tip"));
    assertFalse(tip.isDisplayed());
    browser.driver().executeScript("arguments[0].focus()", stripe);
    assertTrue(tip.isDisplayed() && tip.getText().contains("("), "the code, coder and origin on keyboard focus");
    assertTrue(!"rgba(0, 0, 0, 0)".equals(stripe.getCssValue("background-color")), "the code's colour");
    capture("document-bandes");

    browser.driver().findElement(By.cssSelector("#auto-code option[value='type/levier']")).click();
    browser.driver().findElement(By.cssSelector(".autocode-form button[type=submit]")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getTitle().startsWith("Autocodage"));
    assertTrue(browser.driver().findElement(By.tagName("main")).getText().contains("seront codés « Levier »"));
    browser.assertAccessible("autocodage à confirmer");
    capture("autocodage");
    browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("fait=autocode"));
    assertTrue(browser.driver().findElement(By.cssSelector(".doc-tools")).getText().contains("Autocodage « Levier »"));
    browser.assertAccessible("document après autocodage");
    capture("document-autocode");
    browser.driver().findElement(By.cssSelector("form[action$='/annuler'] button")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("fait=annule"));
    browser.driver().get(atelier.base() + "/activite");
    assertTrue(browser.driver().findElement(By.tagName("main")).getText().contains("a annulé"));
    browser.assertAccessible("activité");
    capture("activite");
  }
}
