package org.tiepdan.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.tiepdan.platform.CitizenNotifier;

/**
 * The delivery adapters against real servers started by the test on the loopback: an SMTP server
 * (GreenMail) for {@link SmtpMailer}, a stub SMS gateway (the JDK's HttpServer) for
 * {@link HttpSmsGateway}, both through {@link CitizenDispatch}. What arrives is the message; what is
 * logged is the reference and a masked address (nothing at all of a sealed person's address); a
 * failing server is a {@link CitizenNotifier.NotDelivered} that names only the reference.
 */
class NotificationAdaptersTest {

    record Received(String authorization, String body) {
    }

    GreenMail smtp;
    HttpServer gateway;
    final List<Received> texts = new CopyOnWriteArrayList<>();
    volatile int gatewayStatus = 200;
    ListAppender<ILoggingEvent> logs;

    @BeforeEach
    void start() throws IOException {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/sms", exchange -> {
            texts.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(gatewayStatus, -1);
            exchange.close();
        });
        gateway.start();
        logs = new ListAppender<>();
        logs.start();
        for (Class<?> c : List.of(SmtpMailer.class, HttpSmsGateway.class, CitizenDispatch.class)) {
            ((Logger) LoggerFactory.getLogger(c)).addAppender(logs);
        }
    }

    @AfterEach
    void stop() {
        smtp.stop();
        gateway.stop(0);
        for (Class<?> c : List.of(SmtpMailer.class, HttpSmsGateway.class, CitizenDispatch.class)) {
            ((Logger) LoggerFactory.getLogger(c)).detachAppender(logs);
        }
    }

    CitizenDispatch dispatch() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return new CitizenDispatch(new SmtpMailer(sender, "khong-tra-loi@tiepdan.local"),
                new HttpSmsGateway("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms", "khoa-bi-mat"));
    }

    String logged() {
        return logs.list.stream().map(ILoggingEvent::getFormattedMessage).reduce("", (a, b) -> a + "\n" + b);
    }

    static final CitizenNotifier.Message MESSAGE = new CitizenNotifier.Message("Đơn số 5/2026: Đã thụ lý",
            "Kính gửi Ông/Bà,\n\nĐơn số 5/2026 đã được thụ lý.", "Đơn số 5/2026: Đã thụ lý", "petition 5");

    @Test
    void anEmailArrivesAtTheSmtpServerAndTheLogHasOnlyTheReferenceAndAMaskedAddress() throws Exception {
        dispatch().send(CitizenNotifier.Medium.EMAIL, "lan.nguyen@example.vn", MESSAGE);
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage m = smtp.getReceivedMessages()[0];
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo("lan.nguyen@example.vn");
        assertThat(m.getSubject()).isEqualTo("Đơn số 5/2026: Đã thụ lý");
        assertThat(m.getContent().toString()).contains("thụ lý");
        assertThat(logged()).contains("petition 5", "l***@e***.vn").doesNotContain("lan.nguyen", "Kính gửi");
    }

    @Test
    void anSmsIsPostedToTheGatewayWithItsKeyAndTheLogNeverHasTheNumber() {
        dispatch().send(CitizenNotifier.Medium.SMS, "0912345678", MESSAGE.toSealed("PETITION:5"));
        assertThat(texts).hasSize(1);
        assertThat(texts.get(0).authorization()).isEqualTo("Bearer khoa-bi-mat");
        assertThat(texts.get(0).body()).contains("\"to\":\"0912345678\"", "Đơn số 5/2026: Đã thụ lý",
                "\"reference\":\"sealed PETITION:5\"");
        // A sealed person's number: not even its masked form in the log.
        assertThat(logged()).contains("sealed PETITION:5").doesNotContain("0912345678", "09******78", "thụ lý");
    }

    @Test
    void aRefusingGatewayOrADeadMailServerThrowsNotDeliveredWithNeitherAddressNorText() {
        // The caller (the notification listener) must know, so that the event registry keeps the
        // notification for another attempt; what it is told names the reference only.
        gatewayStatus = 500;
        CitizenDispatch dispatch = dispatch();
        smtp.stop();
        assertThatThrownBy(() -> dispatch.send(CitizenNotifier.Medium.SMS, "0912345678", MESSAGE))
                .isInstanceOf(CitizenNotifier.NotDelivered.class).hasMessageContaining("petition 5")
                .hasMessageContaining("SMS").hasNoCause()
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("0912345678", "thụ lý"));
        assertThatThrownBy(() -> dispatch.send(CitizenNotifier.Medium.EMAIL, "lan@example.vn", MESSAGE))
                .isInstanceOf(CitizenNotifier.NotDelivered.class).hasMessageContaining("petition 5")
                .hasNoCause().satisfies(e -> assertThat(e.getMessage()).doesNotContain("lan@example.vn", "thụ lý"));
        assertThat(logged()).contains("HTTP 500", "09******78").doesNotContain("0912345678", "lan@example.vn");
    }
}
