package org.factiongraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factiongraph.model.Citation;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Relation;
import org.factiongraph.model.ReviewStatus;
import org.factiongraph.store.AuditAction;
import org.factiongraph.store.AuditEntry;
import org.factiongraph.store.AuditQuery;
import org.factiongraph.store.ClaimQuery;
import org.factiongraph.store.ClaimStore;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An analyst's review session in headless Chromium over the {@link TestWorld}: reject a claim from the network's
 * edge evidence, watch the edge leave, undo it on the audit page, watch it return; accept a claim and merge and
 * unmerge on a profile. Screenshots go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewBrowserTest {

    static final String ANALYST = "ana";
    static final String ANALYST_PW = BrowserTest.ANALYST_PW;
    static final String JUND_EDGE = "member_of|" + TestWorld.JUND.id() + "|" + TestWorld.JAF.id();

    ClaimStore store;
    FactionGraphServer server;
    Browser browser;
    String base;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        Browser.assumeAvailable();
        store = ClaimStore.openSqlite(dir.resolve("review.db"));
        TestWorld.fill(store);
        store.accounts().addUser(ANALYST, org.factiongraph.store.Role.ANALYST, ANALYST_PW);
        server = FactionGraphServer.start(ServerOptions.of(store).withPort(0));
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
    void nothingWasBlocked() {
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

    void clickOnCanvas(String elementId) {
        WebElement cy = browser.driver.findElement(By.id("cy"));
        Map<String, Object> p = Browser.map(browser.js("const n = window.factiongraphView.cy.getElementById("
                + "arguments[0]); const p = n.isNode() ? n.renderedPosition() : n.renderedMidpoint();"
                + "return {x: p.x, y: p.y};", elementId));
        int dx = (int) Math.round(((Number) p.get("x")).doubleValue() - cy.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(((Number) p.get("y")).doubleValue() - cy.getSize().getHeight() / 2.0);
        new Actions(browser.driver).moveToElement(cy, dx, dy).click().perform();
    }

    List<WebElement> auditRows() {
        return browser.driver.findElements(By.cssSelector("#audit-table tr.audit-entry"));
    }

    @Test
    @Order(1)
    void rejectingFromTheEdgeEvidenceRemovesTheEdgeAndUndoOnTheAuditPageBringsItBack() throws Exception {
        String claimId = store.claims(new ClaimQuery(TestWorld.JUND.id(), Relation.MEMBER_OF, null, false, null))
                .get(0).id();
        openNetwork("2015-06");
        assertTrue(edgeVisible(JUND_EDGE), "Jund al-Aqsa is a member in June 2015");
        clickOnCanvas(JUND_EDGE);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("side-panel"),
                "Jund al-Aqsa joined Jaysh al-Fatah in March 2015"));
        WebElement badge = browser.driver.findElement(By.cssSelector(
                ".review-controls[data-claim-id='" + claimId + "'] .review-badge"));
        assertEquals("unreviewed", badge.getText());
        By rejectButton = By.cssSelector("button.review-reject[data-claim-id='" + claimId + "']");
        assertFalse(browser.driver.findElement(rejectButton).isDisplayed(), "no review controls before logging in");
        browser.logIn(ANALYST, ANALYST_PW, "analyst");
        openNetwork("2015-06"); // logging in redraws the view; open the edge's evidence again
        clickOnCanvas(JUND_EDGE);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(rejectButton));
        browser.screenshot("review-1-edge-evidence");

        browser.driver.findElement(By.cssSelector(".review-note[data-claim-id='" + claimId + "']"))
                .sendKeys("not in the source");
        browser.driver.findElement(By.cssSelector("button.review-reject[data-claim-id='" + claimId + "']")).click();
        browser.wait.until(d -> !edgeVisible(JUND_EDGE));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edge-gone")));
        assertEquals("2015-06", browser.driver.findElement(By.id("cy")).getAttribute("data-at"));
        browser.screenshot("review-2-edge-rejected");

        browser.driver.findElement(By.id("nav-audit")).click();
        browser.wait.until(d -> auditRows().size() == 1);
        WebElement entry = auditRows().get(0);
        assertEquals("review", entry.getAttribute("data-action"));
        assertEquals(claimId, entry.getAttribute("data-target-id"));
        assertEquals(ANALYST, entry.findElement(By.cssSelector(".audit-who")).getText());
        assertEquals("unreviewed", entry.findElement(By.cssSelector(".audit-before")).getText());
        assertEquals("rejected", entry.findElement(By.cssSelector(".audit-after")).getText());
        assertEquals("not in the source", entry.findElement(By.cssSelector(".audit-note")).getText());
        assertTrue(entry.findElement(By.cssSelector(".audit-target")).getText()
                .startsWith("Jund al-Aqsa member of Jaysh al-Fatah"));
        String rejectId = entry.getAttribute("data-audit-id");
        browser.screenshot("review-3-audit-before-undo");

        entry.findElement(By.cssSelector("button.undo-button[data-audit-id='" + rejectId + "']")).click();
        browser.wait.until(d -> auditRows().size() == 2);
        List<WebElement> rows = auditRows();
        WebElement undo = rows.get(0);
        WebElement reject = rows.get(1);
        assertTrue(undo.findElement(By.cssSelector(".audit-action")).getText().contains("undoes #" + rejectId),
                undo.getText());
        assertEquals("rejected", undo.findElement(By.cssSelector(".audit-before")).getText());
        assertEquals("unreviewed", undo.findElement(By.cssSelector(".audit-after")).getText());
        assertEquals(rejectId, reject.getAttribute("data-audit-id"));
        assertEquals(undo.getAttribute("data-audit-id"), reject.getAttribute("data-undone-by"));
        assertFalse(reject.findElement(By.cssSelector("button.undo-button")).isEnabled(),
                "an undone entry cannot be undone twice");
        browser.screenshot("review-4-audit-after-undo");

        openNetwork("2015-06");
        browser.wait.until(d -> edgeVisible(JUND_EDGE));
        browser.screenshot("review-5-edge-back");

        List<AuditEntry> log = store.audit(AuditQuery.all());
        assertEquals(2, log.size());
        assertEquals(Long.valueOf(rejectId), log.get(1).undoes());
    }

    @Test
    @Order(2)
    void acceptingOnTheProfileShowsTheBadgeAndMergeUnmergeWorkThere() throws Exception {
        browser.driver.get(base + "#/entity/" + TestWorld.FAYLAQ.id());
        browser.wait.until(ExpectedConditions.textToBe(By.id("profile-name"), "Faylaq al-Sham"));
        WebElement accept = browser.driver.findElements(By.cssSelector("#facts button.review-accept")).get(0);
        String claimId = accept.getAttribute("data-claim-id");
        browser.js("arguments[0].closest('details').open = true;", accept);
        accept.click();
        // the page is drawn again after the change, so ask the DOM in one step rather than hold an element
        browser.wait.until(d -> "accepted".equals(browser.js("const b = document.querySelector("
                + "'.review-controls[data-claim-id=\"' + arguments[0] + '\"] .review-badge');"
                + "return b ? b.dataset.status : null;", claimId)));
        assertEquals("accepted", store.claim(claimId).orElseThrow().reviewStatus().wire());

        browser.driver.get(base + "#/entity/" + TestWorld.AHRAR.id());
        browser.wait.until(ExpectedConditions.textToBe(By.id("profile-name"), "Ahrar al-Sham"));
        browser.driver.findElement(By.id("merge-query")).sendKeys("Faylaq al-Sham");
        browser.driver.findElement(By.id("merge-find")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "button.merge-into-button[data-entity-id='" + TestWorld.FAYLAQ.id() + "']"))).click();
        WebElement unmerge = browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#merge-list .merge-item.active button.unmerge-button")));
        assertTrue(browser.driver.findElement(By.id("merge-list")).getText().contains(TestWorld.FAYLAQ.id()
                + " merged into Ahrar al-Sham"), browser.driver.findElement(By.id("merge-list")).getText());
        browser.screenshot("review-6-merged-profile");
        assertEquals(1, store.merges().size());
        // the merged-away entity's profile link now shows the survivor and says so
        browser.driver.get(base + "#/entity/" + TestWorld.FAYLAQ.id());
        WebElement notice = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("merged-notice")));
        assertTrue(notice.getText().startsWith(TestWorld.FAYLAQ.id() + " was merged into Ahrar al-Sham"),
                notice.getText());
        assertEquals("Ahrar al-Sham", browser.driver.findElement(By.id("profile-name")).getText());
        browser.js("window.scrollTo(0, 0);");
        browser.screenshot("review-6b-merged-away-profile");
        browser.driver.get(base + "#/entity/" + TestWorld.AHRAR.id());
        browser.wait.until(d -> d.findElements(By.id("merged-notice")).isEmpty());
        unmerge = browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#merge-list .merge-item.active button.unmerge-button")));
        unmerge.click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#merge-list .merge-item.undone")));
        assertFalse(store.merges().get(0).active());
        browser.screenshot("review-7-unmerged-profile");
    }

    @Test
    @Order(3)
    void anAnalystAddsAClaimCitingAWebPageOnAProfileAndItShowsInFactsNetworkAndAudit() throws Exception {
        String supportEdge = "supported_by|" + TestWorld.JUND.id() + "|" + TestWorld.TURKEY.id();
        String profile = base + "#/entity/" + TestWorld.JUND.id();
        // not for anonymous visitors
        browser.driver.findElement(By.id("logout")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-name")));
        browser.driver.get(profile);
        browser.wait.until(ExpectedConditions.textToBe(By.id("profile-name"), "Jund al-Aqsa"));
        assertFalse(browser.driver.findElement(By.id("claim-form")).isDisplayed(), "no claim form when logged out");
        browser.logIn(ANALYST, ANALYST_PW, "analyst");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-form")));

        new Select(browser.driver.findElement(By.id("claim-relation"))).selectByValue("supported_by");
        browser.driver.findElement(By.id("claim-object-query")).sendKeys("Turkey");
        browser.driver.findElement(By.id("claim-object-find")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                ".claim-object-choice[data-entity-id='" + TestWorld.TURKEY.id() + "']"))).click();
        browser.driver.findElement(By.id("claim-start")).sendKeys("2015-09");
        browser.driver.findElement(By.id("claim-end")).sendKeys("2015-12");
        String quote = "Turkey began supplying Jund al-Aqsa in September 2015 <b>and stopped</b> in December.";
        browser.driver.findElement(By.id("claim-quote")).sendKeys(quote);

        // a refused claim: the error shows inline and nothing is stored
        browser.driver.findElement(By.id("claim-document")).sendKeys("0".repeat(64));
        browser.driver.findElement(By.id("claim-submit")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-status"),
                "no document with id"));
        assertTrue(browser.driver.findElement(By.id("claim-status")).getAttribute("class").contains("error"));
        assertTrue(store.audit(AuditQuery.all().withAction(AuditAction.ADD_CLAIM)).isEmpty());

        browser.driver.findElement(By.id("claim-document")).clear();
        browser.driver.findElement(By.id("claim-url")).sendKeys("https://example.org/reports/jund-turkey");
        browser.driver.findElement(By.id("claim-grade")).sendKeys("C3");
        browser.screenshot("review-8-claim-form");
        browser.driver.findElement(By.id("claim-submit")).click();
        // the profile is drawn again after the change: read the new status line in one step
        String claimId = (String) browser.wait.until(d -> browser.js("const s = document.getElementById("
                + "'claim-status'); return s && s.dataset.claimId && s.textContent.includes('accepted')"
                + " ? s.dataset.claimId : null;"));
        browser.wait.until(d -> "accepted".equals(browser.js("const i = document.querySelector("
                + "'#facts .evidence-item[data-claim-id=\"' + arguments[0] + '\"]');"
                + "return i ? i.dataset.status : null;", claimId)));
        WebElement item = browser.driver.findElement(By.cssSelector(
                "#facts .evidence-item[data-claim-id='" + claimId + "']"));
        browser.js("arguments[0].closest('details').open = true;", item);
        assertEquals(quote, item.findElement(By.cssSelector("blockquote")).getText(), "the quote, as text");
        assertTrue(item.getText().contains("grade C3"), item.getText());
        assertEquals("accepted", item.findElement(By.cssSelector(".review-badge")).getAttribute("data-status"));
        browser.screenshot("review-9-claim-in-facts");

        Claim c = store.claim(claimId).orElseThrow();
        assertEquals("manual", c.method());
        assertEquals(ReviewStatus.ACCEPTED, c.reviewStatus());
        assertEquals(TestWorld.TURKEY.id(), c.object().entityId());
        Document cited = store.document(c.evidence().documentId()).orElseThrow();
        assertEquals(Citation.FORMAT, cited.format());
        assertEquals("https://example.org/reports/jund-turkey", cited.url());

        openNetwork("2015-06");
        assertFalse(edgeVisible(supportEdge), "no support edge before the claim's interval");

        browser.driver.findElement(By.id("nav-audit")).click();
        WebElement entry = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#audit-table tr.audit-entry[data-action='add_claim'][data-target-id='" + claimId + "']")));
        assertEquals(ANALYST, entry.findElement(By.cssSelector(".audit-who")).getText());
        assertTrue(entry.findElement(By.cssSelector(".audit-target")).getText()
                .startsWith("Jund al-Aqsa supported by Turkey 2015-09 – 2015-12"), entry.getText());
        browser.screenshot("review-10-claim-in-audit");

        // the network view keeps its own date once open, so it is opened afresh from the audit page
        openNetwork("2015-10");
        browser.wait.until(d -> edgeVisible(supportEdge));
        // a tap on the edge (its midpoint may lie under another edge of Turkey's, so it is tapped through the graph)
        browser.js("window.factiongraphView.cy.getElementById(arguments[0]).emit('tap');", supportEdge);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("side-panel"),
                "Turkey began supplying Jund al-Aqsa"));
        browser.screenshot("review-11-claim-edge-in-network");
    }
}
