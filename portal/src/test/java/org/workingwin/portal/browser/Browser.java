package org.workingwin.portal.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (nothing is downloaded), with small
 * helpers for Vaadin's components. Screenshots go to target/screenshots, outside git.
 *
 * <p>Every page it opens, every route a click or key leads to and every screenshot is checked with axe-core
 * (see Axe); close() fails the test class on any violation, so no browser test can skip the check. Call
 * assertAccessible() after each test to pin a violation on the test that met it.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final Axe axe;
    private String lastChecked = "";

    Browser(String baseUrl) {
        this(baseUrl, 1280, 900);
    }

    Browser(String baseUrl, int width, int height) {
        this.axe = new Axe(StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .map(StackWalker.StackFrame::getDeclaringClass).filter(c -> c != Browser.class).findFirst()
                .map(Class::getSimpleName).orElse("browser")));
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=en-GB", "--window-size=" + width + "," + height);
        // The browser's console, kept so that a failed test can show the page's script errors.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    void open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
        checkAccessibility(null);
    }

    /** Runs axe-core on the page as it is now; note says what state it is in (a dialog, an error). */
    void checkAccessibility(String note) {
        settleAnimations();
        lastChecked = path();
        axe.check(driver, note == null ? lastChecked : lastChecked + " [" + note + "]");
    }

    /**
     * Waits (up to two seconds) for running animations to end, shadow trees included: axe measures colours
     * as they are on screen, and a notification caught half faded in has a contrast it never rests at. It
     * also waits for an overlay that is closing (a date picker's calendar, which a form reset after a save
     * can open and close again) to give the page back: until it has, the page is marked aria-hidden with its
     * fields still focusable, a state no one can meet. Only an open dialog hides the page on purpose.
     */
    private void settleAnimations() {
        long until = System.currentTimeMillis() + 2000;
        while (System.currentTimeMillis() < until && Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.getAnimations().some(a => a.playState === 'running' && "
                        + "(a.effect?.getComputedTiming().endTime ?? Infinity) !== Infinity) || "
                        + "(!!document.querySelector('[data-aria-hidden]') && !document.querySelector("
                        + "'vaadin-dialog[opened], vaadin-confirm-dialog[opened]'));"))) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Runs axe-core if the route changed since the last check: a link, a button or a key led elsewhere. */
    private void checkIfNavigated() {
        if (!path().equals(lastChecked)) {
            checkAccessibility(null);
        }
    }

    /** Fails with every accessibility violation found since the last call; the report is in target/accessibility. */
    void assertAccessible() {
        axe.assertNone();
    }

    /**
     * Makes the page think it is on another screen through Chrome's DevTools: width and height in CSS pixels,
     * scale 2 for 200% zoom (a 1280 px window at 200% lays out like 640 px with twice the pixels).
     */
    void emulate(int width, int height, double scale, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height",
                height, "deviceScaleFactor", scale, "mobile", mobile));
    }

    /** Elements of the page wider than the window, outside grids (which scroll their own columns), as tag#id.class. */
    @SuppressWarnings("unchecked")
    List<String> overflowing() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const w = window.innerWidth, out = [];
                if (document.documentElement.scrollWidth > w) out.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + w);
                document.querySelectorAll('body *').forEach(e => {
                    const r = e.getBoundingClientRect();
                    if (r.width > 0 && r.height > 0 && r.right > w + 1 && r.left < w && !e.closest('vaadin-grid')
                            && getComputedStyle(e).visibility !== 'hidden') {
                        out.push(e.localName + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                            && e.className ? '.' + e.className.split(' ').join('.') : '') + ' right=' + Math.round(r.right));
                    }
                });
                return out.slice(0, 10);""");
    }

    ChromeDriver driver() {
        return driver;
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length() - 1);
    }

    /** Waits until Vaadin's client has no request in flight. */
    void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients && "
                        + "Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    void type(String fieldId, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        // Select-all and delete, as a person would: clear() alone fires no change event.
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
        checkIfNavigated();
    }

    /** Types a date into a vaadin-date-picker and commits it with Enter, which also closes its overlay. */
    void date(String fieldId, String text) {
        WebElement input = byId(fieldId).findElement(By.cssSelector("input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.ENTER);
        wait.until(d -> !Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.getElementById(arguments[0]).opened;", fieldId)));
        waitForVaadin();
    }

    /** Picks an option of a vaadin-select by its visible text. */
    void choose(String selectId, String option) {
        clickElement(byId(selectId));
        WebElement item = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-select-item[normalize-space(.)=" + quote(option) + "]")));
        item.click();
        waitForVaadin();
        // The list closes with an animation; until it has gone, its open list box is still on the page.
        waitUntil(SELECT_CLOSED);
    }

    static final String SELECT_CLOSED = "return !document.querySelector('vaadin-select[opened]') && "
            + "document.getAnimations().every(a => a.playState !== 'running' || a.effect.getTiming().iterations "
            + "=== Infinity);";

    /** Types into a combo box and picks the first suggestion containing the text. */
    void comboBox(String comboId, String text) {
        WebElement input = byId(comboId).findElement(By.cssSelector("input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.sendKeys(text);
        WebElement item = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-combo-box-item[contains(normalize-space(.), " + quote(text) + ")]")));
        item.click();
        waitForVaadin();
    }

    /** Ticks a checkbox as a keyboard user does: focus it, press space. */
    void check(String checkboxId) {
        toggleByKeyboard(byId(checkboxId));
    }

    private void toggleByKeyboard(WebElement checkbox) {
        WebElement input = checkbox.findElement(By.cssSelector("input"));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", input);
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.SPACE).perform();
        waitForVaadin();
    }

    /** Picks a radio button of a group by its label. */
    void radio(String groupId, String label) {
        clickElement(byId(groupId).findElement(By.xpath(".//vaadin-radio-button[normalize-space(.)=" + quote(label)
                + "]")));
    }

    void checkOption(String groupId, String label) {
        WebElement group = byId(groupId);
        toggleByKeyboard(group.findElement(By.xpath(".//vaadin-checkbox[normalize-space(.)=" + quote(label) + "]")));
    }

    void click(String id) {
        clickElement(wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))));
    }

    /** Scrolls the element to the middle of its scrolling area first: AppLayout scrolls its content, not the page. */
    private void clickElement(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        waitForVaadin();
        checkIfNavigated();
    }

    void clickText(String text) {
        By link = By.xpath("//*[self::a or self::vaadin-button][normalize-space(.)=" + quote(text) + "]");
        // Found afresh on every try: a grid that re-renders its rows replaces the element between finding
        // it and clicking it, and a stale reference never becomes clickable again.
        wait.until(d -> {
            try {
                WebElement element = d.findElement(link);
                ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                if (!element.isDisplayed() || !element.isEnabled()) {
                    return false;
                }
                element.click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException
                     | org.openqa.selenium.ElementClickInterceptedException e) {
                return false;
            }
        });
        waitForVaadin();
        checkIfNavigated();
    }

    String text(String id) {
        return byId(id).getText();
    }

    /** The rendered text of the whole page, including parts scrolled out of view (unlike WebElement.getText). */
    String pageText() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText;");
    }

    /** The page's markup as the browser holds it now, attributes included. */
    String pageSource() {
        return driver.getPageSource();
    }

    /** The portal paths this page links to: anchors and side-navigation items, without query or fragment. */
    List<String> linkedPaths() {
        @SuppressWarnings("unchecked")
        List<String> paths = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const base = document.baseURI;
                const out = new Set();
                document.querySelectorAll('a[href]').forEach(a => out.add(new URL(a.getAttribute('href'), base)));
                document.querySelectorAll('vaadin-side-nav-item[path]').forEach(
                    i => out.add(new URL(i.getAttribute('path'), base)));
                return [...out].filter(u => u.origin === location.origin).map(u => u.pathname.substring(1));""");
        return paths;
    }

    /** GETs a path with the browser's own cookies, as script on the page could: "status body". */
    String fetch(String path) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(r => r.text().then(t => done(r.status + ' ' + t)))
                    .catch(e => done('failed ' + e));""", baseUrl + path);
    }

    String errorOf(String fieldId) {
        return byId(fieldId).getDomProperty("errorMessage");
    }

    String valueOf(String fieldId) {
        return byId(fieldId).getDomProperty("value");
    }

    void waitForPath(String path) {
        wait.until(d -> path().equals(path));
        waitForVaadin();
        checkIfNavigated();
    }

    void waitForPathNot(String path) {
        wait.until(d -> !path().startsWith(path));
        waitForVaadin();
        checkIfNavigated();
    }

    /** Waits until the script returns true. */
    void waitUntil(String script) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script)));
    }

    /** Waits until the text has left the page (a closing dialog animates out before it is removed). */
    void waitForTextGone(String text) {
        wait.until(d -> !pageText().contains(text));
    }

    void waitForText(String text) {
        wait.until(d -> pageText().contains(text));
    }

    /** Waits longer than usual for work that takes long by nature (an import of thousands of rows). */
    void waitForText(String text, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> pageText().contains(text));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void signIn(String email, String password) {
        open("sign-in");
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        username.sendKeys(email);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
        wait.until(d -> !path().startsWith("/sign-in"));
        waitForVaadin();
        checkIfNavigated();
    }

    void signOut() {
        click("sign-out");
        wait.until(d -> path().equals("/"));
        waitForVaadin();
        checkIfNavigated();
    }

    Path screenshot(String name) {
        if (!name.startsWith("failed-")) {
            checkAccessibility(name);
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save screenshot " + name, e);
        }
    }

    void saveText(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.writeString(SCREENSHOTS.resolve(name + ".txt"), path() + "\n" + pageText());
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), pageSource());
            Files.write(SCREENSHOTS.resolve(name + ".console.txt"), driver.manage().logs().get("browser").getAll()
                    .stream().map(Object::toString).toList());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save page text " + name, e);
        }
    }

    private static String quote(String s) {
        return s.contains("'") ? "\"" + s + "\"" : "'" + s + "'";
    }

    @Override
    public void close() {
        try {
            axe.assertNone();
        } finally {
            driver.quit();
        }
    }
}
