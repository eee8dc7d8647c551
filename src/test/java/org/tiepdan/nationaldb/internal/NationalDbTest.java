package org.tiepdan.nationaldb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national database (issue 21): a planted record of each type maps to its data group in the
 * export and back; a change is queued in its own transaction (a rolled-back change queues nothing);
 * the sender, run against a small HTTP server started here, sends each record once (also after a
 * restart), records failures with their error and retries after a back-off.
 */
@FullStackTest
class NationalDbTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String DENOUNCER = "Phan Thị Tốcáo";
    static final String DENOUNCER_ID = "042065004242";

    @Autowired
    MockMvc mvc;
    @Autowired
    OrgUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NationalDbSender sender;
    @Autowired
    NationalDbMapping mapping;
    @Autowired
    OrgUnitHierarchy hierarchy;
    @Autowired
    TransactionTemplate transactions;

    HttpServer server;
    final List<JsonNode> received = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger answer = new AtomicInteger(200);

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    URI startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/nd55", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = answer.get();
            if (status == 200) {
                received.add(JSON.readTree(body));
            }
            byte[] out = (status == 200 ? "{\"ok\":true}" : "Hệ thống bảo trì").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/nd55");
    }

    record Commune(OrgUnitView area, OrgUnitView committee, OrgUnitView party) {
    }

    Commune commune() {
        OrgUnitView area = units.create(new NewOrgUnit("Xã Dữ Liệu " + UUID.randomUUID().toString().substring(0, 8),
                OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.COMMUNE, null, null, LocalDate.of(2019, 1, 1)));
        units.setUpStandardBodies(area.id());
        List<OrgUnitView> children = units.children(area.id());
        return new Commune(area,
                children.stream().filter(u -> u.kind() == OrgUnitKind.PEOPLES_COMMITTEE).findFirst().orElseThrow(),
                children.stream().filter(u -> u.kind() == OrgUnitKind.PARTY_COMMITTEE).findFirst().orElseThrow());
    }

    static Authentication as(Role role, long unitId) {
        TiepdanUser user = new TiepdanUser(77L, "nd-" + System.nanoTime(), "Cán bộ thử",
                List.of(new RoleGrantView(role, unitId)), "x", true, true);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    MockHttpServletResponse postJson(String path, Authentication who, String body) throws Exception {
        return mvc.perform(post(path).with(authentication(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse();
    }

    static JsonNode json(MockHttpServletResponse r) throws Exception {
        return JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    long created(MockHttpServletResponse r) throws Exception {
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        return json(r).path("id").asLong();
    }

    /** Planted records of a commune: two visits (one a denunciation), and a petition of each kind. */
    record Planted(Commune c, long visit, long sealedVisit, long complaint, long denunciation, long recommendation,
            long outside) {
    }

    Planted plant() throws Exception {
        Commune c = commune();
        Authentication officer = as(Role.RECEPTION_OFFICER, c.area().id());
        long session = created(postJson("/api/v1/reception/sessions", officer, """
                {"unitId": %d, "kind": "REGULAR", "date": "2025-03-10", "place": "Phòng tiếp dân",
                 "hosts": [{"capacity": "STAFF", "personName": "Cán bộ tiếp dân"}]}""".formatted(c.committee().id())));
        long visit = created(postJson("/api/v1/reception/sessions/" + session + "/visits", officer, """
                {"citizenName": "Nguyễn Văn Dân", "hamlet": "Thôn Đông", "content": "Khiếu nại việc thu hồi đất",
                 "fieldCode": "LAND", "outcome": "PETITION_RECEIVED", "matterKind": "COMPLAINT", "newMatter": true}"""));
        long sealedVisit = created(postJson("/api/v1/reception/sessions/" + session + "/visits", officer, """
                {"citizenName": "%s", "citizenIdNumber": "%s", "content": "Tố cáo cán bộ thu tiền sai",
                 "fieldCode": "LAND", "outcome": "PETITION_RECEIVED", "denunciation": true}"""
                .formatted(DENOUNCER, DENOUNCER_ID)));
        Authentication handler = as(Role.HANDLER, c.area().id());
        long complaint = petition(c, handler, "COMPLAINT", "RESOLVE", null, "Trần Khiếu Nại");
        long denunciation = petition(c, handler, "DENUNCIATION", "RESOLVE", "DENUNCIATION", DENOUNCER);
        long recommendation = petition(c, handler, "RECOMMENDATION", "RESOLVE", null, "Lê Kiến Nghị");
        long outside = petition(c, handler, "FEEDBACK", "NONE", null, "Đỗ Phản Ánh");
        return new Planted(c, visit, sealedVisit, complaint, denunciation, recommendation, outside);
    }

    long petition(Commune c, Authentication handler, String kind, String competence, String declared, String name)
            throws Exception {
        long id = created(postJson("/api/v1/petitions", handler, """
                {"unitId": %d, "channel": "POST", "receivedOn": "2025-03-11", "content": "Đơn thử %s",
                 "declaredKind": %s,
                 "petitioners": [{"fullName": "%s", "idNumber": "%s", "address": "Thôn Tây"}]}"""
                .formatted(c.committee().id(), kind, declared == null ? "null" : "\"" + declared + "\"", name,
                        DENOUNCER.equals(name) ? DENOUNCER_ID : "042065001111")));
        MockHttpServletResponse r = postJson("/api/v1/petitions/" + id + "/classification", handler, """
                {"on": "2025-03-12", "kind": "%s", "field": "LAND", "eligible": true, "competence": "%s"}"""
                .formatted(kind, competence));
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return id;
    }

    String status(String type, long id) {
        return jdbc.sql("select status from national_db_record where record_type = ? and record_id = ?")
                .params(type, id).query(String.class).optional().orElse(null);
    }

    @Test
    void eachPlantedRecordMapsToItsDataGroupAndDenouncersOnlyByPseudonym() throws Exception {
        Planted p = plant();
        MockHttpServletResponse r = mvc.perform(get("/api/v1/national-db/export")
                .param("unit", String.valueOf(p.c().area().id())).param("from", "2025-03-01").param("to", "2025-03-31")
                .with(authentication(as(Role.REPORTER, p.c().area().id())))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        String text = r.getContentAsString(StandardCharsets.UTF_8);
        JsonNode export = JSON.readTree(text);
        assertThat(keys(export)).containsExactly("schemaVersion", "unit", "from", "to", "receptions",
                "petitions", "complaints", "denunciations", "recommendations");
        assertThat(export.path("schemaVersion").asString()).isEqualTo(NationalDbMapping.SCHEMA_VERSION);
        assertThat(ids(export, "receptions")).containsExactly(p.visit(), p.sealedVisit());
        assertThat(ids(export, "petitions")).containsExactly(p.complaint(), p.denunciation(), p.recommendation(),
                p.outside());
        assertThat(ids(export, "complaints")).containsExactly(p.complaint());
        assertThat(ids(export, "denunciations")).containsExactly(p.denunciation());
        assertThat(ids(export, "recommendations")).containsExactly(p.recommendation(), p.outside());
        // and back: each item names its type and the Art. 6 data group it belongs to
        Map<String, String> groups = Map.of("receptions", "TIEP_CONG_DAN", "petitions", "XU_LY_DON", "complaints",
                "GIAI_QUYET_KHIEU_NAI", "denunciations", "GIAI_QUYET_TO_CAO", "recommendations",
                "XU_LY_KIEN_NGHI_PHAN_ANH");
        groups.forEach((list, group) -> export.path(list).forEach(item -> {
            assertThat(item.path("dataGroup").asString()).isEqualTo(group);
            assertThat(NationalDbMapping.RecordType.valueOf(item.path("type").asString()).dataGroup).isEqualTo(group);
        }));
        JsonNode visit = export.path("receptions").get(0);
        assertThat(visit.path("citizen").path("name").asString()).isEqualTo("Nguyễn Văn Dân");
        assertThat(visit.path("matterKind").asString()).isEqualTo("KHIEU_NAI");
        assertThat(visit.path("newMatter").asBoolean()).isTrue();
        // the field as a node of the tree and its group, for visits and for petitions (still on flat codes)
        assertThat(visit.path("field").asString()).isEqualTo("ADM_LAND");
        assertThat(visit.path("fieldGroup").asString()).isEqualTo("ADMINISTRATIVE");
        assertThat(export.path("petitions").get(0).path("field").asString()).isEqualTo("ADM_LAND");
        assertThat(export.path("petitions").get(0).path("fieldGroup").asString()).isEqualTo("ADMINISTRATIVE");
        assertThat(export.path("receptions").get(1).path("citizen").path("pseudonym").asString())
                .startsWith("Người tố cáo");
        assertThat(export.path("denunciations").get(0).path("petitioners").get(0).path("pseudonym").asString())
                .startsWith("Người tố cáo");
        JsonNode outside = export.path("petitions").get(3);
        assertThat(outside.path("withinCompetence").asBoolean()).isFalse();
        assertThat(text).doesNotContain(DENOUNCER).doesNotContain(DENOUNCER_ID);

        // REPORTER, HEAD or INSPECTOR at the unit; not a viewer, not another commune's reporter
        Commune other = commune();
        for (Authentication refused : List.of(as(Role.VIEWER, p.c().area().id()), as(Role.REPORTER, other.area().id()))) {
            assertThat(mvc.perform(get("/api/v1/national-db/export").param("unit", String.valueOf(p.c().area().id()))
                    .with(authentication(refused))).andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        MockHttpServletResponse window = mvc.perform(get("/api/v1/national-db/export")
                .param("unit", String.valueOf(p.c().area().id())).param("from", "2025-03-31").param("to", "2025-03-01")
                .with(authentication(as(Role.HEAD, p.c().area().id())))).andReturn().getResponse();
        assertThat(window.getStatus()).isEqualTo(400);
        assertThat(json(window).path("code").asString()).isEqualTo("national-db-window-invalid");
    }

    static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            keys.add(e.getKey());
        }
        return keys;
    }

    static List<Long> ids(JsonNode export, String list) {
        List<Long> ids = new ArrayList<>();
        export.path(list).forEach(i -> ids.add(i.path("id").asLong()));
        return ids;
    }

    @Test
    void aChangeIsQueuedInItsOwnTransactionAndARolledBackOneQueuesNothing() throws Exception {
        Planted p = plant();
        // created: queued at once, in every data group the record belongs to
        assertThat(status("RECEPTION", p.visit())).isEqualTo("PENDING");
        assertThat(status("PETITION", p.complaint())).isEqualTo("PENDING");
        assertThat(status("COMPLAINT", p.complaint())).isEqualTo("PENDING");
        assertThat(status("DENUNCIATION", p.denunciation())).isEqualTo("PENDING");
        assertThat(status("RECOMMENDATION", p.outside())).isEqualTo("PENDING");
        assertThat(status("COMPLAINT", p.outside())).isNull();
        jdbc.sql("update national_db_record set status = 'SENT', sent_at = now() where record_type = 'RECEPTION' "
                + "and record_id = ?").param(p.visit()).update();

        // a change rolled back leaves the record as it was
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("update reception_visit set handling_note = 'Sửa rồi hủy' where id = ?").param(p.visit()).update();
            assertThat(status("RECEPTION", p.visit())).isEqualTo("PENDING");
            tx.setRollbackOnly();
        });
        assertThat(status("RECEPTION", p.visit())).isEqualTo("SENT");
        // a refused request writes nothing, the queue included
        long before = jdbc.sql("select count(*) from national_db_record").query(Long.class).single();
        long session = jdbc.sql("select session_id from reception_visit where id = ?").param(p.visit())
                .query(Long.class).single();
        assertThat(postJson("/api/v1/reception/sessions/" + session + "/visits",
                as(Role.RECEPTION_OFFICER, p.c().area().id()), """
                {"citizenName": "Đoàn nhỏ", "delegation": true, "headcount": 3, "representatives": ["A"],
                 "content": "X", "fieldCode": "LAND", "outcome": "ANSWERED"}""").getStatus()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from national_db_record").query(Long.class).single()).isEqualTo(before);
        // a committed change queues it again
        transactions.executeWithoutResult(tx -> jdbc.sql("update reception_visit set handling_note = 'Đã sửa' "
                + "where id = ?").param(p.visit()).update());
        assertThat(status("RECEPTION", p.visit())).isEqualTo("PENDING");
    }

    @Test
    void theSenderSendsEachRecordOnceEvenAfterARestartAndAgainWhenItChanges() throws Exception {
        Planted p = plant();
        long unit = p.c().area().id();
        // no endpoint configured (the demo profile): the scheduled run sends nothing
        assertThat(sender.endpoint()).isEmpty();
        sender.scheduled();
        assertThat(status("PETITION", p.complaint())).isEqualTo("PENDING");

        URI uri = startServer();
        NationalDbSender.Run run = sender.send(new HttpNationalDbTransport(uri), unit);
        assertThat(run.sent()).isEqualTo(2 + 4 + 1 + 1 + 2);
        assertThat(received).hasSize(10);
        assertThat(received).allMatch(e -> e.path("schemaVersion").asString().equals(NationalDbMapping.SCHEMA_VERSION));
        assertThat(received.toString()).doesNotContain(DENOUNCER).doesNotContain(DENOUNCER_ID);
        assertThat(status("RECEPTION", p.sealedVisit())).isEqualTo("SENT");
        assertThat(jdbc.sql("select count(*) from national_db_record where unit_id in (:u) and sent_at is null")
                .param("u", hierarchy.subtreeWithPredecessors(unit)).query(Long.class).single()).isZero();

        // a restart: a new sender over the same queue sends nothing again
        NationalDbSender restarted = new NationalDbSender(jdbc, mapping, hierarchy, uri.toString());
        assertThat(restarted.send(new HttpNationalDbTransport(uri), unit).sent()).isZero();
        assertThat(received).hasSize(10);

        // a change goes again, once
        transactions.executeWithoutResult(tx -> jdbc.sql("update reception_visit set handling_note = 'Bổ sung' "
                + "where id = ?").param(p.visit()).update());
        assertThat(restarted.send(new HttpNationalDbTransport(uri), unit).sent()).isEqualTo(1);
        assertThat(received).hasSize(11);
        assertThat(received.get(10).path("record").path("id").asLong()).isEqualTo(p.visit());

        // the records endpoint
        MockHttpServletResponse list = mvc.perform(get("/api/v1/national-db/records")
                .param("unit", String.valueOf(unit)).param("status", "SENT")
                .with(authentication(as(Role.REPORTER, unit)))).andReturn().getResponse();
        JsonNode records = json(list);
        assertThat(records.path("total").asLong()).isEqualTo(10);
        assertThat(keys(records.path("items").get(0))).containsExactly("type", "id", "status", "sentAt",
                "error");
        MockHttpServletResponse bad = mvc.perform(get("/api/v1/national-db/records")
                .param("unit", String.valueOf(unit)).param("status", "LOST")
                .with(authentication(as(Role.REPORTER, unit)))).andReturn().getResponse();
        assertThat(json(bad).path("code").asString()).isEqualTo("national-db-status-invalid");
    }

    @Test
    void aRefusalIsRecordedWithItsErrorAndRetriedAfterABackOff() throws Exception {
        Planted p = plant();
        long unit = p.c().area().id();
        URI uri = startServer();
        answer.set(503);
        NationalDbSender.Run run = sender.send(new HttpNationalDbTransport(uri), unit);
        assertThat(run.failed()).isEqualTo(10);
        assertThat(status("COMPLAINT", p.complaint())).isEqualTo("FAILED");
        assertThat(jdbc.sql("select error from national_db_record where record_type = 'COMPLAINT' and record_id = ?")
                .param(p.complaint()).query(String.class).single()).isEqualTo("HTTP 503: Hệ thống bảo trì");
        assertThat(jdbc.sql("select next_attempt_at > now() + interval '50 seconds' from national_db_record "
                + "where record_type = 'COMPLAINT' and record_id = ?").param(p.complaint()).query(Boolean.class)
                .single()).isTrue();
        // before the back-off has passed: nothing is tried
        answer.set(200);
        assertThat(sender.send(new HttpNationalDbTransport(uri), unit).sent()).isZero();
        // the screen says why
        String page = mvc.perform(get("/national-db").param("unit", String.valueOf(unit))
                .with(authentication(as(Role.REPORTER, unit)))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Lỗi: HTTP 503: Hệ thống bảo trì (đã thử 1 lần");
        // once due again, it goes and is SENT
        jdbc.sql("update national_db_record set next_attempt_at = now() - interval '1 second' where unit_id in (:u)")
                .param("u", hierarchy.subtreeWithPredecessors(unit)).update();
        assertThat(sender.send(new HttpNationalDbTransport(uri), unit).sent()).isEqualTo(10);
        assertThat(status("COMPLAINT", p.complaint())).isEqualTo("SENT");
        // an unreachable endpoint is a failure too, not an exception
        server.stop(0);
        server = null;
        transactions.executeWithoutResult(tx -> jdbc.sql("update reception_visit set handling_note = 'Lần 2' "
                + "where id = ?").param(p.visit()).update());
        assertThat(sender.send(new HttpNationalDbTransport(uri), unit).failed()).isEqualTo(1);
        assertThat(status("RECEPTION", p.visit())).isEqualTo("FAILED");
    }

    @Test
    void theDemoShowsPendingAndSentRecordsAndWhyTheRestIsNotSent() throws Exception {
        // the unit whose history the demo imported (Xã Kỳ Thượng)
        long commune = jdbc.sql("select unit_id from history_import order by id limit 1").query(Long.class).single();
        List<Long> subtree = hierarchy.subtreeWithPredecessors(commune);
        // the imported history (2019-2023) went to the demo's stand-in receiver; the rest waits
        assertThat(jdbc.sql("select count(*) from national_db_record where unit_id in (:u) and status = 'SENT'")
                .param("u", subtree).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from national_db_record where unit_id in (:u) and status = 'PENDING'")
                .param("u", subtree).query(Long.class).single()).isPositive();
        String page = mvc.perform(get("/national-db").with(authentication(as(Role.REPORTER, commune))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"nationaldb-not-configured\"").contains("id=\"nationaldb-sent\"")
                .contains("id=\"nationaldb-unsent\"").contains("Chưa cấu hình địa chỉ nhận.");
    }

    /** Issue 21: the results the tables ask of a resolved complaint, through the petition API, in the export. */
    @Test
    void theResultsOfAResolvedComplaintAreRecordedAndQueuedForTheNationalDatabase() throws Exception {
        Planted p = plant();
        Authentication handler = as(Role.HANDLER, p.c().area().id());
        String path = "/api/v1/petitions/" + p.complaint() + "/results";
        String body = """
                {"moneyToState": 150000000, "moneyToCitizens": 20000000, "landToStateM2": 1250.5,
                 "landToCitizensM2": 300, "peopleRightsRestored": 2, "peopleDisciplined": 1,
                 "casesToInvestigation": 0}""";
        MockHttpServletResponse early = mvc.perform(put(path).with(authentication(handler)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(early.getStatus()).isEqualTo(409);
        assertThat(json(early).path("code").asString()).isEqualTo("petition-results-not-resolved");
        // the decision itself is the workflow's (PetitionWorkflowTest); here the complaint stands decided
        jdbc.sql("update petition set state = 'DECIDED' where id = ?").param(p.complaint()).update();
        jdbc.sql("update national_db_record set status = 'SENT', sent_at = now() where record_type = 'COMPLAINT' "
                + "and record_id = ?").param(p.complaint()).update();
        MockHttpServletResponse negative = mvc.perform(put(path).with(authentication(handler)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"peopleDisciplined\": -1}")).andReturn()
                .getResponse();
        assertThat(negative.getStatus()).isEqualTo(400);
        assertThat(json(negative).path("errors").get(0).path("field").asString()).isEqualTo("peopleDisciplined");
        assertThat(status("COMPLAINT", p.complaint())).isEqualTo("SENT");
        MockHttpServletResponse ok = mvc.perform(put(path).with(authentication(handler)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(ok.getStatus()).as(ok.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(status("COMPLAINT", p.complaint())).isEqualTo("PENDING");
        JsonNode read = json(mvc.perform(get(path).with(authentication(as(Role.VIEWER, p.c().area().id()))))
                .andReturn().getResponse());
        assertThat(read.path("landToStateM2").decimalValue()).isEqualByComparingTo("1250.50");
        assertThat(read.path("peopleRightsRestored").asInt()).isEqualTo(2);
        // a feedback has no such results
        MockHttpServletResponse feedback = mvc.perform(put("/api/v1/petitions/" + p.outside() + "/results")
                .with(authentication(handler)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
        assertThat(json(feedback).path("code").asString()).isEqualTo("petition-results-not-resolvable");
        // another commune's handler may not
        assertThat(mvc.perform(put(path).with(authentication(as(Role.HANDLER, commune().area().id()))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        JsonNode export = json(mvc.perform(get("/api/v1/national-db/export")
                .param("unit", String.valueOf(p.c().area().id())).param("from", "2025-03-01").param("to", "2025-03-31")
                .with(authentication(as(Role.INSPECTOR, p.c().area().id())))).andReturn().getResponse());
        JsonNode results = export.path("complaints").get(0).path("results");
        assertThat(results.path("moneyToStateVnd").asLong()).isEqualTo(150000000L);
        assertThat(results.path("casesToInvestigation").asInt()).isZero();
        assertThat(export.path("denunciations").get(0).path("results").isNull()).isTrue();
    }

    @Test
    void theBackOffDoublesFromAMinuteUpToSixHours() {
        assertThat(NationalDbSender.backOff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(NationalDbSender.backOff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(NationalDbSender.backOff(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(NationalDbSender.backOff(10)).isEqualTo(Duration.ofHours(6));
        assertThat(NationalDbSender.backOff(100)).isEqualTo(Duration.ofHours(6));
    }
}
