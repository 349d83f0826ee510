package org.w3id.hkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's path through the site in a real headless Chromium: the landing page, a hospital's page with
 * its incidents and highlighted evidence, then the query UI running a query. Screenshots go to
 * {@code target/screenshots/}. Skipped when {@code /usr/bin/chromedriver} is absent.
 */
@Tag("browser")
class BrowserTest {
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer(Duration.ofSeconds(30));

    private static Path profile;
    private static ChromeDriverService service;
    private static WebDriver browser;

    @BeforeAll
    static void openBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(DRIVER),
                "browser test skipped: " + DRIVER + " is absent (apt-get install chromium chromium-driver)");
        profile = Files.createTempDirectory("hkg-chromium-");
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1400", "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
        service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static void shot(String name) {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    @Test
    void landingPageToHospitalToEvidence() {
        browser.get(SERVER.url() + "about");
        assertTrue(browser.getTitle().startsWith("hkg"));
        shot("1-landing");
        browser.findElement(By.linkText("华康医院")).click();
        waitUpTo(20).until(ExpectedConditions.urlContains("/id/hospital/huakang"));
        assertEquals("华康医院", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> timeline = browser.findElements(By.cssSelector("ol.timeline li"));
        assertTrue(timeline.stream().anyMatch(li -> li.getText().contains("医疗事件")), "incident in the timeline");
        WebElement mark = browser.findElements(By.cssSelector("blockquote.evidence mark")).stream()
                .filter(m -> m.getText().contains("医疗事故")).findFirst().orElseThrow();
        assertTrue(mark.isDisplayed());
        assertEquals("rgba(255, 224, 102, 1)", mark.getCssValue("background-color"), "evidence is highlighted");
        shot("2-hospital");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", mark);
        shot("3-hospital-evidence");
        browser.findElement(By.cssSelector("#sources + h3 a")).click();
        waitUpTo(20).until(ExpectedConditions.urlContains("/doc/"));
        assertEquals("华康医院医疗事故调查", browser.findElement(By.tagName("h1")).getText());
        assertEquals(5, browser.findElements(By.cssSelector("blockquote.text mark")).size(), "all evidence marked");
        shot("6-document");
    }

    /** The read-only server hides the UI's "add data", "edit" and "manage" controls. */
    private static void assertNoWritingControls() {
        List<String> visible = browser.findElements(By.cssSelector("a, button")).stream()
                .filter(WebElement::isDisplayed).map(e -> e.getText().trim().toLowerCase()).toList();
        for (String label : List.of("add data", "edit", "manage")) {
            assertTrue(!visible.contains(label), label + " is visible among " + visible);
        }
    }

    @Test
    void queryUiRunsAQueryAndShowsRows() {
        Map<String, String> examples = CompetencyExamples.all();
        String query = examples.isEmpty() ? """
                PREFIX hkg: <https://w3id.org/hkg/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?hospital ?name WHERE { ?hospital a hkg:Hospital ; skos:prefLabel ?name }"""
                : examples.values().iterator().next();
        int expected;
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(SERVER.server().sparqlUrl()).query(query).build()) {
            expected = (int) Stream.iterate(qe.execSelect(), rs -> rs.hasNext(), rs -> {
                rs.next();
                return rs;
            }).count();
        }
        browser.get(SERVER.url());
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "/hkg"));
        shot("4-ui-home");
        assertNoWritingControls();
        browser.get(SERVER.url().replaceAll("/$", "") + LandingServlet.uiQueryUrl(query));
        WebElement run = waitUpTo(30).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".yasqe_queryButton")));
        if (!examples.isEmpty()) {
            String badges = browser.findElement(By.tagName("body")).getText();
            examples.keySet().forEach(n -> assertTrue(badges.contains(n), "example query " + n));
        }
        assertNoWritingControls();
        run.click();
        List<WebElement> rows = waitUpTo(30).until(d -> {
            List<WebElement> r = d.findElements(By.cssSelector(".yasr table tbody tr"));
            return r.isEmpty() ? null : r;
        });
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", rows.get(0));
        shot("5-ui-query-results");
        if (expected > 0) {
            assertTrue(rows.size() >= Math.min(expected, 10), rows.size() + " rows, expected " + expected);
            assertTrue(!rows.get(0).getText().isBlank());
        }
        browser.get(SERVER.url() + "#/dataset/" + HkgServer.DATASET_NAME + "/info");
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Statistics"));
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        shot("7-ui-info");
    }
}
