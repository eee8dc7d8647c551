package org.tiepdan.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Debian's chromium-driver (no driver download at test time). On a
 * developer machine without Chromium the journeys are skipped; under CI (CI=true) they must run.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, int port) {
        this.driver = driver;
        this.base = "http://localhost:" + port;
    }

    public static Browser open(int port) {
        Optional<Path> chromium = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser");
        Optional<Path> chromedriver = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            Assumptions.assumeTrue(chromium.isPresent() && chromedriver.isPresent(),
                    "Chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.orElseThrow().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,768", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.orElseThrow().toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofMillis(200));
        return new Browser(driver, port);
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public WebElement find(String css) {
        return wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(String css) {
        // A page still being replaced (a form just sent) can show the element for a moment and then drop
        // it: found on the old page, it is stale by the click (or by the look at its menu). Find it again
        // on the new page.
        for (int attempt = 1; ; attempt++) {
            try {
                openMenuHolding(css);
                WebElement element = wait(10).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
                // Keyboard users press Enter on a focused button; scrolling it to the middle does the same for a click.
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
                element.click();
                return this;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * The menu groups its entries in drop-downs (issue 19): a hidden entry is reached as a person
     * does, by opening its group first.
     */
    private void openMenuHolding(String css) {
        java.util.List<WebElement> found = driver.findElements(By.cssSelector(css));
        if (found.isEmpty() || found.get(0).isDisplayed()) {
            return;
        }
        java.util.List<WebElement> toggle = found.get(0).findElements(
                By.xpath("ancestor::li[contains(@class,'dropdown')]/a[contains(@class,'dropdown-toggle')]"));
        if (!toggle.isEmpty()) {
            toggle.get(0).click();
        }
    }

    /** Saves a PNG of the page (for looking at a screen while developing). */
    public Path screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            return Files.write(target, png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String text(String css) {
        return find(css).getText();
    }

    public Browser waitForText(String css, String expected) {
        wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), expected));
        return this;
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public Browser login(String username, String password) {
        go("/login").type("#username", username).type("#password", password).click("#login-submit");
        wait(10).until(d -> !d.getCurrentUrl().endsWith("/login"));
        return this;
    }

    public Browser logout() {
        click("#user-menu").click("#logout");
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private static Optional<Path> firstExisting(String... paths) {
        return Stream.of(paths).map(Path::of).filter(Files::isExecutable).findFirst();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
