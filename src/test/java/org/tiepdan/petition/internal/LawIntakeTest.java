package org.tiepdan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.Competence;
import org.tiepdan.petition.PetitionKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake and resolution by the law in force on the day each clock starts (issue 18): a denunciation
 * of 2018 under Luật Tố cáo 2011, a petition of 2020 under TT 07/2014/TT-TTCP, one of 2013 with no
 * handling limit at all, a denunciation outside competence with its transfer limit.
 */
@FullStackTest
class LawIntakeTest {

    private static final String PASSWORD = "Thu-nghiem-2026";
    static final Actor HANDLER = new Actor("xuly", EnumSet.of(Role.HANDLER));
    static final Actor HEAD = new Actor("lanhdao", EnumSet.of(Role.HEAD));

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    OrgUnits units;
    @Autowired
    JsonMapper json;
    @Autowired
    PetitionService service;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    OrgUnitView commune;
    String handler;
    String head;

    @BeforeEach
    void setUp() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long province = units.findAreaByCode("42").orElseThrow().id();
        commune = units.create(new NewOrgUnit("Xã Thử Luật " + suffix, OrgUnitKind.PEOPLES_COMMITTEE,
                AdminTier.COMMUNE, province, null, LocalDate.of(2012, 1, 1)));
        handler = user(Role.HANDLER);
        head = user(Role.HEAD);
    }

    private String user(Role role) {
        String name = "law-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(name, "Cán bộ " + name, PASSWORD, role, commune.id());
        return name;
    }

    private ResultActions postJson(String url, String user, Object body) throws Exception {
        return mvc.perform(post(url).with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private JsonNode ok(ResultActions r) throws Exception {
        var response = r.andReturn();
        assertThat(response.getResponse().getStatus()).as(response.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isBetween(200, 201);
        return json.readTree(response.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private long intake(String received, String content) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", commune.id());
        m.put("channel", "POST");
        m.put("receivedOn", received);
        m.put("content", content);
        m.put("petitioners", List.of(Map.of("fullName", "Phan Văn Lịch Sử", "address", "thôn Đông")));
        return ok(postJson("/api/v1/petitions", handler, m)).get("id").asLong();
    }

    private static JsonNode deadline(JsonNode p, String code) {
        for (JsonNode d : p.get("deadlines")) {
            if (code.equals(d.get("ruleCode").asString())) {
                return d;
            }
        }
        return null;
    }

    private static Map<String, Object> doc(String on) {
        return new LinkedHashMap<>(Map.of("on", on, "documentNumber", "05/QĐ-UBND", "documentDate", on));
    }

    @Test
    void aDenunciationOf2018GoesThroughIntakeToSettlementOnLuatToCao2011() throws Exception {
        long id = intake("2018-10-01", "Tố cáo cán bộ địa chính xã năm 2018");
        JsonNode p = ok(mvc.perform(get("/api/v1/petitions/" + id).with(httpBasic(handler, PASSWORD))));
        assertThat(deadline(p, "PETITION_HANDLE").get("explanation").asString()).contains("07/2014/TT-TTCP");
        p = ok(postJson("/api/v1/petitions/" + id + "/classification", handler, Map.of("on", "2018-10-02", "kind",
                "DENUNCIATION", "field", "LAND", "eligible", true, "competence", "RESOLVE")));
        assertThat(deadline(p, "DENUNCIATION_CHECK").get("due").asString()).isEqualTo("2018-10-11");
        p = ok(postJson("/api/v1/petitions/" + id + "/actions/accept", handler, doc("2018-10-08")));
        assertThat(deadline(p, "DENUNCIATION_NOTIFY")).as("the 2011 law had no notice limit").isNull();
        JsonNode resolve = deadline(p, "DENUNCIATION_RESOLVE");
        assertThat(resolve.get("due").asString()).isEqualTo("2018-12-07");
        assertThat(resolve.get("explanation").asString()).contains("60 ngày").contains("Điều 21 Luật Tố cáo 2011");
        ok(postJson("/api/v1/petitions/" + id + "/actions/notify", handler, doc("2018-10-10")));
        ok(postJson("/api/v1/petitions/" + id + "/actions/verify", handler, Map.of("on", "2018-10-11")));
        // Once "where necessary", 30 days, though not complex: the 2011 law.
        Map<String, Object> ext = doc("2018-12-03");
        ext.put("note", "Cần xác minh thêm");
        p = ok(postJson("/api/v1/petitions/" + id + "/actions/extend", head, ext));
        assertThat(deadline(p, "DENUNCIATION_RESOLVE").get("due").asString()).isEqualTo("2019-01-07");
        Map<String, Object> again = doc("2018-12-20");
        again.put("note", "Lần hai");
        postJson("/api/v1/petitions/" + id + "/actions/extend", head, again).andExpect(status().isConflict());
        Map<String, Object> conclusion = doc("2019-01-04");
        conclusion.put("outcome", "PARTLY_TRUE");
        p = ok(postJson("/api/v1/petitions/" + id + "/actions/conclude", handler, conclusion));
        assertThat(p.get("state").asString()).isEqualTo("CONCLUDED");
        assertThat(p.get("settledOnTime").asBoolean()).isTrue();
    }

    @Test
    void aPetitionOf2020GoesThroughIntakeToSettlementUnderTt07() throws Exception {
        long id = intake("2020-03-02", "Phản ánh đường thôn Đông xuống cấp năm 2020");
        JsonNode p = ok(mvc.perform(get("/api/v1/petitions/" + id).with(httpBasic(handler, PASSWORD))));
        assertThat(deadline(p, "PETITION_HANDLE").get("due").asString()).isEqualTo("2020-03-16");
        ok(postJson("/api/v1/petitions/" + id + "/classification", handler, Map.of("on", "2020-03-03", "kind",
                "FEEDBACK", "field", "OTHER", "eligible", true, "competence", "RESOLVE")));
        ok(postJson("/api/v1/petitions/" + id + "/actions/accept", handler, doc("2020-03-05")));
        ok(postJson("/api/v1/petitions/" + id + "/actions/assign", handler, Map.of("on", "2020-03-05")));
        ok(postJson("/api/v1/petitions/" + id + "/actions/answer", handler, doc("2020-03-20")));
        p = ok(postJson("/api/v1/petitions/" + id + "/actions/close", handler, Map.of("on", "2020-03-21")));
        assertThat(p.get("state").asString()).isEqualTo("CLOSED");
        assertThat(p.get("settledOnTime").asBoolean()).isTrue();
        mvc.perform(get("/petitions/" + id).with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(handler)))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"no-handling-limit\""))));
    }

    @Test
    void aPetitionOf2013StartsNoHandlingClockAndThePageSaysSo() throws Exception {
        long id = intake("2013-05-06", "Kiến nghị về đường điện thôn Đông năm 2013");
        JsonNode p = ok(mvc.perform(get("/api/v1/petitions/" + id).with(httpBasic(handler, PASSWORD))));
        assertThat(deadline(p, "PETITION_HANDLE")).isNull();
        mvc.perform(get("/petitions/" + id).with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(handler)))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"no-handling-limit\"")))
                .andExpect(content().string(Matchers.containsString("06/05/2013")));
        // A complaint received that day still has its acceptance limit (Luật Khiếu nại 2011, from 01/7/2012).
        p = ok(postJson("/api/v1/petitions/" + id + "/classification", handler, Map.of("on", "2013-05-07", "kind",
                "COMPLAINT", "field", "OTHER", "eligible", true, "competence", "RESOLVE")));
        assertThat(deadline(p, "COMPLAINT_ACCEPT").get("due").asString()).isEqualTo("2013-05-16");
        // The 90-day filing limit (Art. 9) as a warning: in time if learnt of on 05/02/2013 or later.
        mvc.perform(get("/petitions/" + id).with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(handler))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"filing-limit\"")))
                .andExpect(content().string(Matchers.containsString("90 ngày (Điều 9 Luật Khiếu nại 2011)")))
                .andExpect(content().string(Matchers.containsString("05/02/2013")));
    }

    Petition received(LocalDate on, int headcount) {
        Petition p = new Petition(new Intake(commune.id(), Channel.POST, on, null, null, null, null,
                "Tố cáo cán bộ thu tiền sai quy định", false, false, false, headcount,
                List.of(new Petitioner("Lê Văn Tố", null, "thôn Tây", null, null, false))), 0, 1, "LAWTESTCODE1",
                "xuly");
        p.startClocks(service.clocks(commune.id()), false);
        return p;
    }

    @Test
    void aDenunciationOutsideCompetenceRunsTheTransferLimitOnBothSidesOf2019() {
        for (LocalDate on : List.of(LocalDate.of(2018, 12, 24), LocalDate.of(2019, 1, 2))) {
            Petition p = received(on, 1);
            p.classify(HANDLER, Step.on(on), new Classification(PetitionKind.DENUNCIATION, null, true, null,
                    Competence.NONE, false, false, false, false, false, false), service.clocks(commune.id()));
            assertThat(p.deadline("DENUNCIATION_CHECK")).isEmpty();
            PetitionDeadline transfer = p.deadline("DENUNCIATION_TRANSFER").orElseThrow();
            assertThat(transfer.explanation()).contains("5 ngày làm việc")
                    .contains(on.getYear() == 2018 ? "Điều 20 Luật Tố cáo 2011" : "Điều 24 Luật Tố cáo 2018");
            // Reclassified within competence: the check replaces the transfer clock.
            p.classify(HANDLER, Step.on(on), new Classification(PetitionKind.DENUNCIATION, null, true, null,
                    Competence.RESOLVE, false, false, false, false, false, false), service.clocks(commune.id()));
            assertThat(p.deadline("DENUNCIATION_TRANSFER")).isEmpty();
            assertThat(p.deadline("DENUNCIATION_CHECK")).isPresent();
        }
    }

    @Test
    void aComplexDenunciationOf2018Has90DaysAndOneExtensionOf60() {
        Petition p = received(LocalDate.of(2018, 3, 1), 1);
        var clocks = service.clocks(commune.id());
        p.classify(HANDLER, Step.on(LocalDate.of(2018, 3, 2)), new Classification(PetitionKind.DENUNCIATION, null,
                true, null, Competence.RESOLVE, true, false, false, false, false, false), clocks);
        p.accept(HANDLER, Step.on(LocalDate.of(2018, 3, 5)).withDocument("01/QĐ", LocalDate.of(2018, 3, 5)), clocks);
        assertThat(p.deadline("DENUNCIATION_RESOLVE").orElseThrow().variant().name()).isEqualTo("COMPLEX");
        assertThat(p.deadline("DENUNCIATION_RESOLVE").orElseThrow().due()).isEqualTo(LocalDate.of(2018, 6, 4));
        Step ext = Step.on(LocalDate.of(2018, 5, 30)).withDocument("02/QĐ", LocalDate.of(2018, 5, 30))
                .withReason(null, "Phức tạp").especiallyComplex();
        p.extend(HEAD, ext, clocks);
        PetitionDeadline resolve = p.deadline("DENUNCIATION_RESOLVE").orElseThrow();
        assertThat(resolve.versions().get(1).extensionCode()).isEqualTo("DENUNCIATION_EXTEND_COMPLEX");
        // 60 days from the end of the term (03/06/2018, a Sunday; the move to Monday is not part of the term).
        assertThat(resolve.due()).isEqualTo(LocalDate.of(2018, 8, 2));
        assertThatThrownBy(() -> p.extend(HEAD, Step.on(LocalDate.of(2018, 7, 1)).withDocument("03/QĐ",
                LocalDate.of(2018, 7, 1)).withReason(null, "x"), clocks)).hasMessage("denunciation-extension-limit");
    }

    @Test
    void theMassThresholdIsOneNamedRule() {
        assertThat(received(LocalDate.of(2025, 3, 3), PetitionClassification.MASS_HEADCOUNT - 1).mass()).isFalse();
        assertThat(received(LocalDate.of(2025, 3, 3), PetitionClassification.MASS_HEADCOUNT).mass()).isTrue();
    }
}
