package org.tiepdan.portal.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiepdan.platform.CitizenNotifier;
import tools.jackson.databind.json.JsonMapper;

/**
 * A province's SMS gateway reached over HTTP: {@code POST} to {@code TIEPDAN_SMS_URL} with
 * {@code Authorization: Bearer TIEPDAN_SMS_KEY} and the JSON body {@code {"to": "0912345678",
 * "text": "...", "reference": "..."}}; any 2xx is success. Most Vietnamese brand-name SMS providers
 * take this shape or are put behind a small relay that does; a provider with another shape gets its
 * own implementation of {@link SmsGateway}. A failure is logged (masked) and thrown as
 * {@link CitizenNotifier.NotDelivered}, so that the notification is tried again.
 */
class HttpSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(HttpSmsGateway.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI url;
    private final String key;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpSmsGateway(String url, String key) {
        this.url = URI.create(url);
        this.key = key == null ? "" : key;
    }

    @Override
    public void send(Sms sms) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("to", sms.to());
        body.put("text", sms.text());
        body.put("reference", sms.reference());
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (!key.isBlank()) {
            request.header("Authorization", "Bearer " + key);
        }
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                log.info("SMS sent for {} to {}", sms.reference(), Mailer.logged(sms.reference(), sms.to()));
            } else {
                log.warn("SMS for {} to {} refused by the gateway: HTTP {}", sms.reference(), Mailer.logged(sms.reference(), sms.to()),
                        response.statusCode());
                throw new CitizenNotifier.NotDelivered(sms.reference(), CitizenNotifier.Medium.SMS,
                        "HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            log.warn("SMS for {} to {} failed: {}", sms.reference(), Mailer.logged(sms.reference(), sms.to()), e.getClass().getSimpleName());
            throw new CitizenNotifier.NotDelivered(sms.reference(), CitizenNotifier.Medium.SMS, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("SMS for {} to {} interrupted", sms.reference(), Mailer.logged(sms.reference(), sms.to()));
            throw new CitizenNotifier.NotDelivered(sms.reference(), CitizenNotifier.Medium.SMS, "interrupted");
        }
    }
}
