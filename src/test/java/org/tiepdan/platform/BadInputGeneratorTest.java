package org.tiepdan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.support.HttpSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The "bad input" figure (docs/reliability.md): reads the application's own OpenAPI
 * document and sends, over real HTTP (so that error dispatch, the firewall and multipart parsing are
 * those of production), {@value #DEFAULT_PER_ENDPOINT} generated malformed requests to every write
 * endpoint under {@code /api/v1} as a user holding every role installation-wide: wrong types,
 * missing fields, strings longer than declared, NUL characters, unknown enums, unknown ids, null list
 * elements, malformed JSON, broken multipart and wrong content types.
 *
 * <p>Asserts: no 5xx; every 4xx is a problem with a {@code code}; no 2xx (every request is malformed
 * by construction); and the row counts of every table are unchanged after each endpoint's batch (no
 * partial write). Path ids are real-looking (1–3) only for mutations that the HTTP, JSON or bean
 * validation layer must refuse before any service code runs; otherwise they are unknown or malformed.
 * {@code -Dtiepdan.bad-input.per-endpoint=N} changes the count; {@code -Dtiepdan.bad-input.only=/api/v1/x}
 * sends them only to the endpoints whose path starts so.
 */
@FullStackTest
class BadInputGeneratorTest {

    /**
     * In the suite: 400 a write endpoint (each kind of malformation that applies some 15 times; ~20,000 requests).
     * The reliability figure (docs/reliability.md) is the same test with {@code -Dtiepdan.bad-input.per-endpoint=1000}:
     * a measurement, not a suite cost (issue 22: the suite within 10 minutes on 2 cores).
     */
    static final int DEFAULT_PER_ENDPOINT = 400;
    static final String PASSWORD = "BadInput2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /**
     * Tables changed by reading or by the login itself, not by the write endpoints under test; and the rate
     * limiter's windows, which a job purges when they expire (seen in a slow run: 9 → 6 rows).
     */
    private static final List<String> NOT_COUNTED = List.of("spring_session", "spring_session_attributes",
            "shedlock", "flyway_schema_history", "portal_rate_limit");

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    private UsernamePasswordAuthenticationToken auth;

    record Param(String name, String in, boolean required, JsonNode schema) {
    }

    record Endpoint(String method, String path, List<Param> params, String bodyType, JsonNode bodySchema,
            boolean bodyRequired) {
        boolean hasInput() {
            return !params.isEmpty() || bodyType != null;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Outcome(int status, String body, String label) {
    }

    @Test
    void everyWriteEndpointRefusesMalformedInputWithACodeAndWritesNothing() throws Exception {
        int perEndpoint = Integer.getInteger("tiepdan.bad-input.per-endpoint", DEFAULT_PER_ENDPOINT);
        String only = System.getProperty("tiepdan.bad-input.only");
        String username = "badinput" + System.nanoTime();
        long userId = accounts.createUser(username, "Nguyễn Văn Dữ Liệu", PASSWORD, Role.ADMIN, null);
        for (Role role : Role.values()) {
            if (role != Role.ADMIN) {
                accounts.grant(userId, role, null);
            }
        }
        Client client = new Client(port, username, PASSWORD);
        TiepdanUser user = new TiepdanUser(userId, username, "Nguyễn Văn Dữ Liệu", java.util.Arrays.stream(Role.values())
                .map(r -> new RoleGrantView(r, null)).toList(), "x", true, true);
        auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        JsonNode doc = JSON.readTree(client.send(HttpRequest.newBuilder(client.url("/v3/api-docs")).GET()).body());
        List<Endpoint> endpoints = writeEndpoints(doc);
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(40);

        long started = System.nanoTime();
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int tested = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Endpoint endpoint : endpoints) {
                if (!endpoint.hasInput()) {
                    continue; // nothing to malform (e.g. POST /api/v1/identity/reencrypt)
                }
                if (only != null && !endpoint.path().startsWith(only)) {
                    continue; // -Dtiepdan.bad-input.only=/api/v1/reception: one module's endpoints
                }
                tested++;
                Map<String, Long> before = rowCounts();
                Generator generator = new Generator(endpoint, doc, new Random(endpoint.toString().hashCode()));
                List<Future<Outcome>> futures = new ArrayList<>();
                for (int i = 0; i < perEndpoint; i++) {
                    Generator.Built built = generator.next(i);
                    futures.add(pool.submit(() -> built.overHttp() ? overHttp(client, built) : inProcess(built)));
                }
                int successes = 0;
                for (Future<Outcome> f : futures) {
                    Outcome o = f.get();
                    sent++;
                    byStatus.merge(String.valueOf(o.status()), 1, Integer::sum);
                    byKind.merge(o.label().substring(0, o.label().indexOf(' ') < 0 ? o.label().length()
                            : o.label().indexOf(' ')), 1, Integer::sum);
                    if (o.status() >= 500) {
                        failures.add(endpoint + " [" + o.label() + "] → " + o.status() + " " + abbreviate(o.body()));
                    } else if (o.status() >= 400 && !hasCode(o.body())) {
                        failures.add(endpoint + " [" + o.label() + "] → " + o.status() + " without code: "
                                + abbreviate(o.body()));
                    } else if (o.status() < 400) {
                        successes++;
                        failures.add(endpoint + " [" + o.label() + "] → accepted " + o.status() + " "
                                + abbreviate(o.body()));
                    }
                }
                Map<String, Long> after = rowCounts();
                if (successes == 0 && !before.equals(after)) {
                    failures.add(endpoint + ": rows changed by rejected requests " + diff(before, after));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("BAD-INPUT FIGURE: %d endpoints, %d requests in %.1f s, statuses %s, %d failures%n",
                tested, sent, seconds, byStatus, failures.size());
        System.out.println("BAD-INPUT KINDS: " + byKind);
        failures.stream().limit(150).forEach(f -> System.out.println("  " + f));
        assertThat(sent).isGreaterThanOrEqualTo(tested * perEndpoint);
        assertThat(failures).isEmpty();
    }

    private Outcome overHttp(Client client, Generator.Built built) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + built.url()));
        } catch (IllegalArgumentException e) {
            request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/%25zz"));
        }
        request.method(built.method(), built.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(built.body()));
        if (built.contentType() != null) {
            request.header("Content-Type", built.contentType());
        }
        request.header("Accept", "application/json, application/problem+json");
        HttpResponse<String> r = client.send(request);
        return new Outcome(r.statusCode(), r.body(), built.label());
    }

    /**
     * Through MockMvc (the same filters, security and handlers, without a socket): most requests go
     * this way to keep the run short. MockMvc does not forward a {@code sendError} to {@code /error}
     * as the server does, so that forward is made here, as the container would.
     */
    private Outcome inProcess(Generator.Built built) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(built.method()),
                URI.create(built.url())).with(authentication(auth)).with(csrf())
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        if (built.contentType() != null) {
            request.header("Content-Type", built.contentType());
        }
        if (built.body() != null) {
            request.content(built.body());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (response.getStatus() >= 400 && body.isEmpty()) {
            body = mvc.perform(MockMvcRequestBuilders.get("/error").with(authentication(auth))
                    .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, response.getStatus())
                    .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, built.url())
                    .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
        }
        return new Outcome(response.getStatus(), body, built.label());
    }

    // --- the OpenAPI document ------------------------------------------------------------------

    static List<Endpoint> writeEndpoints(JsonNode doc) {
        List<Endpoint> result = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            if (!path.getKey().startsWith("/api/v1/") || path.getKey().contains("test-probe")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase();
                if (!List.of("POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                List<Param> params = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    params.add(new Param(p.get("name").asString(), p.get("in").asString(),
                            p.path("required").asBoolean(false), resolve(doc, p.path("schema"))));
                }
                JsonNode body = op.getValue().path("requestBody");
                String bodyType = null;
                JsonNode bodySchema = null;
                if (!body.isMissingNode()) {
                    Iterator<Map.Entry<String, JsonNode>> content = body.path("content").properties().iterator();
                    if (content.hasNext()) {
                        Map.Entry<String, JsonNode> c = content.next();
                        bodyType = c.getKey();
                        bodySchema = resolve(doc, c.getValue().path("schema"));
                    }
                }
                result.add(new Endpoint(method, path.getKey(), params, bodyType, bodySchema,
                        body.path("required").asBoolean(false)));
            }
        }
        return result;
    }

    static JsonNode resolve(JsonNode doc, JsonNode schema) {
        if (schema != null && schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return doc.path("components").path("schemas").path(name);
        }
        return schema;
    }

    // --- the generator ------------------------------------------------------------------------

    /** Builds the i-th malformed request of one endpoint; kinds go round-robin, details at random. */
    final class Generator {

        /** One request; {@code overHttp}: only real Tomcat shows what it does (raw multipart, %00 in a path). */
        record Built(String method, String url, String contentType, byte[] body, String label, boolean overHttp) {
        }

        private final Endpoint endpoint;
        private final JsonNode doc;
        private final Random random;
        private final List<String> kinds = new ArrayList<>();

        Generator(Endpoint endpoint, JsonNode doc, Random random) {
            this.endpoint = endpoint;
            this.doc = doc;
            this.random = random;
            if (endpoint.params().stream().anyMatch(p -> p.in().equals("path"))) {
                kinds.addAll(List.of("path-malformed", "path-unknown-id", "path-nul"));
            }
            if (endpoint.params().stream().anyMatch(p -> p.in().equals("query"))) {
                kinds.addAll(List.of("query-missing", "query-wrong-type", "query-nul-or-huge"));
            }
            if (endpoint.bodyType() == null) {
                kinds.addAll(List.of("unexpected-body"));
            } else if (endpoint.bodyType().startsWith("multipart/")) {
                kinds.addAll(List.of("multipart-no-boundary", "multipart-garbage", "multipart-missing-file",
                        "multipart-nul-file-name", "multipart-huge-file-name", "multipart-bad-params",
                        "wrong-content-type"));
            } else {
                kinds.addAll(List.of("json-malformed", "json-empty", "wrong-content-type", "json-not-an-object",
                        "field-missing", "field-wrong-type", "field-huge", "field-nul", "field-unknown-enum",
                        "field-unknown-id", "field-null-element", "field-number-overflow"));
            }
        }

        Built next(int i) {
            String kind = kinds.get(i % kinds.size());
            Map<String, String> path = new LinkedHashMap<>();
            Map<String, String> query = new LinkedHashMap<>();
            // Real-looking ids (1-3) only where the request is refused while it is parsed, before any
            // service runs; everything else goes to unknown ids, so no demo record is ever changed.
            boolean safeId = List.of("json-malformed", "json-empty", "json-not-an-object", "wrong-content-type",
                    "field-nul", "field-null-element", "multipart-no-boundary", "multipart-garbage").contains(kind);
            for (Param p : endpoint.params()) {
                if (p.in().equals("path")) {
                    path.put(p.name(), safeId ? plausiblePathValue(p) : unknownId(p));
                } else if (p.in().equals("query") && (p.required() || random.nextBoolean())) {
                    query.put(p.name(), plausible(p.schema(), p.name()).asString());
                }
            }
            String contentType = null;
            byte[] body = null;
            String label = kind;
            switch (kind) {
                case "path-malformed" -> {
                    String name = pick(path.keySet());
                    path.put(name, pick(List.of("abc", "1.5", "-", "%20", "1e3", "99999999999999999999999", "%FF",
                            "%E2%80%AE", "true", "null", "0xZZ" /* "0x10" is a valid id to Spring (hex 16) */, "%C0%AF", "x".repeat(3000))));
                }
                case "path-unknown-id" -> {
                    // already unknown
                }
                case "path-nul" -> {
                    String name = pick(path.keySet());
                    path.put(name, pick(List.of("%00", "1%00", "%00abc", "1%0A2")));
                }
                case "query-missing" -> endpoint.params().stream().filter(p -> p.in().equals("query"))
                        .forEach(p -> query.remove(p.name()));
                case "query-wrong-type" -> endpoint.params().stream().filter(p -> p.in().equals("query"))
                        .forEach(p -> query.put(p.name(), pick(List.of("abc", "1.5", "99999999999999999999999",
                                "31/02/2026", "maybe", ""))));
                case "query-nul-or-huge" -> endpoint.params().stream().filter(p -> p.in().equals("query"))
                        .forEach(p -> query.put(p.name(), random.nextBoolean() ? "%00" : "%41".repeat(5000)));
                case "unexpected-body" -> {
                    contentType = pick(List.of("application/json", "text/plain", "multipart/form-data"));
                    body = pick(List.of("{\"x\":", "\u0000", "[null]", "")).getBytes(StandardCharsets.UTF_8);
                }
                case "multipart-no-boundary" -> {
                    contentType = "multipart/form-data";
                    body = multipart("B0UND", true, "a.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
                }
                case "multipart-garbage" -> {
                    contentType = "multipart/form-data; boundary=B0UND";
                    body = randomBytes(random.nextInt(2000));
                    if (random.nextBoolean()) {
                        body = "--B0UND\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\r\n"
                                .getBytes(StandardCharsets.UTF_8);
                    }
                }
                case "multipart-missing-file" -> {
                    contentType = "multipart/form-data; boundary=B0UND";
                    body = multipart("B0UND", false, null, null);
                }
                case "multipart-nul-file-name" -> {
                    contentType = "multipart/form-data; boundary=B0UND";
                    body = multipart("B0UND", true, pick(List.of("a\u0000.pdf", "\u0000", "x\u0000y.xlsx")),
                            randomBytes(100));
                }
                case "multipart-huge-file-name" -> {
                    contentType = "multipart/form-data; boundary=B0UND";
                    body = multipart("B0UND", true, "ả".repeat(3000) + ".csv", randomBytes(50));
                }
                case "multipart-bad-params" -> {
                    contentType = "multipart/form-data; boundary=B0UND";
                    endpoint.params().stream().filter(p -> p.in().equals("query"))
                            .forEach(p -> query.put(p.name(), pick(List.of("abc", "%00", "", "-1", "987654321"))));
                    body = multipart("B0UND", true, "so.csv", random.nextBoolean() ? new byte[0]
                            : "STT,Số hiệu\n1,\u0000".getBytes(StandardCharsets.UTF_8));
                }
                case "wrong-content-type" -> {
                    contentType = pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                            "application/octet-stream", "image/png", "application/json; charset=klingon",
                            "no/such-type/at-all", endpoint.bodyType().startsWith("multipart/") ? "application/json"
                                    : "multipart/form-data"));
                    body = (endpoint.bodyType().startsWith("multipart/") ? "{}" : base().toString())
                            .getBytes(StandardCharsets.UTF_8);
                }
                case "json-malformed" -> {
                    contentType = "application/json";
                    String whole = base().toString();
                    body = pick(List.of(whole.substring(0, Math.max(1, whole.length() / 2)), "{", "{\"a\":}",
                            "{'single': 'quotes'}", whole + "}", "\u0000", "{\"a\":1,,}", "NaN", "tru"))
                            .getBytes(StandardCharsets.UTF_8);
                    if (random.nextInt(4) == 0) {
                        body = randomBytes(1 + random.nextInt(300));
                    }
                }
                case "json-empty" -> {
                    contentType = "application/json";
                    body = new byte[0];
                }
                case "json-not-an-object" -> {
                    contentType = "application/json";
                    body = pick(List.of("[]", "null", "\"text\"", "42", "[{}]", "true")).getBytes(StandardCharsets.UTF_8);
                }
                default -> {
                    contentType = "application/json";
                    ObjectNode json = base();
                    String applied = mutate(json, kind);
                    // A mutation that does not apply to this body would leave it valid: send a body
                    // that is not an object instead, so that every request stays malformed.
                    label = kind + (applied.isEmpty() ? " (not applicable: array body)" : applied);
                    body = (applied.isEmpty() ? "[" + json + "]" : json.toString()).getBytes(StandardCharsets.UTF_8);
                }
            }
            StringBuilder url = new StringBuilder();
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(endpoint.path());
            int last = 0;
            while (m.find()) {
                url.append(endpoint.path(), last, m.start()).append(path.getOrDefault(m.group(1), "1"));
                last = m.end();
            }
            url.append(endpoint.path().substring(last));
            String sep = "?";
            for (Map.Entry<String, String> q : query.entrySet()) {
                url.append(sep).append(q.getKey()).append('=').append(encodeQuery(q.getValue()));
                sep = "&";
            }
            boolean overHttp = kind.startsWith("multipart-") || kind.equals("path-nul")
                    || kind.equals("path-malformed") && url.indexOf("%") >= 0
                    || contentType != null && contentType.startsWith("multipart/");
            return new Built(endpoint.method(), url.toString(), contentType, body, label + " " + url, overHttp);
        }

        private String encodeQuery(String value) {
            return value.startsWith("%") ? value : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
        }

        private String plausiblePathValue(Param p) {
            JsonNode schema = p.schema();
            if (schema.has("enum")) {
                return schema.get("enum").get(0).asString();
            }
            if ("integer".equals(schema.path("type").asString())) {
                return String.valueOf(1 + random.nextInt(3));
            }
            // String path variables are enum-like words (kind, action, decision) or codes.
            return pick(List.of("plan", "notice", "record", "START", "accept", "confirm", "PETITION"));
        }

        private String unknownId(Param p) {
            if ("integer".equals(p.schema().path("type").asString())) {
                return pick(List.of("987654321", "0", "-1", String.valueOf(Long.MAX_VALUE), "2147483648"));
            }
            return pick(List.of("NO_SUCH_THING", "khong-co", "%00", "x".repeat(300), "ĐƠN"));
        }

        private ObjectNode base() {
            JsonNode schema = endpoint.bodySchema();
            JsonNode value = schema == null ? NODES.objectNode() : plausible(schema, "body");
            return value instanceof ObjectNode o ? o : NODES.objectNode();
        }

        /** A value of the schema's shape that passes type checks; the mutation then breaks one thing. */
        JsonNode plausible(JsonNode rawSchema, String name) {
            JsonNode schema = resolve(doc, rawSchema);
            if (schema == null || schema.isMissingNode()) {
                return NODES.stringNode("1");
            }
            if (schema.has("enum")) {
                return schema.get("enum").get(0);
            }
            String type = schema.path("type").asString("");
            String format = schema.path("format").asString("");
            return switch (type) {
                case "integer" -> NODES.numberNode(1 + random.nextInt(3));
                case "number" -> NODES.numberNode(1.0);
                case "boolean" -> NODES.booleanNode(false);
                case "array" -> {
                    ArrayNode a = NODES.arrayNode();
                    a.add(plausible(schema.path("items"), name));
                    yield a;
                }
                case "object" -> {
                    ObjectNode o = NODES.objectNode();
                    for (Map.Entry<String, JsonNode> prop : schema.path("properties").properties()) {
                        o.set(prop.getKey(), plausible(prop.getValue(), prop.getKey()));
                    }
                    yield o;
                }
                default -> switch (format) {
                    case "date" -> NODES.stringNode(LocalDate.now().minusDays(1).toString());
                    case "date-time" -> NODES.stringNode("2026-01-02T03:04:05Z");
                    default -> schema.has("properties") ? plausible(((ObjectNode) schema.deepCopy())
                            .put("type", "object"), name) : NODES.stringNode("Thử nghiệm");
                };
            };
        }

        /** Breaks one field of the body (or of a nested object or list); returns what it did. */
        private String mutate(ObjectNode body, String kind) {
            JsonNode schema = endpoint.bodySchema();
            List<String[]> fields = new ArrayList<>(); // [name, type, format, hasEnum, maxLength]
            if (schema != null) {
                for (Map.Entry<String, JsonNode> prop : schema.path("properties").properties()) {
                    JsonNode s = resolve(doc, prop.getValue());
                    fields.add(new String[] {prop.getKey(), s.path("type").asString(""), s.path("format").asString(""),
                            String.valueOf(s.has("enum") || s.path("items").has("enum")),
                            s.path("maxLength").asString(""), s.path("items").path("type").asString("")});
                }
            }
            List<String> required = new ArrayList<>();
            if (schema != null) {
                schema.path("required").forEach(r -> required.add(r.asString()));
            }
            switch (kind) {
                case "field-missing" -> {
                    if (!required.isEmpty()) {
                        String f = pick(required);
                        if (random.nextBoolean()) {
                            body.remove(f);
                        } else {
                            body.putNull(f);
                        }
                        return " " + f;
                    }
                    body.removeAll();
                    return " (all)";
                }
                case "field-wrong-type" -> {
                    String[] f = pickField(fields, x -> true);
                    if (f == null) {
                        return "";
                    }
                    switch (f[1]) {
                        case "integer", "number" -> body.put(f[0], pick(List.of("abc", "1,5", "∞", "12abc", "mười")));
                        case "boolean" -> body.put(f[0], pick(List.of("maybe", "có", "2")));
                        case "array" -> body.put(f[0], pick(List.of("x", "1,2")));
                        default -> {
                            if (f[2].equals("date")) {
                                body.put(f[0], pick(List.of("31/02/2026", "2026-13-45", "hôm qua", "2026-02-30",
                                        "99999-01-01")));
                            } else {
                                body.set(f[0], random.nextBoolean() ? NODES.objectNode().put("a", 1)
                                        : NODES.arrayNode().add(1).add("b"));
                            }
                        }
                    }
                    return " " + f[0];
                }
                case "field-huge" -> {
                    String[] f = pickField(fields, x -> x[1].equals("string") && x[2].isEmpty() && x[3].equals("false")
                            || x[1].equals("array") && x[5].equals("string"));
                    if (f == null) {
                        return "";
                    }
                    int max = f[4].isEmpty() ? 100_000 : Integer.parseInt(f[4]);
                    String huge = "Ứ".repeat(random.nextBoolean() ? max + 1 : Math.max(max + 1, 70_000));
                    if (f[1].equals("array")) {
                        body.set(f[0], NODES.arrayNode().add(huge));
                    } else {
                        body.put(f[0], huge);
                    }
                    return " " + f[0] + " " + huge.length();
                }
                case "field-nul" -> {
                    String[] f = pickField(fields, x -> x[1].equals("string") && x[2].isEmpty() && x[3].equals("false")
                            || x[1].equals("array") && x[5].equals("string"));
                    if (f == null) {
                        return "";
                    }
                    String nul = pick(List.of("a\u0000b", "\u0000", "Nguyễn\u0000Văn"));
                    if (f[1].equals("array")) {
                        body.set(f[0], NODES.arrayNode().add(nul));
                    } else {
                        body.put(f[0], nul);
                    }
                    return " " + f[0];
                }
                case "field-unknown-enum" -> {
                    String[] f = pickField(fields, x -> x[3].equals("true"));
                    if (f == null) {
                        return "";
                    }
                    String value = pick(List.of("NO_SUCH_VALUE", "ĐƠN", "null", "petition", "X".repeat(300)));
                    if (f[1].equals("array")) {
                        body.set(f[0], NODES.arrayNode().add(value));
                    } else {
                        body.put(f[0], value);
                    }
                    return " " + f[0];
                }
                case "field-unknown-id" -> {
                    String[] f = pickField(fields, x -> (x[0].endsWith("Id") || x[0].endsWith("Ids"))
                            && (x[1].equals("integer") || x[1].equals("array") && x[5].equals("integer")));
                    if (f == null) {
                        return "";
                    }
                    long id = pick(List.of(987654321L, -1L, 0L, Long.MAX_VALUE));
                    if (f[1].equals("array")) {
                        body.set(f[0], NODES.arrayNode().add(id));
                    } else {
                        body.put(f[0], id);
                    }
                    return " " + f[0] + "=" + id;
                }
                case "field-null-element" -> {
                    String[] f = pickField(fields, x -> x[1].equals("array"));
                    if (f == null) {
                        return "";
                    }
                    ArrayNode a = NODES.arrayNode().addNull();
                    if (random.nextBoolean() && body.get(f[0]) instanceof ArrayNode existing && !existing.isEmpty()) {
                        a.add(existing.get(0));
                    }
                    body.set(f[0], a);
                    return " " + f[0];
                }
                case "field-number-overflow" -> {
                    String[] f = pickField(fields, x -> x[1].equals("integer") || x[1].equals("number"));
                    if (f == null) {
                        return "";
                    }
                    body.set(f[0], NODES.numberNode(new java.math.BigInteger("9".repeat(30))));
                    return " " + f[0];
                }
                default -> {
                    return "";
                }
            }
        }

        private String[] pickField(List<String[]> fields, java.util.function.Predicate<String[]> which) {
            List<String[]> matching = fields.stream().filter(which).toList();
            return matching.isEmpty() ? null : matching.get(random.nextInt(matching.size()));
        }

        private byte[] multipart(String boundary, boolean withFile, String fileName, byte[] content) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"unit\"\r\n\r\n1\r\n");
            if (withFile) {
                write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
                out.writeBytes(content);
                write(out, "\r\n");
            }
            write(out, "--" + boundary + "--\r\n");
            return out.toByteArray();
        }

        private void write(ByteArrayOutputStream out, String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }

        private byte[] randomBytes(int n) {
            byte[] b = new byte[n];
            random.nextBytes(b);
            return b;
        }

        private <T> T pick(java.util.Collection<T> values) {
            List<T> list = List.copyOf(values);
            return list.get(random.nextInt(list.size()));
        }
    }

    // --- checks -------------------------------------------------------------------------------

    private Map<String, Long> rowCounts() {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = "
                + "current_schema() and table_type = 'BASE TABLE' order by table_name").query(String.class).list();
        StringBuilder sql = new StringBuilder();
        for (String t : tables) {
            if (NOT_COUNTED.contains(t)) {
                continue;
            }
            sql.append(sql.isEmpty() ? "" : " union all ").append("select '").append(t)
                    .append("', count(*) from \"").append(t).append('"');
        }
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql(sql.toString()).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private static String diff(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> d = new TreeMap<>();
        after.forEach((t, n) -> {
            if (!n.equals(before.get(t))) {
                d.put(t, before.get(t) + "→" + n);
            }
        });
        return d.toString();
    }

    private static boolean hasCode(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem.path("code").isString() && !problem.path("code").asString().isBlank();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String abbreviate(String s) {
        String one = s == null ? "" : s.replace('\n', ' ');
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    /** A logged-in browser session over HTTP with its CSRF token, shared by the client threads. */
    static final class Client {
        private static final Pattern META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final int port;
        private final String session;
        private String csrf;

        Client(int port, String username, String password) {
            this.port = port;
            this.session = HttpSession.loggedIn(port, username, password).sessionCookie();
            String home = send(HttpRequest.newBuilder(url("/")).header("Accept", "text/html").GET()).body();
            Matcher m = META.matcher(home);
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on the home page");
            }
            this.csrf = m.group(1);
        }

        URI url(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        HttpResponse<String> send(HttpRequest.Builder request) {
            request.header("Cookie", "SESSION=" + session).timeout(Duration.ofSeconds(60));
            if (csrf != null) {
                request.header("X-CSRF-TOKEN", csrf);
            }
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
