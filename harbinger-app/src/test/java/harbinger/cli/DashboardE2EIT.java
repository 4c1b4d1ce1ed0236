package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.e2e.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The dashboard in headless Chromium (Debian's chromium and chromium-driver, installed by
 * {@code scripts/install-chromium}): loads the sample corpus, selects USA–RUS, sees the timeline, opens an event and
 * sees its evidence, pastes an article and sees its events; saves screenshots to {@code target/e2e/}. Skips when
 * Chromium is not installed.
 */
class DashboardE2EIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static WebDriver driver;
  private static Path shots;

  @BeforeAll
  static void browser() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Chromium is not installed (run scripts/install-chromium)");
    shots = TestPaths.appDir("target/e2e");
    Files.createDirectories(shots);
    Path profile = Files.createTempDirectory("harbinger-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1600,1200");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1600, 1200));
  }

  @AfterAll
  static void close() {
    if (driver != null) driver.quit();
  }

  /** Polls until the condition holds (elements that are missing or replaced meanwhile count as not yet), at most 60 s. */
  private static Waiting waiting() { return new Waiting(); }

  private static final class Waiting {
    void until(Predicate<WebDriver> condition) {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      WebDriverException last = null;
      while (System.nanoTime() < deadline) {
        try {
          if (condition.test(driver)) return;
        } catch (WebDriverException e) { // NoSuchElement, StaleElementReference
          last = e;
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      throw new AssertionError("timed out after 60 s waiting in the dashboard" + (last == null ? "" : ": " + last.getMessage()));
    }
  }

  private static void shoot(String name) throws Exception {
    Files.write(shots.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void analystSelectsUsaRusSeesTheTimelineAndOpensAnEventsEvidence() throws Exception {
    SampleServer s = SampleServer.get();
    driver.get(s.server.url());
    waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));

    WebElement a = driver.findElement(By.id("dyad-a"));
    a.clear();
    a.sendKeys("USA");
    WebElement b = driver.findElement(By.id("dyad-b"));
    b.clear();
    b.sendKeys("RUS");
    driver.findElement(By.id("dyad-go")).click();

    WebElement timeline = driver.findElement(By.id("timeline"));
    waiting().until(d -> "USA,RUS".equals(timeline.getAttribute("data-dyad")));
    assertTrue(Integer.parseInt(timeline.getAttribute("data-points")) > 0, "the USA-RUS timeline has periods");
    assertFalse(timeline.findElements(By.tagName("canvas")).isEmpty(), "ECharts drew the timeline");
    waiting().until(d -> d.findElement(By.id("events-scope")).getText().contains("USA ↔ RUS"));
    waiting().until(d -> !d.findElements(By.cssSelector("#events-body tr[data-id]")).isEmpty());

    List<WebElement> rows = driver.findElements(By.cssSelector("#events-body tr[data-id]"));
    WebElement row = rows.get(0);
    String eventId = row.getAttribute("data-id");
    for (WebElement r : rows) {
      String text = r.getText();
      assertTrue(text.contains("USA") && text.contains("RUS"), () -> "a row outside the dyad: " + text);
    }
    row.click();
    WebElement evidence = driver.findElement(By.id("evidence"));
    waiting().until(d -> eventId.equals(evidence.getAttribute("data-event-id")));
    WebElement trigger = evidence.findElement(By.cssSelector("#ev-text .hl-trigger"));
    assertFalse(trigger.getText().isBlank(), "the trigger is highlighted in the article text");
    assertFalse(evidence.findElements(By.cssSelector("#ev-text .sent")).isEmpty(), "the sentence is marked");
    String modality = evidence.findElement(By.id("ev-modality")).getText();
    assertTrue(List.of("asserted", "negated", "conditional", "future", "intended", "claimed", "historical").contains(modality), modality);
    assertFalse(evidence.findElements(By.cssSelector("#ev-text .hl-source, #ev-text .hl-target")).isEmpty(),
        "the source or target is highlighted in the text");
    shoot("dashboard.png");
  }

  @Test
  void pastedArticleIsCodedAndItsEventsOpenInTheEvidenceView() throws Exception {
    SampleServer s = SampleServer.get();
    driver.get(s.server.url());
    waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    ((JavascriptExecutor) driver).executeScript("localStorage.setItem('harbinger.token', arguments[0])", s.token);
    driver.findElement(By.id("open-add")).click();
    driver.findElement(By.id("add-title")).sendKeys("Japan and South Korea hold talks");
    driver.findElement(By.id("add-published")).sendKeys("05022024");
    driver.findElement(By.id("add-text")).sendKeys("Japanese Prime Minister Fumio Kishida met South Korean President "
        + "Yoon Suk Yeol in Seoul on Thursday to discuss North Korea's missile launches.");
    driver.findElement(By.id("add-submit")).click();
    waiting().until(d -> !d.findElements(By.cssSelector("#add-results li.ev")).isEmpty());
    assertTrue(driver.findElement(By.id("add-status")).getText().contains("1 added"));
    shoot("add-article.png");
    driver.findElement(By.cssSelector("#add-results li.ev")).click();
    WebElement evidence = driver.findElement(By.id("evidence"));
    waiting().until(d -> evidence.getAttribute("data-article-id") != null && evidence.getAttribute("data-article-id").startsWith("url-") == false
        && !evidence.findElements(By.cssSelector("#ev-text .hl-trigger")).isEmpty()
        && evidence.getText().contains("Kishida"));
    assertEquals(1, driver.findElements(By.id("add-dialog")).size());
  }
}
