package org.tiepdan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.portal.internal.RealDelivery;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 24's messages on a phone-sized window (390×844), read where a citizen would read them: a
 * real SMTP server (GreenMail) and a stub SMS gateway (the JDK's HttpServer), both started by the
 * test on the loopback and put behind the application's one sending interface with the production
 * adapters ({@link RealDelivery}). A citizen who lost a code gets it by e-mail, never on the page; a
 * citizen who chose SMS is told by SMS that the body accepted the petition, and gets a lost code by SMS.
 */
@FullStackTest
class CitizenMessagesJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    OrgUnits units;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    final String unique = UUID.randomUUID().toString().substring(0, 8);

    /** Fills and sends the public form as a citizen; the tracking code on the receipt. */
    String submit(Browser browser, String name, String contactField, String contact, String medium) {
        long ubnd = PublicSite.ubnd(units);
        browser.go("/public/submit?unitId=" + ubnd);
        browser.click("#unit-" + ubnd).click("#kind-FEEDBACK")
                .type("#content", "Phản ánh đèn đường hỏng ở ngõ xóm Bắc " + unique + ".")
                .type("#fullName", name).type(contactField, contact).click("#notify-" + medium)
                .type("#challengeAnswer", PublicSite.sum(browser)).click("#consent").click("#submit-button");
        browser.waitForText("#receipt-title", "Giấy biên nhận");
        return browser.text("#tracking-code");
    }

    void askForLostCode(Browser browser, String contact) {
        browser.go("/public").click("#home-lost-code");
        browser.type("#contact", contact).type("#challengeAnswer", PublicSite.sum(browser))
                .click("#lost-code-submit");
        browser.waitForText("#lost-code-done", "Yêu cầu đã được ghi nhận");
    }

    static <T> T await(String what, Supplier<Optional<T>> probe) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("nothing arrived: " + what);
    }

    static String text(MimeMessage m) {
        try {
            return m.getSubject() + "\n" + m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLostCodeArrivesByEmailAtARealMailServer() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String email = "mat.ma." + unique + "@example.vn";
        try (RealDelivery delivery = RealDelivery.through(context, smtp.getSmtp().getPort(), null, null);
                Browser browser = Browser.open(port)) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            String code = submit(browser, "Lê Thị Thư", "#email", email, "EMAIL");
            String number = jdbc.sql("select registration_number from petition where tracking_code = ?").param(code)
                    .query(String.class).single();

            askForLostCode(browser, email);
            assertThat(browser.pageSource()).doesNotContain(code);
            browser.screenshot("citizens-lost-code-mail-phone");

            MimeMessage mail = await("the lost-code e-mail", () -> List.of(smtp.getReceivedMessages()).stream()
                    .filter(m -> text(m).contains("Mã tra cứu đơn của Ông/Bà")).findFirst());
            assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(email);
            assertThat(text(mail)).contains(code, number, "/public/tracking").doesNotContain("đèn đường hỏng");
        } finally {
            smtp.stop();
        }
    }

    record Sms(String authorization, JsonNode body) {
    }

    @Test
    void aCitizenWhoChoseSmsIsToldByTheGateway() throws Exception {
        List<Sms> texts = new CopyOnWriteArrayList<>();
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/sms", exchange -> {
            texts.add(new Sms(exchange.getRequestHeaders().getFirst("Authorization"),
                    json.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        gateway.start();
        String phone = "0912" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String url = "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms";
        try (RealDelivery delivery = RealDelivery.through(context, 0, url, "khoa-cong-tin-nhan");
                Browser browser = Browser.open(port)) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            String typed = phone.substring(0, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7);
            String code = submit(browser, "Phan Văn Tin", "#phone", typed, "SMS");
            long id = jdbc.sql("select id from petition where tracking_code = ?").param(code).query(Long.class).single();
            String number = jdbc.sql("select registration_number from petition where id = ?").param(id)
                    .query(String.class).single();

            // The body accepts it: the citizen reads the new stage by SMS, without the content.
            String today = LocalDate.now().toString();
            step(id, "/classification", Map.of("on", today, "kind", "FEEDBACK", "field", "ADMINISTRATION",
                    "eligible", true, "competence", "RESOLVE"));
            step(id, "/actions/accept", Map.of("on", today, "documentNumber", "11/TB-UBND", "documentDate", today,
                    "note", "Ghi chú nội bộ " + unique));
            Sms news = await("the SMS of the acceptance", () -> texts.stream()
                    .filter(s -> s.body().get("to").asString().equals(phone)
                            && s.body().get("text").asString().contains(number))
                    .findFirst());
            assertThat(news.authorization()).isEqualTo("Bearer khoa-cong-tin-nhan");
            assertThat(news.body().get("text").asString()).contains("Đã thụ lý", "/public/tracking")
                    .doesNotContain(unique, "Phan Văn Tin");

            // A lost code asked for by that number comes back by SMS too, never on the page.
            askForLostCode(browser, typed);
            assertThat(browser.pageSource()).doesNotContain(code);
            Sms codes = await("the lost-code SMS", () -> texts.stream()
                    .filter(s -> s.body().get("to").asString().equals(phone)
                            && s.body().get("text").asString().contains(code))
                    .findFirst());
            assertThat(codes.body().get("text").asString()).startsWith("Mã tra cứu đơn:").contains(number);
            assertThat(codes.body().get("reference").asString()).isEqualTo("lost-code");
        } finally {
            gateway.stop(0);
        }
    }

    void step(long id, String path, Map<String, Object> body) throws Exception {
        int status = mvc.perform(post("/api/v1/petitions/" + id + path)
                .with(httpBasic(DemoUsers.HANDLER, DemoUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andReturn().getResponse().getStatus();
        assertThat(status).as(path).isEqualTo(200);
    }
}
