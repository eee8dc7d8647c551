package org.tiepdan.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like session against a running node over real HTTP: logs in through the form (with
 * its CSRF token) and keeps the SESSION cookie. For what MockMvc cannot show (error dispatch,
 * several nodes).
 */
public final class HttpSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");
    /** The CSRF token's cookie: the login form's token is checked against it, not against a session. */
    private static final Pattern XSRF = Pattern.compile("XSRF-TOKEN=([^;]+)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String session;

    public static HttpSession loggedIn(int port, String username, String password) {
        HttpSession s = new HttpSession();
        s.login(port, username, password);
        return s;
    }

    public String sessionCookie() {
        return session;
    }

    public HttpResponse<String> get(int port, String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(port, path)).header("Accept", accept);
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return send(request.build());
    }

    private void login(int port, String username, String password) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(url(port, "/login")).build());
        session = cookie(page);
        String xsrf = page.headers().allValues("Set-Cookie").stream().map(XSRF::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).reduce((a, b) -> b).orElse(null);
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = send(HttpRequest.newBuilder(url(port, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", (xsrf == null ? "" : "XSRF-TOKEN=" + xsrf + "; ")
                        + (session == null ? "" : "SESSION=" + session))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("login failed: " + login.statusCode() + " " + location);
        }
        session = cookie(login);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION::matcher).filter(Matcher::find).map(m -> m.group(1))
                .reduce((a, b) -> b).orElse(session);
    }

    private static URI url(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
