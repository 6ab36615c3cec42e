package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A researcher reorganises the codebook in a real browser with the « Déplacer vers » select; axe on each page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodebookBrowserTest {
  private AtelierFixture atelier;
  private Browser browser;

  @BeforeAll
  void start(@TempDir Path temporary) {
    atelier = AtelierFixture.demo(temporary);
    browser = new Browser();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    atelier.close();
  }

  @Test
  void aResearcherMovesACodeThenRestoresTheVersionBefore() throws Exception {
    WebDriver driver = browser.driver();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    driver.get(atelier.entry());
    driver.findElement(By.xpath("//nav[@class='sections']//summary[contains(., 'Codage')]")).click(); // its menu
    driver.findElement(By.linkText("Livre de codes")).click();
    wait.until(ExpectedConditions.titleContains("Livre de codes"));
    browser.assertAccessible("livre de codes");
    save("livre-de-codes");
    driver.findElement(By.cssSelector("a[href*='code=type/formation']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vers")));
    browser.assertAccessible("un code du livre");
    new Select(driver.findElement(By.id("vers"))).selectByVisibleText("Sous « Obstacle »");
    driver.findElement(By.xpath("//button[text()='Déplacer']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.done")));
    assertTrue(driver.findElement(By.cssSelector("p.done")).getText().contains("déplacé sous « Obstacle »"));
    driver.findElement(By.linkText("Toutes les versions")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.versions")));
    browser.assertAccessible("versions du livre de codes");
    save("livre-de-codes-versions");
    driver.findElement(By.xpath("//tr[td[1]='1']//button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.done")));
    assertTrue(driver.findElement(By.cssSelector("p.done")).getText().contains("Version 1 restaurée"));
  }

  private void save(String name) throws Exception {
    Path out = Path.of("target", "screenshots");
    Files.createDirectories(out);
    Files.write(out.resolve(name + ".png"), browser.screenshot());
  }
}
