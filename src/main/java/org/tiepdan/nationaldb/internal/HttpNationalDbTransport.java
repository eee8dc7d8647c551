package org.tiepdan.nationaldb.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The default adapter: POSTs each record's envelope as JSON to the configured endpoint
 * ({@code TIEPDAN_NATIONAL_DB_URL}); any 2xx is acceptance. The error kept for a refusal is the
 * status and the start of the answer, never the record (which may hold a citizen's name).
 */
class HttpNationalDbTransport implements NationalDbTransport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI endpoint;
    private final HttpClient client;

    HttpNationalDbTransport(URI endpoint) {
        this.endpoint = endpoint;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public void send(Map<String, Object> envelope) throws TransportException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(envelope))).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                String body = response.body() == null ? "" : response.body().strip();
                throw new TransportException("HTTP " + response.statusCode()
                        + (body.isEmpty() ? "" : ": " + body.substring(0, Math.min(200, body.length()))));
            }
        } catch (IOException e) {
            throw new TransportException(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted");
        }
    }
}
