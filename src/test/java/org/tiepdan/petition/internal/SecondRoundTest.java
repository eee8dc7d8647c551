package org.tiepdan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
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
import org.tiepdan.platform.DomainException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A second complaint is lodged with, accepted and decided by the superior body (Luật Khiếu nại 2011
 * Art. 33, 36, 37): a new petition there, linked to the first round, with its own acceptance clock;
 * the filing window (30 days, 45 in a remote area) checked, a late filing refused with its ground.
 */
@FullStackTest
class SecondRoundTest {

    private static final String PASSWORD = "Thu-nghiem-2026";
    static final Actor HANDLER = new Actor("xuly", EnumSet.of(Role.HANDLER));

    @Autowired
    PetitionService service;
    @Autowired
    OrgUnits units;
    @Autowired
    Accounts accounts;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    OrgUnitView commune;
    OrgUnitView superior;

    @BeforeEach
    void setUp() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long province = units.findAreaByCode("42").orElseThrow().id();
        commune = units.create(new NewOrgUnit("Xã Thử Lần Hai " + suffix, OrgUnitKind.PEOPLES_COMMITTEE,
                AdminTier.COMMUNE, province, null, LocalDate.of(2012, 1, 1)));
        superior = units.create(new NewOrgUnit("UBND tỉnh thử " + suffix, OrgUnitKind.PEOPLES_COMMITTEE,
                AdminTier.PROVINCE, province, null, LocalDate.of(2012, 1, 1)));
    }

    DeadlineSource clocks() {
        return service.clocks(commune.id());
    }

    static Step doc(LocalDate on) {
        return Step.on(on).withDocument("09/QĐ-UBND", on);
    }

    /** A first-round complaint accepted 10/03/2025, investigated; decided on {@code decided} unless null. */
    Petition firstRound(boolean remote, LocalDate decided) {
        Petition p = new Petition(new Intake(commune.id(), Channel.POST, LocalDate.of(2025, 3, 3), null, null,
                null, null, "Khiếu nại quyết định thu hồi đất", false, false, false, 1,
                List.of(new Petitioner("Bùi Văn Hai", null, "thôn Trung", null, null, false))), 0, 1, "ROUNDTWOCODE",
                "xuly");
        p.startClocks(clocks(), false);
        p.classify(HANDLER, Step.on(LocalDate.of(2025, 3, 4)), new Classification(PetitionKind.COMPLAINT, null, true,
                null, Competence.RESOLVE, false, false, false, false, false, remote), clocks());
        p.accept(HANDLER, doc(LocalDate.of(2025, 3, 10)), clocks());
        p.investigate(HANDLER, Step.on(LocalDate.of(2025, 3, 12)));
        if (decided != null) {
            p.holdDialogue(HANDLER, Step.on(LocalDate.of(2025, 3, 25)));
            p.decide(HANDLER, doc(decided).withOutcome(Outcome.RIGHT));
        }
        return p;
    }

    @Test
    void theFilingWindowIsCheckedAndALateFilingRefusedWithItsGround() {
        Petition p = firstRound(false, LocalDate.of(2025, 4, 8));
        assertThat(p.allowedActions()).contains(Action.SECOND_ROUND);
        assertThatThrownBy(() -> p.secondRound(HANDLER, doc(LocalDate.of(2025, 4, 20)), clocks()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("complaint-second-round-body-required");
                    assertThat(e.field()).isEqualTo("targetUnitId");
                });
        assertThatThrownBy(() -> p.secondRound(HANDLER, doc(LocalDate.of(2025, 4, 20)).withTarget(commune.id(), null),
                clocks())).hasMessage("complaint-second-round-same-body");
        // 30 days from the decision (08/04) end on 08/5/2025; a filing on 20/05 is late.
        assertThatThrownBy(() -> p.secondRound(HANDLER, doc(LocalDate.of(2025, 5, 20)).withTarget(superior.id(), null),
                clocks())).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("complaint-second-round-late");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.args()).anySatisfy(a -> assertThat(String.valueOf(a)).contains("Điều 33"));
                });
        assertThat(p.events()).extracting(PetitionEvent::action).doesNotContain(Action.SECOND_ROUND);
        // Received the decision only on 02/05: the window runs to 01/06 (a Sunday, so 02/06).
        p.secondRound(HANDLER, doc(LocalDate.of(2025, 5, 20)).withTarget(superior.id(), null)
                .withDecisionReceivedOn(LocalDate.of(2025, 5, 2)), clocks());
        assertThat(p.events()).extracting(PetitionEvent::action).endsWith(Action.SECOND_ROUND);
        assertThat(p.state()).isEqualTo(PetitionState.DECIDED);
    }

    @Test
    void aRemoteAreaHas45DaysAndWithoutADecisionTheWindowOpensWhenRoundOneExpires() {
        Petition remote = firstRound(true, LocalDate.of(2025, 4, 8));
        remote.secondRound(HANDLER, doc(LocalDate.of(2025, 5, 20)).withTarget(superior.id(), null), clocks());
        Petition undecided = firstRound(false, null);
        // Round 1 runs to 09/04/2025 (30 days from 10/03).
        assertThatThrownBy(() -> undecided.secondRound(HANDLER, doc(LocalDate.of(2025, 4, 9))
                .withTarget(superior.id(), null), clocks())).hasMessage("complaint-second-round-round1-running");
        undecided.secondRound(HANDLER, doc(LocalDate.of(2025, 4, 15)).withTarget(superior.id(), null), clocks());
        Petition tooLate = firstRound(false, null);
        assertThatThrownBy(() -> tooLate.secondRound(HANDLER, doc(LocalDate.of(2025, 5, 20))
                .withTarget(superior.id(), null), clocks())).hasMessage("complaint-second-round-late");
    }

    @Test
    void roundOneMayRecordNoDialogueWithAReason() {
        Petition p = firstRound(false, null);
        assertThat(p.allowedActions()).contains(Action.SKIP_DIALOGUE, Action.HOLD_DIALOGUE);
        assertThatThrownBy(() -> p.skipDialogue(HANDLER, Step.on(LocalDate.of(2025, 3, 20))))
                .hasMessage("petition-reason-required");
        p.skipDialogue(HANDLER, Step.on(LocalDate.of(2025, 3, 20)).withReason(null,
                "Yêu cầu của người khiếu nại và kết quả xác minh là thống nhất"));
        assertThat(p.state()).isEqualTo(PetitionState.DIALOGUE_NOT_HELD);
        p.decide(HANDLER, doc(LocalDate.of(2025, 4, 1)).withOutcome(Outcome.RIGHT));
        assertThat(p.state()).isEqualTo(PetitionState.DECIDED);
    }

    @Test
    void throughTheApiTheSecondRoundIsANewPetitionAtTheSuperiorBodyWithItsOwnClock() throws Exception {
        String handler = "r2-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(handler, "Cán bộ " + handler, PASSWORD, Role.HANDLER, commune.id());
        String upper = "r2u-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(upper, "Cán bộ " + upper, PASSWORD, Role.HANDLER, superior.id());
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("unitId", commune.id());
        in.put("channel", "POST");
        in.put("receivedOn", "2025-03-03");
        in.put("content", "Khiếu nại việc cắt trợ cấp, khiếu nại tiếp lần hai");
        in.put("petitioners", List.of(Map.of("fullName", "Đinh Thị Lần Hai", "address", "thôn Trung")));
        long id = json.readTree(post(handler, "/api/v1/petitions", in).andReturn().getResponse().getContentAsString())
                .get("id").asLong();
        post(handler, "/api/v1/petitions/" + id + "/classification", Map.of("on", "2025-03-04", "kind", "COMPLAINT",
                "field", "SOCIAL_POLICY", "eligible", true, "competence", "RESOLVE")).andExpect(status().isOk());
        post(handler, "/api/v1/petitions/" + id + "/actions/accept", step("2025-03-10")).andExpect(status().isOk());
        post(handler, "/api/v1/petitions/" + id + "/actions/investigate", Map.of("on", "2025-03-11"))
                .andExpect(status().isOk());
        post(handler, "/api/v1/petitions/" + id + "/actions/hold-dialogue", Map.of("on", "2025-03-20"))
                .andExpect(status().isOk());
        Map<String, Object> decide = step("2025-04-01");
        decide.put("outcome", "WRONG");
        post(handler, "/api/v1/petitions/" + id + "/actions/decide", decide).andExpect(status().isOk());
        Map<String, Object> late = step("2025-05-20");
        late.put("targetUnitId", superior.id());
        post(handler, "/api/v1/petitions/" + id + "/actions/second-round", late).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("complaint-second-round-late"));
        Map<String, Object> lodged = step("2025-04-21");
        lodged.put("targetUnitId", superior.id());
        post(handler, "/api/v1/petitions/" + id + "/actions/second-round", lodged).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DECIDED")).andExpect(jsonPath("$.round").value(1));

        long second = jdbc.sql("select id from petition where first_round_id = ?").param(id).query(Long.class).single();
        var view = json.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/petitions/" + second).with(httpBasic(upper, PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(view.get("unitId").asLong()).isEqualTo(superior.id());
        assertThat(view.get("round").asInt()).isEqualTo(2);
        assertThat(view.get("state").asString()).isEqualTo("CLASSIFIED");
        assertThat(view.get("firstRoundId").asLong()).isEqualTo(id);
        assertThat(view.get("receivedOn").asString()).isEqualTo("2025-04-21");
        String acceptDue = null;
        for (var d : view.get("deadlines")) {
            if (d.get("ruleCode").asString().equals("COMPLAINT_ACCEPT_R2")) {
                acceptDue = d.get("due").asString();
                assertThat(d.get("explanation").asString()).contains("Điều 36");
            }
        }
        assertThat(acceptDue).as("10 days from 21/04/2025 is 01/05, a holiday: 05/05").isEqualTo("2025-05-05");
        List<String> allowed = new java.util.ArrayList<>();
        view.get("allowedActions").forEach(a -> allowed.add(a.asString()));
        assertThat(allowed).contains("ACCEPT").doesNotContain("SECOND_ROUND");
        var accepted = json.readTree(post(upper, "/api/v1/petitions/" + second + "/actions/accept", step("2025-04-25"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(accepted.get("nextDueExplanation").asString()).contains("45 ngày").contains("Điều 37");
        post(upper, "/api/v1/petitions/" + second + "/actions/investigate", Map.of("on", "2025-04-28"))
                .andExpect(status().isOk());
        Map<String, Object> skip = new LinkedHashMap<>(Map.of("on", "2025-05-06", "note", "thống nhất"));
        post(upper, "/api/v1/petitions/" + second + "/actions/skip-dialogue", skip).andExpect(status().isConflict());
    }

    private Map<String, Object> step(String on) {
        return new LinkedHashMap<>(Map.of("on", on, "documentNumber", "11/QĐ-UBND", "documentDate", on));
    }

    private org.springframework.test.web.servlet.ResultActions post(String user, String url, Object body)
            throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
                .with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }
}
