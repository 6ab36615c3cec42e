package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven by Selenium, for the atelier's browser tests: Debian's
 * {@code chromium} and {@code chromium-driver} (installed by {@code .ci/run}); nothing downloaded
 * (Selenium Manager is never asked). Without them the tests fail saying how to install them.
 * Close it after the tests.
 */
public final class Browser implements AutoCloseable {
  private static final List<Path> BROWSERS = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"),
      Path.of("/usr/bin/google-chrome"));
  private static final List<Path> DRIVERS = List.of(Path.of("/usr/bin/chromedriver"),
      Path.of("/usr/lib/chromium/chromedriver"));
  /** The WCAG 2.1 A and AA rules (RGAA 4 follows WCAG 2.1 AA). */
  private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private final ChromeDriver driver;

  public Browser() {
    Path browser = first(BROWSERS, "chromium");
    Path driverFile = first(DRIVERS, "chromium-driver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,1000", "--lang=fr-FR");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverFile.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
  }

  private static Path first(List<Path> candidates, String debianPackage) {
    return candidates.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(
        "Les tests de l'atelier dans un navigateur demandent Chromium et son pilote : "
            + "sudo apt-get install chromium chromium-driver (paquet manquant : " + debianPackage + ")."));
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** The axe-core WCAG 2.1 A/AA scan of the page as it is now: no serious or critical violation. */
  public void assertAccessible(String what) {
    Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
    List<Rule> grave = results.getViolations().stream()
        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
    assertTrue(grave.isEmpty(), what + " : " + grave.stream().map(v -> v.getId() + " (" + v.getImpact() + ") "
        + v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; ")));
  }

  /** A full-page PNG of the window (for docs/atelier). */
  public byte[] screenshot() {
    return driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
