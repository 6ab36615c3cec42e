package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.coding.Codebook;
import fr.parole.pipeline.Pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
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
    WebDriverWait wait = openCodebook(driver);
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

  /**
   * Drags « Représentant des usagers (RU) » onto « Patient partenaire » in the tree. Chromium does not run HTML5
   * drag and drop from WebDriver's synthetic mouse (Selenium's Actions move the pointer but fire no
   * dragstart/drop): when the Actions leave the page as it was, the test dispatches the same drag
   * events from the page with a DataTransfer, which is what a person's mouse makes Chromium fire.
   */
  @Test
  void draggingACodeOntoAnotherMovesItUnderThatCodeAndOntoAHeadingToTheTop() throws Exception {
    WebDriver driver = browser.driver();
    WebDriverWait wait = openCodebook(driver);
    String source = "li[data-path='acteur/representant_usagers']";
    String target = "li[data-path='acteur/patient_partenaire']";
    assertTrue(driver.findElement(By.cssSelector(source)).getAttribute("draggable").equals("true"), "the script ran");
    assertTrue(driver.findElement(By.cssSelector(".book-drag-hint")).isDisplayed());
    new Actions(driver).dragAndDrop(driver.findElement(By.cssSelector(source)), driver.findElement(By.cssSelector(target)))
        .perform();
    boolean byActions = driver.findElements(By.cssSelector("p.done")).size() > 0;
    if (!byActions) {
      drag(driver, source, target);
    }
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.done")));
    System.out.println("codebook13: glisser-déposer " + (byActions ? "par Selenium Actions" : "par des événements "
        + "DataTransfer envoyés depuis la page (Actions sans effet en Chromium sans tête)"));
    String done = driver.findElement(By.cssSelector("p.done")).getText();
    assertTrue(done.contains("« Représentant des usagers (RU) » déplacé sous « Patient partenaire »"), done);
    assertTrue(driver.findElement(By.cssSelector(source)).getAttribute("class").contains("depth-1"), "now a sub-code");
    save("livre-de-codes-glisse");
    Codebook stored = Pipeline.codebook(atelier.study(), null);
    assertEquals("patient_partenaire", stored.code("acteur/representant_usagers").orElseThrow().parent());

    // Onto its own sub-code: refused by the server, as from the select.
    drag(driver, "li[data-path='acteur/patient_partenaire']", source);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.problem")));
    assertTrue(driver.findElement(By.cssSelector("p.problem")).getText().contains("l'un de ses sous-codes"));
    // Onto the dimension's heading: back to the top.
    drag(driver, source, "h2[data-dimension='acteur']");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.done"), "en tête de"));
    assertEquals(null, Pipeline.codebook(atelier.study(), null).code("acteur/representant_usagers").orElseThrow()
        .parent());

    driver.get(atelier.base() + "/livre-de-codes/scinder?livre=partenariat&code=type/levier&libelle=Levier+financier"
        + "&requete=patient*&apercu=1");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apercu")));
    browser.assertAccessible("scission d'un code");
    save("livre-de-codes-scinder");
    driver.get(atelier.base() + "/livre-de-codes/fusionner?livre=partenariat&code=type/formation&cible=type/levier");
    browser.assertAccessible("aperçu d'une fusion");
  }

  /** Signs in and opens « Livre de codes » from the navigation. */
  private WebDriverWait openCodebook(WebDriver driver) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    driver.get(atelier.entry());
    driver.findElement(By.xpath("//nav[@class='sections']//summary[contains(., 'Codage')]")).click(); // its menu
    driver.findElement(By.linkText("Livre de codes")).click();
    wait.until(ExpectedConditions.titleContains("Livre de codes"));
    return wait;
  }

  /** What Chromium fires when a person drags {@code from} onto {@code to}. */
  private static void drag(WebDriver driver, String from, String to) {
    ((JavascriptExecutor) driver).executeScript("var from = document.querySelector(arguments[0]);"
        + "var to = document.querySelector(arguments[1]); var data = new DataTransfer();"
        + "function fire(el, type) { el.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true,"
        + " dataTransfer: data})); }"
        + "fire(from, 'dragstart'); fire(to, 'dragenter'); fire(to, 'dragover'); fire(to, 'drop'); fire(from, 'dragend');",
        from, to);
  }

  private void save(String name) throws Exception {
    Path out = Path.of("target", "screenshots");
    Files.createDirectories(out);
    Files.write(out.resolve(name + ".png"), browser.screenshot());
  }
}
