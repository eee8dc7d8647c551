package org.tiepdan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
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
import org.springframework.security.core.userdetails.UserDetailsService;
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
import org.tiepdan.petition.PetitionFigures;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.DomainException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Withdrawal, termination, suspension and resumption per kind and by the law in force on the day the
 * case's clock started (LAW.md "Ending or pausing a case", corrected 2026-12-07), on both sides of
 * 01/01/2019 (denunciations) and 01/7/2026 (complaints).
 */
@FullStackTest
class CaseEndingsTest {

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
    PetitionFigures figures;
    @Autowired
    UserDetailsService users;

    OrgUnitView commune;
    String handler;
    String head;

    @BeforeEach
    void setUp() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long province = units.findAreaByCode("42").orElseThrow().id();
        commune = units.create(new NewOrgUnit("Xã Thử Kết Thúc " + suffix, OrgUnitKind.PEOPLES_COMMITTEE,
                AdminTier.COMMUNE, province, null, LocalDate.of(2012, 1, 1)));
        handler = user(Role.HANDLER);
        head = user(Role.HEAD);
    }

    private String user(Role role) {
        String name = "end-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(name, "Cán bộ " + name, PASSWORD, role, commune.id());
        return name;
    }

    DeadlineSource clocks() {
        return service.clocks(commune.id());
    }

    static Step doc(LocalDate on) {
        return Step.on(on).withDocument("07/QĐ-UBND", on);
    }

    /** Received and accepted on {@code accepted}, verifying (denunciation) or investigating (complaint). */
    Petition accepted(PetitionKind kind, LocalDate accepted) {
        Petition p = new Petition(new Intake(commune.id(), Channel.POST, accepted.minusDays(3), null, null,
                null, null, "Nội dung đơn thử nghiệm kết thúc vụ việc", false, false, false, 1,
                List.of(new Petitioner("Đỗ Văn Rút", null, "thôn Nam", null, null, false))), 0, 1, "ENDTESTCODE1",
                "xuly");
        p.startClocks(clocks(), false);
        p.classify(HANDLER, Step.on(accepted.minusDays(2)), new Classification(kind, null, true, null,
                Competence.RESOLVE, false, false, false, false, false, false), clocks());
        p.accept(HANDLER, doc(accepted), clocks());
        if (kind == PetitionKind.DENUNCIATION) {
            p.notifyParties(HANDLER, doc(accepted));
            p.verify(HANDLER, Step.on(accepted.plusDays(1)));
        } else {
            p.investigate(HANDLER, Step.on(accepted.plusDays(1)));
        }
        return p;
    }

    @Test
    void aDenunciationIsSuspendedResumedAndWithdrawnSince2019WithANoticeDeadlineForEachDecision() {
        Petition p = accepted(PetitionKind.DENUNCIATION, LocalDate.of(2025, 3, 10));
        assertThat(p.allowedActions()).contains(Action.SUSPEND, Action.WITHDRAW, Action.TERMINATE, Action.CONCLUDE);
        LocalDate due = p.deadline("DENUNCIATION_RESOLVE").orElseThrow().due();
        p.suspend(HEAD, doc(LocalDate.of(2025, 3, 20)).withReason(null, "Chờ kết quả giám định"), clocks());
        assertThat(p.state()).isEqualTo(PetitionState.SUSPENDED);
        assertThat(p.deadline("DENUNCIATION_RESOLVE").orElseThrow().due()).isNull();
        assertThat(p.allowedActions()).containsExactlyInAnyOrder(Action.RESUME, Action.WITHDRAW, Action.TERMINATE);
        // The decision goes to the parties within 5 working days: Thursday 20/03 → Thursday 27/03/2025.
        PetitionDeadline notice = p.deadline("DENUNCIATION_ENDING_NOTICE").orElseThrow();
        assertThat(notice.due()).isEqualTo(LocalDate.of(2025, 3, 27));
        assertThat(notice.explanation()).contains("5 ngày làm việc").contains("Luật Tố cáo 2018");
        p.resume(HEAD, doc(LocalDate.of(2025, 3, 24)), clocks());
        assertThat(p.state()).isEqualTo(PetitionState.VERIFYING);
        assertThat(p.deadline("DENUNCIATION_RESOLVE").orElseThrow().due()).isAfter(due);
        p.withdraw(HANDLER, doc(LocalDate.of(2025, 3, 25)).withReason(null, "Người tố cáo rút đơn"), clocks());
        assertThat(p.state()).isEqualTo(PetitionState.WITHDRAWN);
        assertThat(p.settledOn()).isEqualTo(LocalDate.of(2025, 3, 25));
        assertThat(p.settledOnTime()).isTrue();
        assertThat(p.deadline("DENUNCIATION_RESOLVE").orElseThrow().active()).isFalse();
        assertThat(p.allowedActions()).isEmpty();
        assertThat(p.deadlines()).filteredOn(d -> d.ruleCode().equals("DENUNCIATION_ENDING_NOTICE")).hasSize(3);
    }

    @Test
    void aDenunciationAcceptedUnderThe2011LawHasNoneOfTheseSteps() {
        Petition old = accepted(PetitionKind.DENUNCIATION, LocalDate.of(2018, 12, 20));
        assertThat(old.allowedActions()).doesNotContain(Action.SUSPEND, Action.WITHDRAW, Action.TERMINATE)
                .contains(Action.CONCLUDE);
        // Not even when the step is asked for in 2019: the law of the acceptance day applies.
        assertThatThrownBy(() -> old.suspend(HEAD, doc(LocalDate.of(2019, 1, 10)).withReason(null, "x"), clocks()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("petition-step-not-in-force");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                });
        assertThat(old.state()).isEqualTo(PetitionState.VERIFYING);
        Petition next = accepted(PetitionKind.DENUNCIATION, LocalDate.of(2019, 1, 2));
        assertThat(next.allowedActions()).contains(Action.SUSPEND, Action.WITHDRAW, Action.TERMINATE);
        assertThatThrownBy(() -> next.terminate(HANDLER, doc(LocalDate.of(2019, 1, 10)).withReason(null, "x"),
                clocks())).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("petition-role-required"));
        assertThatThrownBy(() -> next.terminate(HEAD, doc(LocalDate.of(2019, 1, 10)), clocks()))
                .hasMessage("petition-reason-required");
        next.terminate(HEAD, doc(LocalDate.of(2019, 1, 10)).withReason(null, "Người bị tố cáo đã chết"), clocks());
        assertThat(next.state()).isEqualTo(PetitionState.TERMINATED);
        assertThat(next.settledOn()).isEqualTo(LocalDate.of(2019, 1, 10));
    }

    @Test
    void aComplaintIsWithdrawnAnyTimeButSuspendedOrTerminatedOnlyIfAcceptedFromJuly2026() {
        Petition before = accepted(PetitionKind.COMPLAINT, LocalDate.of(2026, 6, 30));
        assertThat(before.allowedActions()).contains(Action.WITHDRAW, Action.HOLD_DIALOGUE)
                .doesNotContain(Action.SUSPEND, Action.TERMINATE);
        assertThatThrownBy(() -> before.suspend(HEAD, doc(LocalDate.of(2026, 7, 10)).withReason(null, "x"), clocks()))
                .hasMessage("petition-step-not-in-force");
        assertThatThrownBy(() -> before.withdraw(HANDLER, Step.on(LocalDate.of(2026, 7, 10)), clocks()))
                .hasMessage("petition-document-required");
        before.withdraw(HANDLER, doc(LocalDate.of(2026, 7, 10)), clocks());
        assertThat(before.state()).isEqualTo(PetitionState.WITHDRAWN);
        assertThat(before.deadline("COMPLAINT_RESOLVE_R1").orElseThrow().active()).isFalse();
        assertThat(before.deadline("DENUNCIATION_ENDING_NOTICE")).isEmpty();

        Petition after = accepted(PetitionKind.COMPLAINT, LocalDate.of(2026, 7, 1));
        assertThat(after.allowedActions()).contains(Action.WITHDRAW, Action.SUSPEND, Action.TERMINATE);
        LocalDate due = after.deadline("COMPLAINT_RESOLVE_R1").orElseThrow().due();
        after.suspend(HEAD, doc(LocalDate.of(2026, 7, 6)).withReason(null, "Chờ kết quả giám định"), clocks());
        assertThat(after.state()).isEqualTo(PetitionState.SUSPENDED);
        assertThat(after.deadline("COMPLAINT_RESOLVE_R1").orElseThrow().due()).isNull();
        after.resume(HEAD, doc(LocalDate.of(2026, 7, 16)), clocks());
        assertThat(after.state()).isEqualTo(PetitionState.INVESTIGATING);
        assertThat(after.deadline("COMPLAINT_RESOLVE_R1").orElseThrow().due()).isAfter(due);
        after.terminate(HEAD, doc(LocalDate.of(2026, 7, 20)).withReason(null, "Người khiếu nại chết"), clocks());
        assertThat(after.state()).isEqualTo(PetitionState.TERMINATED);
        assertThat(after.settledOn()).isEqualTo(LocalDate.of(2026, 7, 20));
    }

    private ResultActions postJson(String url, String user, Object body) throws Exception {
        return mvc.perform(post(url).with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private JsonNode ok(ResultActions r) throws Exception {
        var response = r.andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isBetween(200, 201);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void throughTheApiAWithdrawnComplaintIsSettledWithoutADecisionOnTheMeritsAndTheScreenAsksToConfirm()
            throws Exception {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("unitId", commune.id());
        in.put("channel", "POST");
        in.put("receivedOn", "2025-03-03");
        in.put("content", "Khiếu nại quyết định xử phạt, sau đó rút đơn");
        in.put("petitioners", List.of(Map.of("fullName", "Ngô Thị Rút Đơn", "address", "thôn Bắc")));
        long id = ok(postJson("/api/v1/petitions", handler, in)).get("id").asLong();
        ok(postJson("/api/v1/petitions/" + id + "/classification", handler, Map.of("on", "2025-03-04", "kind",
                "COMPLAINT", "field", "OTHER", "eligible", true, "competence", "RESOLVE")));
        JsonNode accepted = ok(postJson("/api/v1/petitions/" + id + "/actions/accept", handler,
                Map.of("on", "2025-03-05", "documentNumber", "01/TB", "documentDate", "2025-03-05")));
        List<String> allowed = new java.util.ArrayList<>();
        accepted.get("allowedActions").forEach(a -> allowed.add(a.asString()));
        assertThat(allowed).contains("WITHDRAW").doesNotContain("SUSPEND", "TERMINATE");
        postJson("/api/v1/petitions/" + id + "/actions/suspend", head,
                Map.of("on", "2025-03-06", "documentNumber", "02/QĐ", "documentDate", "2025-03-06", "note", "x"))
                .andExpect(status().isConflict());

        // The screen: the step ends the case, so it is confirmed first.
        var who = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(handler));
        mvc.perform(post("/petitions/" + id + "/actions/withdraw").with(who).with(csrf()).param("on", "06/03/2025")
                        .param("documentNumber", "Đơn rút").param("documentDate", "06/03/2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("withdraw-confirmed")))
                .andExpect(content().string(Matchers.containsString("Hãy đánh dấu xác nhận")));
        mvc.perform(post("/petitions/" + id + "/actions/withdraw").with(who).with(csrf()).param("on", "06/03/2025")
                        .param("documentNumber", "Đơn rút").param("documentDate", "06/03/2025")
                        .param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());
        JsonNode withdrawn = ok(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/petitions/" + id).with(httpBasic(handler, PASSWORD))));
        assertThat(withdrawn.get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("settledOnTime").asBoolean()).isTrue();
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        long caseId = withdrawn.get("caseId").asLong();
        assertThat(figures.figure("settled.without_merits", commune.id(), from, to).cases())
                .extracting(PetitionFigures.CaseRef::caseId).containsExactly(caseId);
        assertThat(figures.figure("7.settled", commune.id(), from, to).cases())
                .extracting(PetitionFigures.CaseRef::caseId).contains(caseId);
    }
}
