package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.pipeline.DiscussionService;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.DiscussionItem;
import fr.parole.study.SegmentRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A patient partner and a researcher in a real browser: sign in through the form, comment on a
 * quote proposing a theme, then the researcher turns the proposal into a coding; axe after each step.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleBrowserTest {
  private AtelierFixture atelier;
  private Browser browser;
  private SegmentRecord quote;

  @BeforeAll
  void start(@TempDir Path temporary) {
    atelier = AtelierFixture.of(PeopleTest.demoWithAccounts(temporary), new TestClock());
    quote = DiscussionTest.quoteWithTheName(atelier.study());
    // A remark already made on the quote: the patient partner opens the form from it.
    new DiscussionService(new Pipeline(Progress.SILENT)).comment(atelier.study(), new DiscussionItem.New("segment",
        Long.toString(quote.id()), "Rémi", "2026-03-02T08:00:00Z", "Qu'en pensez-vous ?", null, null));
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
  void aPatientPartnerCommentsAndAResearcherAppliesTheProposedTheme() throws Exception {
    WebDriver driver = browser.driver();
    driver.get(atelier.base() + SignIn.PATH);
    SignInForm signIn = new SignInForm(driver);
    browser.assertAccessible("connexion");
    signIn.signInExpectingFailure("Claire", "pas-le-bon-mot");
    assertTrue(driver.getPageSource().contains("incorrect"), driver.getPageSource());
    assertTrue(driver.findElement(By.cssSelector("[role=alert]")).getText().contains("incorrect"));
    browser.assertAccessible("connexion refusée");
    save("connexion");
    new SignInForm(driver).signIn("Claire", PeopleTest.PASSWORD);
    assertTrue(driver.findElement(By.cssSelector("header .who")).getText().contains("Claire"));

    follow(driver, driver.findElement(By.linkText("Discussion")));
    DiscussionList list = new DiscussionList(driver);
    browser.assertAccessible("discussion");
    assertFalse(driver.getPageSource().contains(DiscussionTest.RAW_NAME), "pseudonymised for a co-researcher");
    CommentForm form = list.commentAgain();
    browser.assertAccessible("commenter une citation");
    save("discussion-formulaire");
    String theme = form.themes().get(1).getText();
    list = form.comment("Le patient parle de l'humanité <b>du</b> médecin.", theme);
    WebElement mine = list.remarkBy("Claire");
    String mineId = mine.getAttribute("id");
    assertTrue(mine.getText().contains("Le patient parle de l'humanité <b>du</b> médecin."), mine.getText());
    assertTrue(mine.getText().contains("Thème proposé") && mine.getText().contains(theme.strip()), mine.getText());
    browser.assertAccessible("discussion avec une proposition");

    follow(driver, driver.findElement(By.cssSelector("header .who button")));
    new SignInForm(driver).signIn("Rémi", PeopleTest.PASSWORD);
    follow(driver, driver.findElement(By.linkText("Discussion")));
    list = new DiscussionList(driver);
    save("discussion-chercheur");
    browser.assertAccessible("discussion, chercheur");
    follow(driver, list.remarkBy("Claire").findElement(By.cssSelector("button.accept")));
    list = new DiscussionList(driver);
    assertTrue(list.remark(mineId).getText().contains("Thème appliqué par Rémi"));
    browser.assertAccessible("proposition appliquée");
  }

  /**
   * The test of done: a patient partner given only the address finds what patients say
   * about waiting times in one establishment, reads the quotes (pseudonymised) and comments on one,
   * by following what the pages show.
   */
  @Test
  void aPatientPartnerFindsWaitingTimesInOneEstablishmentAndCommentsOnAQuote() throws Exception {
    WebDriver driver = browser.driver();
    driver.manage().deleteAllCookies();
    driver.get(atelier.base() + "/"); // the address, nothing more: the page says to sign in
    follow(driver, driver.findElement(By.linkText("Se connecter")));
    new SignInForm(driver).signIn("Claire", PeopleTest.PASSWORD);
    follow(driver, driver.findElement(By.linkText("Thèmes")));
    follow(driver, driver.findElement(By.linkText("Attente et délais")));
    DashboardBrowserTest.ThemeView theme = new DashboardBrowserTest.ThemeView(driver);
    int all = theme.total();
    int inOne = theme.filter("establishment", "CHU1").total();
    assertTrue(inOne > 0 && inOne < all, inOne + " of " + all);
    java.util.List<WebElement> quotes = driver.findElements(By.cssSelector(".quotes > li"));
    assertFalse(quotes.isEmpty());
    quotes.forEach(q -> assertTrue(q.getText().contains("CHU1"), q.getText()));
    assertFalse(driver.getPageSource().contains(DiscussionTest.RAW_NAME), "pseudonymised for a co-researcher");
    browser.assertAccessible("attente et délais, un établissement, co-chercheuse");
    save("partenaire-attente-chu1");
    follow(driver, quotes.get(0).findElement(By.partialLinkText("Commenter")));
    driver.findElement(By.id("texte")).sendKeys("Vu aussi dans notre association : l'attente aux urgences la nuit.");
    follow(driver, driver.findElement(By.cssSelector("form.comment button[type=submit]")));
    DiscussionList list = new DiscussionList(driver);
    assertTrue(list.remarkBy("Claire").getText().contains("l'attente aux urgences la nuit"));
  }

  /** Clicks a link or button that leads to another page, and waits until that page replaced this one. */
  static void follow(WebDriver driver, WebElement element) {
    element.click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(gone(element));
  }

  /**
   * The element has left the page: Selenium's {@code stalenessOf}, except that Chromium asked about
   * an element in the middle of a navigation may answer « Node with given id does not belong to the
   * document » instead of a stale reference (seen once in CI).
   */
  static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(WebElement element) {
    return driver -> {
      try {
        element.isEnabled();
        return false;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        return true;
      } catch (org.openqa.selenium.WebDriverException e) {
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return true;
        }
        throw e;
      }
    };
  }

  private void save(String name) throws Exception {
    Path folder = Path.of("target", "atelier-screens");
    Files.createDirectories(folder);
    Files.write(folder.resolve(name + ".png"), browser.screenshot());
  }

  /** The sign-in page. */
  static final class SignInForm {
    private final WebDriver driver;

    SignInForm(WebDriver driver) {
      this.driver = driver;
      if (!driver.getTitle().startsWith("Connexion")) {
        throw new IllegalStateException("not the sign-in page: " + driver.getTitle());
      }
    }

    /** Types the name and password, and presses Enter as a person would. */
    void signIn(String name, String password) {
      type(name, password);
      if (driver.getTitle().startsWith("Connexion")) {
        throw new IllegalStateException("sign-in refused for " + name);
      }
    }

    void signInExpectingFailure(String name, String password) {
      type(name, password);
    }

    private void type(String name, String password) {
      WebElement nameField = driver.findElement(By.id("nom"));
      nameField.clear();
      nameField.sendKeys(name);
      driver.findElement(By.id("mot_de_passe")).sendKeys(password, Keys.ENTER);
      // The next page (the dashboard, or this form again) replaces this one.
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(gone(nameField));
    }
  }

  /** The discussion list. */
  static final class DiscussionList {
    private final WebDriver driver;

    DiscussionList(WebDriver driver) {
      this.driver = driver;
      if (!"Discussion".equals(driver.findElement(By.tagName("h1")).getText())) {
        throw new IllegalStateException("not the discussion page");
      }
    }

    WebElement remarkBy(String author) {
      return driver.findElements(By.cssSelector("ol.remarks > li")).stream()
          .filter(li -> li.findElement(By.cssSelector(".by")).getText().startsWith(author + ",")).findFirst()
          .orElseThrow();
    }

    WebElement remark(String id) {
      return driver.findElement(By.id(id));
    }

    CommentForm commentAgain() {
      follow(driver, driver.findElement(By.linkText("Ajouter une remarque sur cette citation")));
      return new CommentForm(driver);
    }
  }

  /** The form that comments on a quote. */
  static final class CommentForm {
    private final WebDriver driver;

    CommentForm(WebDriver driver) {
      this.driver = driver;
      if (!driver.findElement(By.tagName("h1")).getText().startsWith("Commenter")) {
        throw new IllegalStateException("not the comment form");
      }
    }

    java.util.List<WebElement> themes() {
      return new Select(driver.findElement(By.id("code"))).getOptions();
    }

    DiscussionList comment(String text, String theme) {
      driver.findElement(By.id("texte")).sendKeys(text);
      new Select(driver.findElement(By.id("code"))).selectByVisibleText(theme);
      follow(driver, driver.findElement(By.cssSelector("form.comment button[type=submit]")));
      return new DiscussionList(driver);
    }
  }
}
