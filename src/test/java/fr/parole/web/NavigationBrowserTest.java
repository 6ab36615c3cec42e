package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The grouped navigation in headless Chromium: one line at 1280 px, nothing wider than a phone at
 * 390 px, the menus opened and closed with the keyboard, the page shown marked, axe clean with a
 * menu open. Pictures at 1280, 1024 and 390 px go to target/atelier-captures/.
 */
class NavigationBrowserTest extends DemoInBrowser {
  private Object script(String js) {
    return ((JavascriptExecutor) browser.driver()).executeScript(js);
  }

  @Test
  void theNavigationFitsOneLineAt1280AndAPhoneWidthWithoutScrollingSideways() {
    browser.driver().manage().window().setSize(new Dimension(1280, 900));
    browser.driver().get(atelier.base() + "/memos");
    @SuppressWarnings("unchecked")
    List<Long> tops = (List<Long>) script("return Array.from(document.querySelectorAll('nav.sections > ul > li'))"
        + ".map(li => Math.round(li.getBoundingClientRect().top));");
    assertEquals(8, tops.size(), "six links and two menus for a researcher");
    long spread = tops.stream().mapToLong(Long::longValue).max().orElse(0) - tops.stream().mapToLong(Long::longValue).min()
        .orElse(0);
    assertTrue(spread < 16, "one line at 1280 px (a second line starts a line height, 24 px, lower): " + tops);
    long header = (Long) script("return Math.round(document.querySelector('header.top').getBoundingClientRect().height);");
    assertTrue(header < 70, "the whole header on one row at 1280 px: " + header + " px");
    capture("navigation-1280");
    browser.driver().manage().window().setSize(new Dimension(1024, 900));
    browser.driver().get(atelier.base() + "/memos");
    capture("navigation-1024");
    browser.driver().manage().window().setSize(new Dimension(390, 844));
    browser.driver().get(atelier.base() + "/memos");
    long wide = (Long) script("return document.documentElement.scrollWidth;");
    long header390 = (Long) script("return Math.round(document.querySelector('header.top').getBoundingClientRect().height);");
    assertTrue(wide <= 390, "no sideways scrolling on a phone: " + wide + " px");
    capture("navigation-390");
    browser.driver().findElement(By.cssSelector("nav.sections details summary")).click();
    capture("navigation-390-menu");
    assertTrue(header390 < 260, "the header leaves the page visible on a phone: " + header390 + " px");
    browser.driver().manage().window().setSize(new Dimension(1280, 900));
  }

  @Test
  void aMenuOpensWithTheKeyboardClosesWithEscapeAndMarksThePageShown() {
    browser.driver().manage().window().setSize(new Dimension(1280, 900));
    browser.driver().get(atelier.base() + "/memos");
    WebElement analyse = browser.driver().findElement(By.xpath("//nav[@class='sections']//summary[contains(., 'Analyse')]"));
    assertEquals("current", analyse.getAttribute("class"), "the menu holding the page shown is marked");
    WebElement memos = browser.driver().findElement(By.cssSelector("nav.sections a[href='/memos']"));
    assertEquals("page", memos.getAttribute("aria-current"));
    assertFalse(memos.isDisplayed(), "closed until asked");
    analyse.sendKeys(Keys.ENTER);
    assertTrue(memos.isDisplayed(), "Enter on the summary opens the menu");
    browser.assertAccessible("navigation, menu « Analyse » ouvert");
    capture("navigation-1280-menu");
    WebElement codage = browser.driver().findElement(By.xpath("//nav[@class='sections']//summary[contains(., 'Codage')]"));
    codage.sendKeys(Keys.SPACE);
    assertFalse(memos.isDisplayed(), "one menu open at a time");
    WebElement activity = browser.driver().findElement(By.cssSelector("nav.sections a[href='/activite']"));
    assertTrue(activity.isDisplayed());
    activity.sendKeys(Keys.ESCAPE);
    assertFalse(activity.isDisplayed(), "Escape closes the menu");
    assertEquals(codage, browser.driver().switchTo().activeElement(), "and puts the focus back on its summary");
    codage.sendKeys(Keys.ENTER);
    browser.driver().findElement(By.tagName("h1")).click();
    assertFalse(activity.isDisplayed(), "a click elsewhere closes it");
  }

  @Test
  void aMemosPageWithItsEarlierVersionsIsAccessible() {
    fr.parole.pipeline.Memos memos = new fr.parole.pipeline.Memos();
    fr.parole.study.Study study = atelier.atelier().services().study();
    long id = memos.add(study, fr.parole.pipeline.Memos.Kind.STUDY, "", "alice", "Premier jet du mémo.");
    memos.edit(study, id, "alice", true, 1, "Second jet du mémo.");
    browser.driver().manage().window().setSize(new Dimension(1280, 900));
    browser.driver().get(atelier.base() + "/memos/" + id);
    assertTrue(browser.driver().getPageSource().contains("Premier jet du mémo."), "the earlier text is shown");
    browser.assertAccessible("page d'un mémo et ses versions");
    capture("memo-versions");
    browser.driver().get(atelier.base() + "/memos");
    browser.assertAccessible("mémos, l'un modifié");
  }
}
