package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.pipeline.BlindCoding;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.SegmentRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import fr.parole.web.PeopleBrowserTest.SignInForm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * « Codage en aveugle » in a real browser, axe (WCAG 2.1 AA) after each step: the researcher makes
 * an assignment (a refused one first), a coder codes blind and is refused a document she codes,
 * then the researcher reads the team's agreement, the disagreements side by side, and settles one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlindBrowserTest {
  private static final String PASSWORD = BlindPageTest.PASSWORD;
  private static final String DQ2 = "entretiens/DQ2.md";
  private AtelierFixture atelier;
  private Browser browser;
  private List<SegmentRecord> dq2;

  @BeforeAll
  void start(@TempDir Path temporary) {
    Study study = BlindPageTest.demoWithCoders(temporary, true);
    dq2 = new ArrayList<>();
    try (StudyStore store = study.openStore()) {
      store.segmentQueries().forEachSegment(0, s -> {
        if (s.sourcePath().equals(DQ2) && s.kind().isAnalysed()) {
          dq2.add(s);
        }
      });
    }
    atelier = AtelierFixture.of(study);
    browser = new Browser();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    atelier.close();
  }

  private void signIn(WebDriver driver, String name) {
    driver.manage().deleteAllCookies();
    driver.get(atelier.base() + SignIn.PATH);
    new SignInForm(driver).signIn(name, PASSWORD);
  }

  @Test
  void aResearcherAssignsACoderCodesBlindAndTheDisagreementsAreSettled() throws Exception {
    WebDriver driver = browser.driver();
    signIn(driver, "Rémi");
    driver.findElement(By.xpath("//nav[@class='sections']//summary[contains(., 'Codage')]")).click(); // its menu
    PeopleBrowserTest.follow(driver, driver.findElement(By.linkText("Codage en aveugle")));
    browser.assertAccessible("codage en aveugle, chercheur");
    // One coder only: refused, the message read out (role=alert) above the form.
    driver.findElement(By.cssSelector("input[name=codeur][value=Anne]")).click();
    PeopleBrowserTest.follow(driver, driver.findElement(By.cssSelector("form.assign button[type=submit]")));
    assertTrue(driver.findElement(By.cssSelector("[role=alert]")).getText().contains("au moins deux codeurs"),
        driver.getPageSource());
    browser.assertAccessible("affectation refusée");
    save("aveugle-refus");
    for (String coder : List.of("Anne", "Bruno", "Claire")) {
      WebElement box = driver.findElement(By.cssSelector("input[name=codeur][value=" + coder + "]"));
      if (!box.isSelected()) {
        box.click();
      }
    }
    new Select(driver.findElement(By.id("source"))).selectByValue(DQ2);
    PeopleBrowserTest.follow(driver, driver.findElement(By.cssSelector("form.assign button[type=submit]")));
    assertTrue(driver.getTitle().startsWith("Accord des codeurs"), driver.getTitle());
    browser.assertAccessible("accord, affectation vide");

    signIn(driver, "Anne");
    driver.get(atelier.base() + "/aveugle/1");
    browser.assertAccessible("codage en aveugle, codeuse");
    long first = dq2.get(0).id();
    new Select(driver.findElement(By.id("code-" + first))).selectByValue("type/levier");
    PeopleBrowserTest.follow(driver, driver.findElement(By.cssSelector("#segment-" + first + " form.blind-code button")));
    assertTrue(driver.findElement(By.id("segment-" + first)).getText().contains("Levier"));
    browser.assertAccessible("codage en aveugle, un code mis");
    save("aveugle-codeuse");
    driver.get(atelier.base() + "/documents/" + dq2.get(0).sourceId());
    assertTrue(driver.getPageSource().contains("Vous codez en aveugle"), driver.getPageSource());
    browser.assertAccessible("document refusé à une codeuse en aveugle");

    BlindCoding blind = new BlindCoding(new Pipeline(Progress.SILENT));
    for (int i = 0; i < 3; i++) {
      blind.code(atelier.study(), 1, "Bruno", dq2.get(i).id(), List.of(i == 0 ? "type/obstacle" : "type/levier"));
      blind.code(atelier.study(), 1, "Claire", dq2.get(i).id(), List.of("type/levier"));
    }
    signIn(driver, "Rémi");
    driver.get(atelier.base() + "/aveugle/1/accord");
    String team = driver.findElement(By.cssSelector("table.team")).getText();
    // Anne coded one segment, Bruno and Claire three: Fleiss' kappa rests on the one all three read.
    assertTrue(team.contains("Levier") && team.contains("(sur 1)"), team);
    browser.assertAccessible("accord de l'équipe et désaccords");
    save("aveugle-accord");
    WebElement divergence = driver.findElement(By.id("desaccord-" + first + "-type"));
    divergence.findElement(By.cssSelector("input[name=code][value='type/obstacle']")).click();
    PeopleBrowserTest.follow(driver, divergence.findElement(By.cssSelector("form.resolve button")));
    assertTrue(driver.findElement(By.id("desaccord-" + first + "-type")).getText().contains("Tranché par Rémi"));
    assertFalse(driver.getPageSource().contains("type/obstacle</p>"), "labels, not ids");
    browser.assertAccessible("désaccord tranché");
  }

  private void save(String name) throws Exception {
    Path folder = Path.of("target", "atelier-screens");
    Files.createDirectories(folder);
    Files.write(folder.resolve(name + ".png"), browser.screenshot());
  }
}
