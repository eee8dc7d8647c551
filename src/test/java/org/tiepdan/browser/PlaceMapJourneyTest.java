package org.tiepdan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.support.MapTileStub;

/**
 * Issue 24, a place on the map, on a phone-sized window (390×844), with the test JVM's tile server
 * ({@link MapTileStub}, the application's {@code TIEPDAN_MAP_TILES}): the form draws Leaflet's map
 * from that server with no serious accessibility violation; typed coordinates put the marker (the
 * keyboard's way); a tap on the map writes the coordinates; the submission keeps that point; the
 * handler sees it in the list by hamlet and as a marker linking to the petition.
 */
@FullStackTest
class PlaceMapJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    OrgUnits units;
    @Autowired
    JdbcClient jdbc;

    final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCitizenTapsTheMapAndTheHandlerSeesThePoint() throws Exception {
        long ubnd = PublicSite.ubnd(units);
        String hamlet = "Thôn Trung Sơn " + unique;
        try (Browser browser = Browser.open(port)) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            int tilesBefore = MapTileStub.requests();
            browser.go("/public/submit?unitId=" + ubnd);
            browser.click("#unit-" + ubnd).click("#kind-FEEDBACK")
                    .type("#content", "Cống thoát nước bị vỡ, nước tràn ra đường " + unique + ".")
                    .type("#fullName", "Hồ Văn Cống").type("#placeCommune", "Kỳ Thượng").type("#placeHamlet", hamlet);

            // The map is drawn from the configured tile server, and passes the accessibility check.
            WebElement map = browser.find("#place-map");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> !d.findElements(
                    By.cssSelector("#place-map img.leaflet-tile-loaded")).isEmpty());
            assertThat(MapTileStub.requests()).isGreaterThan(tilesBefore);
            assertThat(CitizensJourneyTest.violations(browser, CitizensJourneyTest.axe()))
                    .as("serious or critical WCAG 2.1 AA violations on the form with its map").isEmpty();

            // The keyboard's way: typed coordinates put the marker.
            browser.type("#latitude", "18.0512").type("#longitude", "106.3021");
            browser.find("#longitude").sendKeys(Keys.TAB);
            browser.find("#place-map img.leaflet-marker-icon");

            // A tap on the map writes the point it shows.
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", map);
            new Actions(browser.driver()).moveToElement(map, 60, 40).click().perform();
            browser.waitForText("#place-map-status", "Đã chọn vị trí");
            String lat = browser.find("#latitude").getDomProperty("value");
            String lng = browser.find("#longitude").getDomProperty("value");
            assertThat(lat).matches("1[0-9]\\.[0-9]{6}").isNotEqualTo("18.051200");
            assertThat(lng).matches("10[0-9]\\.[0-9]{6}");
            browser.screenshot("citizens-place-map-phone");

            browser.type("#challengeAnswer", PublicSite.sum(browser)).click("#consent").click("#submit-button");
            browser.waitForText("#receipt-title", "Giấy biên nhận");
            String code = browser.text("#tracking-code");
            long id = jdbc.sql("select id from petition where tracking_code = ?").param(code).query(Long.class).single();
            var point = jdbc.sql("select latitude, longitude, hamlet from portal_place where petition_id = ?").param(id)
                    .query((rs, i) -> new Object[] {rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getString(3)}).single();
            assertThat((BigDecimal) point[0]).isEqualByComparingTo(lat);
            assertThat((BigDecimal) point[1]).isEqualByComparingTo(lng);
            assertThat(point[2]).isEqualTo(hamlet);
            String number = jdbc.sql("select registration_number from petition where id = ?").param(id)
                    .query(String.class).single();

            // The handler: the hamlet in the list, the point as a marker that leads to the petition.
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
            browser.login(DemoUsers.HANDLER, DemoUsers.PASSWORD).click("#nav-places");
            browser.find("#places-summary");
            assertThat(browser.text("#place-" + id)).contains(number);
            assertThat(browser.pageSource()).contains(hamlet);
            WebElement marker = browser.find("#places-map img.leaflet-marker-icon[title^='" + number + "']");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", marker);
            marker.click();
            WebElement link = browser.find("#places-map .leaflet-popup-content a");
            assertThat(link.getDomAttribute("href")).endsWith("/petitions/" + id);
            browser.screenshot("officers-places-map");
        }
    }
}
