package org.tiepdan.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes a personal access token for a bench's machine client, once, the way a client's operator would. */
public final class ApiTokens {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private ApiTokens() {
    }

    /** {@code POST /api/v1/me/tokens} with HTTP Basic; returns the value for {@code Authorization: Bearer}. */
    public static String create(int port, String username, String password) throws Exception {
        String basic = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        String body = "{\"name\": \"bench\", \"expiresOn\": \"" + LocalDate.now().plusDays(30) + "\"}";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/me/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("token not created: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }
}
