package org.tiepdan.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tiepdan.dialogue.internal.DialogueTestSupport.*;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.FullStackTest;
import org.tiepdan.dialogue.DialogueKind;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.DomainException;

/**
 * The flows through the real register, petitions and database: every document numbered with its type
 * and kept as issued; a point handed to the petition workflow; answers on time and late; escalation
 * with its letter; closing with the report; refused steps that leave nothing behind; reminders.
 */
@FullStackTest
class DialogueFlowsTest {

    static final LocalDate HELD_ON = LocalDate.of(2026, 3, 10);
    static final LocalDate NOTICE_ON = LocalDate.of(2026, 3, 17);

    @Autowired
    DialogueService service;
    @Autowired
    OrgUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AssignmentReminderJob reminders;

    Commune commune;

    @BeforeEach
    void setUp() {
        commune = commune(units);
        signIn(commune);
    }

    @AfterEach
    void tearDown() {
        signOut();
    }

    private int registerCount() {
        return jdbc.sql("select count(*) from issued_document where unit_id = ?").param(commune.party().id())
                .query(Integer.class).single();
    }

    private String text(DocumentRef ref) throws Exception {
        byte[] bytes = service.file(dialogueOf(ref), ref.documentId()).content();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private long dialogueOf(DocumentRef ref) {
        return jdbc.sql("""
                select dialogue_id from dialogue_document where issued_document_id = :id
                union select dialogue_id from dialogue_assignment where escalation_document_id = :id""")
                .param("id", ref.documentId()).query(Long.class).single();
    }

    @Test
    void theWholeCycleNumbersEachDocumentWithItsTypeAndClosesWithTheReport() throws Exception {
        Dialogue d = service.plan(plan(commune, DialogueKind.PERIODIC, HELD_ON));
        long id = d.id();
        service.recordOpinion(id, before("Nguyễn Văn Hùng", "Đề nghị cấp giấy chứng nhận đất ở có trước năm 1980"));
        DocumentRef plan = service.issueDocument(id, DocumentKind.PLAN, HELD_ON.minusDays(30), null);
        DocumentRef notice = service.issueDocument(id, DocumentKind.NOTICE, HELD_ON.minusDays(20), null);
        DocumentRef summary = service.issueDocument(id, DocumentKind.OPINION_SUMMARY, HELD_ON.minusDays(5), null);
        DocumentRef invitation = service.issueDocument(id, DocumentKind.INVITATION, HELD_ON.minusDays(4), null);
        service.hold(id, holding(HELD_ON));
        service.recordOpinion(id, at("Lê Văn Minh", "Kè chống sạt lở bờ sông"));
        service.recordOpinion(id, atAnswered("Trần Thị Lan", "Hỗ trợ tiền điện hộ nghèo"));
        DocumentRef record = service.issueDocument(id, DocumentKind.RECORD, HELD_ON, null);
        DocumentRef conclusion = service.conclude(id, notice(service.get(id), commune, NOTICE_ON));

        assertThat(List.of(plan, notice, summary, invitation, record, conclusion))
                .extracting(DocumentRef::number)
                .satisfiesExactly(n -> assertThat(n).endsWith("-KH/ĐU"), n -> assertThat(n).endsWith("-TB/ĐU"),
                        n -> assertThat(n).endsWith("-BC/ĐU"), n -> assertThat(n).endsWith("-GM/ĐU"),
                        n -> assertThat(n).endsWith("-BB/ĐU"), n -> assertThat(n).endsWith("-TB/ĐU"));
        var rows = jdbc.sql("""
                select d.type_code, d.number_symbol, d.issued_on, t.topic from issued_document d
                join issued_document_topic t on t.document_id = d.id where d.id = ?""")
                .param(conclusion.documentId()).query((rs, i) -> List.of(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class).toString(), rs.getString(4))).list();
        assertThat(rows).containsExactly(List.of("TB", conclusion.number(), "2026-03-17", "QĐ 11"));

        assertThat(text(plan)).contains("KẾ HOẠCH").contains(plan.number()).contains("10 ngày làm việc")
                .contains("30 ngày làm việc").contains("Thôn Tân Hòa");
        assertThat(text(summary)).contains("Nguyễn Văn Hùng").contains("Đề nghị cấp giấy chứng nhận");
        assertThat(text(record)).contains("BIÊN BẢN").contains("THƯ KÝ").contains("Nguyễn Thị Thu")
                .contains("Đã trả lời tại hội nghị").contains("15 cán bộ, 90 công dân");
        String conclusionText = text(conclusion);
        assertThat(conclusionText).contains("THÔNG BÁO KẾT LUẬN").contains(conclusion.number())
                .contains(commune.committee().name()).contains("Kè chống sạt lở bờ sông");

        Dialogue concluded = service.get(id);
        assertThat(concluded.state()).isEqualTo(DialogueState.CONCLUDED);
        assertThat(concluded.assignments()).hasSize(2);
        Assignment land = concluded.assignments().stream()
                .filter(a -> a.opinion().citizenName().equals("Nguyễn Văn Hùng")).findFirst().orElseThrow();
        Assignment bank = concluded.assignments().stream()
                .filter(a -> a.opinion().citizenName().equals("Lê Văn Minh")).findFirst().orElseThrow();

        // An answer without its document is refused and changes nothing.
        long version = jdbc.sql("select version from dialogue_assignment where id = ?").param(land.id())
                .query(Long.class).single();
        assertThatThrownBy(() -> service.answer(id, land.id(), new Assignment.Answer(LocalDate.of(2026, 4, 10), " ",
                "Đã lập hồ sơ"))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("documentNumber"));
        assertThat(jdbc.sql("select state || '/' || version from dialogue_assignment where id = ?").param(land.id())
                .query(String.class).single()).isEqualTo("OPEN/" + version);

        service.answer(id, land.id(), new Assignment.Answer(LocalDate.of(2026, 4, 10), "52/UBND-ĐC",
                "Hồ sơ đủ điều kiện, đã trình cấp giấy chứng nhận."));
        int before = registerCount();
        DocumentRef letter = service.escalate(id, bank.id(), new Assignment.Escalation(LocalDate.of(2026, 4, 20),
                "Ủy ban nhân dân tỉnh Hà Tĩnh", "công trình thuộc danh mục đầu tư công của tỉnh", null));
        assertThat(registerCount()).isEqualTo(before + 1);
        assertThat(letter.number()).endsWith("-CV/ĐU");
        assertThat(text(letter)).contains("Kính gửi: Ủy ban nhân dân tỉnh Hà Tĩnh").contains("Kè chống sạt lở bờ sông")
                .contains("không thuộc thẩm quyền");

        Dialogue settled = service.get(id);
        Assignment answered = settled.assignment(land.id());
        assertThat(answered.state()).isEqualTo(AssignmentState.ANSWERED);
        assertThat(answered.answeredOnTime()).isTrue();
        assertThat(settled.assignment(bank.id()).state()).isEqualTo(AssignmentState.ESCALATED);

        DocumentRef report = service.close(id, LocalDate.of(2026, 4, 24), null);
        assertThat(report.number()).endsWith("-BC/ĐU");
        assertThat(text(report)).contains("BÁO CÁO").contains(conclusion.number()).contains("52/UBND-ĐC")
                .contains("kiến nghị cấp trên 1").contains("Ban Thường vụ " + commune.party().name());
        assertThat(service.get(id).state()).isEqualTo(DialogueState.CLOSED);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Dialogue' and entity_id = ?")
                .param(String.valueOf(id)).query(Integer.class).single()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aRefusedStepUsesNoDocumentNumberAndSavesNothing() {
        Dialogue d = service.plan(plan(commune, DialogueKind.AD_HOC, HELD_ON));
        service.recordOpinion(d.id(), before("Võ Văn Dũng", "Xe chở đá làm hỏng đường"));
        service.hold(d.id(), holding(HELD_ON));
        int before = registerCount();
        assertThatThrownBy(() -> service.conclude(d.id(), new Dialogue.ConclusionNotice(NOTICE_ON, "Kết luận", null,
                Map.of()))).hasFieldOrPropertyWithValue("code", "dialogue-opinion-unassigned");
        assertThatThrownBy(() -> service.issueDocument(d.id(), DocumentKind.PLAN, HELD_ON, null))
                .hasFieldOrPropertyWithValue("code", "dialogue-transition-invalid");
        assertThat(registerCount()).isEqualTo(before);
        assertThat(service.get(d.id()).state()).isEqualTo(DialogueState.HELD);
        assertThat(jdbc.sql("select count(*) from dialogue_assignment where dialogue_id = ?").param(d.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aPointJoinsThePetitionWorkflowOnceAndNeedsNoAssignment() {
        Dialogue d = service.plan(plan(commune, DialogueKind.PERIODIC, HELD_ON));
        DialogueOpinion o = service.recordOpinion(d.id(), before("Phạm Văn Toàn", "Tranh chấp lối đi chung"));
        var registered = service.turnIntoPetition(d.id(), o.id());
        var petition = jdbc.sql("select channel, unit_id, content, received_on from petition where id = ?")
                .param(registered.petitionId()).query((rs, i) -> List.of(rs.getString(1), rs.getLong(2),
                        rs.getString(3), rs.getObject(4, LocalDate.class))).single();
        assertThat(petition.get(0)).isEqualTo("DIALOGUE");
        assertThat(petition.get(1)).isEqualTo(commune.party().id());
        assertThat((String) petition.get(2)).startsWith("Tranh chấp lối đi chung").contains("10/03/2026");
        assertThat(petition.get(3)).isEqualTo(HELD_ON);
        assertThat(jdbc.sql("select full_name from petitioner where petition_id = ?").param(registered.petitionId())
                .query(String.class).single()).isEqualTo("Phạm Văn Toàn");
        DialogueOpinion linked = service.get(d.id()).opinion(o.id());
        assertThat(linked.petitionId()).isEqualTo(registered.petitionId());
        assertThat(linked.petitionNumber()).isEqualTo(registered.registrationNumber());
        long petitions = jdbc.sql("select count(*) from petition").query(Long.class).single();
        assertThatThrownBy(() -> service.turnIntoPetition(d.id(), o.id()))
                .hasFieldOrPropertyWithValue("code", "dialogue-opinion-is-petition");
        assertThat(jdbc.sql("select count(*) from petition").query(Long.class).single()).isEqualTo(petitions);

        service.hold(d.id(), holding(HELD_ON));
        DocumentRef notice = service.conclude(d.id(), notice(service.get(d.id()), commune, NOTICE_ON));
        assertThat(notice.number()).endsWith("-TB/ĐU");
        assertThat(service.get(d.id()).assignments()).as("the petition workflow follows it").isEmpty();
    }

    @Test
    void remindersAreWrittenOnceForOverdueAndSoonDueAssignments() {
        Dialogue d = service.plan(plan(commune, DialogueKind.PERIODIC, HELD_ON));
        service.recordOpinion(d.id(), before("Hồ Văn Nhắc", "Sửa cầu tràn"));
        service.hold(d.id(), holding(HELD_ON));
        service.conclude(d.id(), notice(service.get(d.id()), commune, NOTICE_ON));
        Assignment a = service.get(d.id()).assignments().get(0);
        LocalDate afterDue = a.due().plusDays(1);
        reminders.run(afterDue);
        reminders.run(afterDue);
        assertThat(jdbc.sql("select kind from dialogue_reminder where assignment_id = ?").param(a.id())
                .query(String.class).list()).containsExactly("OVERDUE");
        reminders.run(a.due().minusDays(1));
        assertThat(jdbc.sql("select kind from dialogue_reminder where assignment_id = ? order by id")
                .param(a.id()).query(String.class).list()).containsExactly("OVERDUE", "UPCOMING");
    }
}
