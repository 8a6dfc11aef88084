package org.factiongraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The web UI in headless Chromium over the hand-made {@link TestWorld}; screenshots go to target/screenshots. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    static final String ANALYST_PW = "analyst password 1";
    static final String VIEWER_PW = "viewer password 1";

    ClaimStore store;
    FactionGraphServer server;
    Browser browser;
    String base;
    String xssDoc;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        Browser.assumeAvailable();
        store = ClaimStore.openSqlite(dir.resolve("b.db"));
        xssDoc = TestWorld.fill(store).get(1);
        store.accounts().addUser("ana", Role.ANALYST, ANALYST_PW);
        store.accounts().addUser("vic", Role.VIEWER, VIEWER_PW);
        server = FactionGraphServer.start(ServerOptions.of(store).withPort(0).withIngest(TestWorld.ingestHook(store)));
        base = "http://127.0.0.1:" + server.port() + "/";
        browser = Browser.open();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @AfterEach
    void noScriptRanAndNothingWasBlocked() {
        try {
            browser.driver.switchTo().alert();
            throw new AssertionError("an alert opened: document text ran as script");
        } catch (NoAlertPresentException expected) {
            // no alert: good
        }
        browser.assertNoCspViolation();
    }

    void openNetwork(String at) {
        browser.driver.get(base + "#/network?at=" + at);
        browser.wait.until(d -> at.equals(d.findElement(By.id("cy")).getAttribute("data-at")));
    }

    boolean edgeVisible(String id) {
        return (Boolean) browser.js("const e = window.factiongraphView.cy.getElementById(arguments[0]);"
                + "return !e.empty() && !e.hasClass('gone');", id);
    }

    Map<String, Object> renderedPosition(String id) {
        return Browser.map(browser.js("const n = window.factiongraphView.cy.getElementById(arguments[0]);"
                + "const p = n.isNode() ? n.renderedPosition() : n.renderedMidpoint(); return {x: p.x, y: p.y};", id));
    }

    void clickOnCanvas(String elementId) {
        WebElement cy = browser.driver.findElement(By.id("cy"));
        Map<String, Object> p = renderedPosition(elementId);
        int dx = (int) Math.round(((Number) p.get("x")).doubleValue() - cy.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(((Number) p.get("y")).doubleValue() - cy.getSize().getHeight() / 2.0);
        new Actions(browser.driver).moveToElement(cy, dx, dy).click().perform();
    }

    @Test
    @Order(1)
    void movingTheSliderMakesAnEdgeVanishWhileNodesStayPut() throws Exception {
        String jundEdge = "member_of|" + TestWorld.JUND.id() + "|" + TestWorld.JAF.id();
        openNetwork("2015-06");
        assertTrue(edgeVisible(jundEdge), "Jund al-Aqsa is a member in June 2015");
        Map<String, Object> before = renderedPosition(TestWorld.AHRAR.id());
        browser.screenshot("network-2015-06");
        WebElement slider = browser.driver.findElement(By.id("time-slider"));
        for (int i = 0; i < 5; i++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }
        browser.wait.until(d -> "2015-11".equals(d.findElement(By.id("cy")).getAttribute("data-at")));
        assertFalse(edgeVisible(jundEdge), "Jund al-Aqsa left in October 2015");
        assertEquals(before, renderedPosition(TestWorld.AHRAR.id()), "nodes keep their place as time moves");
        assertEquals("2015-11", browser.driver.findElement(By.id("time-label")).getText());
        browser.screenshot("network-2015-11");
        for (int i = 0; i < 5; i++) {
            slider.sendKeys(Keys.ARROW_LEFT);
        }
        browser.wait.until(d -> "2015-06".equals(d.findElement(By.id("cy")).getAttribute("data-at")));
        assertTrue(edgeVisible(jundEdge), "and it comes back when the slider returns");
    }

    @Test
    @Order(2)
    void clickingANodeOpensItsProfile() throws Exception {
        openNetwork("2015-06");
        clickOnCanvas(TestWorld.JAF.id());
        browser.wait.until(ExpectedConditions.textToBe(By.id("panel-title"), "Jaysh al-Fatah"));
        browser.screenshot("network-node-panel");
        browser.driver.findElement(By.id("open-profile")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("profile-name"), "Jaysh al-Fatah"));
        browser.wait.until(d -> (Boolean) browser.js("const i = document.querySelector('#timeline-chart "
                + ".vis-item.vis-range'); if (!i) return false; const r = i.getBoundingClientRect();"
                + "const t = document.querySelector('#timeline-chart .vis-timeline');"
                + "return r.width > 10 && r.height > 5 && getComputedStyle(t).visibility === 'visible';"));
        String page = browser.driver.findElement(By.id("profile")).getText();
        assertTrue(page.contains("Army of Conquest"), "names are listed");
        assertTrue(page.contains("Jund al-Aqsa"), "facts name the members");
        assertTrue(browser.driver.findElements(By.cssSelector("#timeline-chart .vis-item.bar-member_of")).size() >= 1
                || browser.driver.findElements(By.cssSelector("#timeline-chart .vis-item.bar-fought")).size() >= 1,
                "memberships or fights are drawn as bars");
        browser.screenshot("profile");
    }

    @Test
    @Order(3)
    void clickingAnEdgeShowsItsEvidence() throws Exception {
        String edge = "member_of|" + TestWorld.JUND.id() + "|" + TestWorld.JAF.id();
        openNetwork("2015-06");
        clickOnCanvas(edge);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("side-panel"),
                "Jund al-Aqsa joined Jaysh al-Fatah in March 2015"));
        String panel = browser.driver.findElement(By.id("side-panel")).getText();
        assertTrue(panel.contains("grade B2") && panel.contains("jaf-formation.txt"), panel);
        browser.screenshot("network-edge-evidence");
    }

    @Test
    @Order(4)
    void searchFindsAMisspeltName() throws Exception {
        browser.driver.get(base + "#/network");
        WebElement box = browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("search-box")));
        box.sendKeys("Jaish al Fateh", Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entity-hits"), "Jaysh al-Fatah"));
        box = browser.driver.findElement(By.id("search-box"));
        box.clear();
        box.sendKeys("Ahrar al-Shem", Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#search-results h1"),
                "Ahrar al-Shem"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entity-hits"), "Ahrar al-Sham"));
        box = browser.driver.findElement(By.id("search-box"));
        box.clear();
        box.sendKeys("founding members", Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#search-results h1"),
                "founding members"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#document-hits mark")));
        assertEquals("founding members",
                browser.driver.findElement(By.cssSelector("#document-hits mark")).getText().toLowerCase());
        browser.screenshot("search");
    }

    @Test
    @Order(5)
    void aDocumentWithScriptMarkupRendersAsInertText() throws Exception {
        browser.driver.get(base + "#/document/" + xssDoc);
        WebElement text = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-text")));
        assertTrue(text.getText().contains(TestWorld.SCRIPT), text.getText());
        assertTrue(text.getText().contains(TestWorld.IMG), text.getText());
        assertEquals(TestWorld.XSS_TITLE, browser.driver.findElement(By.id("doc-title")).getText());
        assertTrue(browser.driver.findElements(By.cssSelector("#document img, #document script, #document b"))
                .isEmpty(), "no element was made from the document's markup");
        List<WebElement> links = browser.driver.findElements(By.cssSelector("#doc-text a.span.entity"));
        assertTrue(links.stream().anyMatch(a -> a.getText().equals("Ahrar al-Sham")), "groups are linked");
        assertFalse(browser.driver.findElements(By.cssSelector("#doc-text mark.span.time")).isEmpty(),
                "time expressions are highlighted");
        browser.screenshot("document-xss");
        links.stream().filter(a -> a.getText().equals("Ahrar al-Sham")).findFirst().orElseThrow().click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("profile-name"), "Ahrar al-Sham"));
    }

    @Test
    @Order(6)
    void aDocumentWithEntitiesAndDatesIsHighlighted() throws Exception {
        browser.driver.get(base + "#/documents");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Jaysh al-Fatah: formation and members")))
                .click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-text")));
        List<String> times = browser.driver.findElements(By.cssSelector("#doc-text mark.span.time")).stream()
                .map(WebElement::getText).toList();
        assertTrue(times.contains("October 2015"), times.toString());
        assertTrue(browser.driver.findElement(By.id("claims-table")).getText().contains("member of"));
        browser.screenshot("document");
    }

    /** Logs in through the header's form and waits until the header shows the user. */
    void logInThroughTheForm(String name, String password, String role) {
        browser.logIn(name, password, role);
    }

    void logOutThroughTheButton() {
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    }

    @Test
    @Order(7)
    void uploadingFilesIngestsThemAndListsFailures(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("liwa.txt");
        Files.writeString(good, "Liwa al-Haqq | member_of | Jaysh al-Fatah | 2015-03 | 2016-01\n");
        Path bad = dir.resolve("nothing.txt");
        Files.writeString(bad, "no claims in here\n");
        openNetwork("2015-06");
        assertFalse(browser.driver.findElement(By.id("upload-input")).isEnabled(), "no upload before logging in");
        logInThroughTheForm("ana", ANALYST_PW, "analyst");
        assertTrue(browser.driver.findElement(By.id("upload-input")).isEnabled());
        openNetwork("2015-06");
        WebElement input = browser.driver.findElement(By.id("upload-input"));
        input.sendKeys(good + "\n" + bad);
        browser.wait.until(d -> d.findElements(By.cssSelector(".upload-item.ok, .upload-item.failed")).size() == 2);
        assertTrue(browser.driver.findElement(By.cssSelector(".upload-item.failed")).getText().contains("nothing.txt"));
        String newEdge = "member_of|" + TestWorld.group("Liwa al-Haqq").id() + "|" + TestWorld.JAF.id();
        browser.wait.until(d -> edgeVisible(newEdge));
        browser.screenshot("upload");
        logOutThroughTheButton();
    }

    @Test
    @Order(8)
    void loggingInAndOutThroughTheHeaderForm() throws Exception {
        browser.driver.get(base + "#/network");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        assertFalse(browser.driver.findElement(By.id("whoami")).isDisplayed());
        assertFalse(browser.driver.findElement(By.id("upload-input")).isEnabled());

        browser.driver.findElement(By.id("login-name")).sendKeys("ana");
        browser.driver.findElement(By.id("login-password")).sendKeys("not the password");
        browser.driver.findElement(By.id("login-submit")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("login-error"), "wrong name or password"));
        assertEquals("", browser.driver.findElement(By.id("login-password")).getAttribute("value"),
                "a wrong password is cleared");

        logInThroughTheForm("ana", ANALYST_PW, "analyst");
        assertTrue(browser.driver.findElement(By.id("logout")).isDisplayed());
        assertFalse(browser.driver.findElement(By.id("login-form")).isDisplayed());
        assertTrue(browser.driver.findElement(By.id("upload-input")).isEnabled());
        assertFalse(String.valueOf(browser.js("return document.cookie;")).contains(Auth.COOKIE),
                "the session cookie is HttpOnly: scripts cannot read it");
        browser.screenshot("logged-in");

        browser.driver.navigate().refresh();
        browser.wait.until(ExpectedConditions.textToBe(By.id("whoami"), "ana (analyst)"));

        logOutThroughTheButton();
        assertFalse(browser.driver.findElement(By.id("whoami")).isDisplayed());
        assertFalse(browser.driver.findElement(By.id("upload-input")).isEnabled());
        Object who = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/session').then(r => r.json()).then(j => done(j.user));");
        assertEquals(null, who, "the server ended the session");
        browser.driver.navigate().refresh();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));

        logInThroughTheForm("vic", VIEWER_PW, "viewer");
        assertFalse(browser.driver.findElement(By.id("upload-input")).isEnabled(), "viewers do not upload");
        logOutThroughTheButton();
        browser.screenshot("logged-out");
    }
}
