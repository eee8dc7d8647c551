package org.tiepdan.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriComponentsBuilder;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.browser.Browser;

/**
 * Sign-in through a province's OpenID Connect provider, against a provider this test starts on a
 * random port (discovery, JWKS and token endpoints; ID tokens signed with a fresh RSA key): a known
 * account comes in with its roles here, an unknown name is refused.
 */
@FullStackTest
class ProvinceSignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProvinceSignIn province;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    HttpServer provider;
    RSAKey key;
    String issuer;
    ProvinceSignIn.Settings before;
    /** What the next token request answers: the person the provider signs in. */
    volatile String nextUsername;
    volatile String nextNonce;

    @BeforeEach
    void startProvider() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + provider.getAddress().getPort() + "/realms/hatinh";
        provider.createContext("/realms/hatinh/.well-known/openid-configuration", ex -> json(ex, """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/jwks","response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],"scopes_supported":["openid","profile","email"]}
                """.formatted(issuer)));
        // The provider's sign-in page, reduced to its outcome: the person is signed in, back with a code.
        provider.createContext("/realms/hatinh/authorize", ex -> {
            var params = UriComponentsBuilder.fromUri(ex.getRequestURI()).build().getQueryParams();
            nextNonce = java.net.URLDecoder.decode(params.getFirst("nonce"), StandardCharsets.UTF_8);
            String state = java.net.URLDecoder.decode(params.getFirst("state"), StandardCharsets.UTF_8);
            String back = java.net.URLDecoder.decode(params.getFirst("redirect_uri"), StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Location", back + "?code=c0de&state="
                    + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8));
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        provider.createContext("/realms/hatinh/jwks", ex -> json(ex, new JWKSet(key.toPublicJWK()).toString()));
        provider.createContext("/realms/hatinh/token", ex -> {
            ex.getRequestBody().readAllBytes();
            try {
                Instant now = Instant.now();
                SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
                        new JWTClaimsSet.Builder().issuer(issuer).subject("sub-" + nextUsername).audience("tiepdan")
                                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                                .claim("nonce", nextNonce).claim("preferred_username", nextUsername).build());
                idToken.sign(new RSASSASigner(key));
                json(ex, "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"openid\","
                        + "\"id_token\":\"" + idToken.serialize() + "\"}");
            } catch (Exception e) {
                throw new IOException(e);
            }
        });
        provider.start();
        before = province.settings();
        province.configure(new ProvinceSignIn.Settings(issuer, "tiepdan", "bi-mat", "preferred_username",
                "Cổng định danh tỉnh Hà Tĩnh"));
    }

    @AfterEach
    void stopProvider() {
        province.configure(before);
        provider.stop(0);
    }

    private static void json(HttpExchange ex, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Goes through the provider as the named person; returns where tiepdan sends the browser after. */
    private String signInThroughProvider(String username, Map<String, Cookie> cookies) throws Exception {
        MockHttpServletResponse toProvider = send(MockMvcRequestBuilders.get("/oauth2/authorization/province"), cookies);
        URI authorize = URI.create(toProvider.getRedirectedUrl());
        assertThat(authorize.toString()).startsWith(issuer + "/authorize");
        var params = UriComponentsBuilder.fromUri(authorize).build().getQueryParams();
        nextUsername = username;
        nextNonce = java.net.URLDecoder.decode(params.getFirst("nonce"), StandardCharsets.UTF_8);
        String state = java.net.URLDecoder.decode(params.getFirst("state"), StandardCharsets.UTF_8);
        // The provider signed the person in and sends the browser back with a code.
        return send(MockMvcRequestBuilders.get("/login/oauth2/code/province").param("code", "c0de").param("state", state),
                cookies).getRedirectedUrl();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Map<String, Cookie> cookies)
            throws Exception {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        for (Cookie c : response.getCookies()) {
            cookies.put(c.getName(), c);
        }
        return response;
    }

    @Test
    void aKnownAccountSignsInThroughTheProvinceWithItsRolesHere() throws Exception {
        String username = "oidc" + System.nanoTime();
        accounts.createUser(username, "Nguyễn Thị Định Danh", "MatKhau2026", Role.VIEWER, null);
        Map<String, Cookie> cookies = new HashMap<>();
        assertThat(send(MockMvcRequestBuilders.get("/login"), cookies).getContentAsString())
                .contains("Đăng nhập qua Cổng định danh tỉnh Hà Tĩnh");
        assertThat(signInThroughProvider(username, cookies)).isEqualTo("/");
        String me = send(MockMvcRequestBuilders.get("/api/v1/me"), cookies).getContentAsString();
        assertThat(me).contains("\"username\":\"" + username + "\"").contains("VIEWER");
        assertThat(jdbc.sql("select count(*) from audit_entry where username = ? and action = 'LOGIN'"
                + " and summary like '%oidc%'").param(username).query(Long.class).single()).isOne();
    }

    @Test
    void anUnknownNameIsRefusedLikeAnyFailedSignIn() throws Exception {
        Map<String, Cookie> cookies = new HashMap<>();
        assertThat(signInThroughProvider("khongcotaikhoan" + System.nanoTime(), cookies)).isEqualTo("/login?error");
        assertThat(send(MockMvcRequestBuilders.get("/api/v1/me"), cookies).getStatus()).isEqualTo(401);
    }

    @Test
    void inTheBrowserTheButtonLeadsThroughTheProviderAndBack() {
        String username = "oidcweb" + System.nanoTime();
        accounts.createUser(username, "Trần Văn Cổng Tỉnh", "MatKhau2026", Role.VIEWER, null);
        nextUsername = username;
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            assertThat(browser.text("#login-province")).isEqualTo("Đăng nhập qua Cổng định danh tỉnh Hà Tĩnh");
            browser.click("#login-province");
            assertThat(browser.text("#welcome")).isEqualTo("Xin chào, Trần Văn Cổng Tỉnh");
        }
    }

    @Test
    void offByDefault() throws Exception {
        province.configure(before);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/login")).andReturn().getResponse().getContentAsString())
                .doesNotContain("login-province");
    }
}
