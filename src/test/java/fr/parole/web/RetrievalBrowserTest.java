package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/** Matrices and Mémos in a real browser: a cell opened, a memo written on one of its segments, found on the memos page. */
class RetrievalBrowserTest extends DemoInBrowser {
  @Test
  void aCellOpensItsSegmentsAMemoIsWrittenOnOneAndListed() throws Exception {
    browser.driver().manage().window().setSize(new Dimension(1280, 1400));
    browser.driver().get(atelier.base() + "/matrices?codebook=partenariat&lignes=type&colonnes=attribut:role");
    assertTrue(browser.driver().getTitle().startsWith("Matrices"), browser.driver().getTitle());
    browser.assertAccessible("la matrice");
    keep("matrices");
    WebElement cell = browser.driver().findElement(By.cssSelector("table.matrix tbody td.n + td.n a"));
    String count = cell.getText();
    cell.click();
    assertEquals(count, browser.driver().findElement(By.id("total")).getText());
    browser.assertAccessible("les segments d'une case");
    browser.driver().findElement(By.cssSelector("details.memo-form summary")).click();
    browser.driver().findElement(By.cssSelector("details.memo-form textarea")).sendKeys("Un mémo écrit depuis une case.");
    browser.driver().findElement(By.cssSelector("details.memo-form button")).click();
    assertTrue(browser.driver().getCurrentUrl().contains("/matrices/segments"), browser.driver().getCurrentUrl());
    keep("case");
    browser.driver().get(atelier.base() + "/memos?q=ECRIT%20DEPUIS");
    assertEquals("1", browser.driver().findElement(By.id("total")).getText());
    browser.assertAccessible("les mémos");
    keep("memos");
  }

  /** The picture of the page, for a person to look at (target/retrieval-*.png). */
  private void keep(String name) throws Exception {
    Files.write(Path.of("target", "retrieval-" + name + ".png"), browser.screenshot());
  }
}
