package org.tiepdan.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.document.IssueCommand;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.document.TestUnits;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;

/**
 * The oversight forms end to end: records entered through the screens count in Phụ lục 3 (and
 * Phụ lục 1, the abuse figures), a broken rule is shown beside its field and nothing is half-saved,
 * and only inspectors and heads record inspections.
 */
@FullStackTest
class InspectionFormsTest {

    static final LocalDate FROM = LocalDate.of(2019, 2, 18);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrgUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OversightCounts counts;
    @Autowired
    IssuedDocuments documents;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** An inspecting Party committee under the demo province (the demo inspector's reach) and two bodies under it. */
    record Units(long inspecting, long body1, long body2) {
    }

    Units fixture() {
        long province = units.findAreaByCode("42").orElseThrow().id();
        long inspecting = TestUnits.create(jdbc, "PARTY_COMMITTEE", "PROVINCE", "Ủy ban Kiểm tra Biểu mẫu", province);
        return new Units(inspecting, TestUnits.create(jdbc, "PARTY_COMMITTEE", "COMMUNE", "Đảng ủy xã Một", inspecting),
                TestUnits.create(jdbc, "PARTY_COMMITTEE", "COMMUNE", "Đảng ủy xã Hai", inspecting));
    }

    static MockHttpServletRequestBuilder inspection(long unit, String kind, String mode, String started, String ended,
            long... bodies) {
        MockHttpServletRequestBuilder r = post("/inspections/new").with(csrf())
                .param("unitId", String.valueOf(unit)).param("kind", kind).param("mode", mode)
                .param("topic", "QĐ 11").param("title", "Kiểm tra việc thực hiện Quy định 11 qua biểu mẫu")
                .param("startedOn", started).param("endedOn", ended);
        for (long b : bodies) {
            r.param("bodies", String.valueOf(b));
        }
        return r;
    }

    static MockHttpServletRequestBuilder head(MockHttpServletRequestBuilder r, int row, String name, long unit) {
        return r.param("heads[" + row + "].fullName", name).param("heads[" + row + "].title", "Bí thư Đảng ủy")
                .param("heads[" + row + "].unitId", String.valueOf(unit));
    }

    long created(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/inspections/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long headId(long inspection, String name) {
        return jdbc.sql("select id from inspection_head where inspection_id = ? and full_name = ?")
                .params(inspection, name).query(Long.class).single();
    }

    /** The text shown under a field: the element with id "<field>-error". */
    static String errorBeside(MvcResult result, String field) throws Exception {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(field) + "-error\"[^>]*>([^<]*)<")
                .matcher(result.getResponse().getContentAsString());
        assertThat(m.find()).as("a message beside " + field).isTrue();
        return m.group(1).strip();
    }

    static Map<String, ReportCell> byCode(java.util.List<ReportCell> cells) {
        return cells.stream().collect(Collectors.toMap(ReportCell::code, Function.identity()));
    }

    @Test
    void inspectionsAndViolationsEnteredThroughTheFormsCountInAppendix3() throws Exception {
        Units u = fixture();
        var inspector = as(DemoUsers.INSPECTOR);
        long adhoc = created(mvc.perform(head(head(inspection(u.inspecting(), "CHECK", "AD_HOC", "10/03/2025",
                "12/03/2025", u.body1(), u.body2()), 0, "Nguyễn Văn Một", u.body1()), 1, "Trần Thị Hai", u.body2())
                .with(inspector)).andExpect(status().is3xxRedirection()).andReturn());
        long supervision = created(mvc.perform(head(inspection(u.inspecting(), "SUPERVISION", "PLANNED", "05/06/2025",
                "", u.body2()), 0, "Trần Thị Hai", u.body2()).with(inspector))
                .andExpect(status().is3xxRedirection()).andReturn());

        long one = headId(adhoc, "Nguyễn Văn Một");
        long two = headId(adhoc, "Trần Thị Hai");
        mvc.perform(post("/inspections/{id}/violations/new", adhoc).with(csrf()).with(inspector)
                .param("headId", String.valueOf(one)).param("headRole", "PARTY_SECRETARY").param("severity", "TO_DISCIPLINE")
                .param("description", "Không tiếp dân định kỳ trong 6 tháng").param("disciplineForm", "Khiển trách")
                .param("disciplinedOn", "20/03/2025")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/inspections/{id}/violations/new", adhoc).with(csrf()).with(inspector)
                .param("headId", String.valueOf(two)).param("headRole", "PARTY_SECRETARY").param("severity", "NOT_TO_DISCIPLINE")
                .param("description", "Chậm thông báo kết luận đối thoại")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/inspections/{id}/violations/new", supervision).with(csrf()).with(inspector)
                .param("headId", String.valueOf(headId(supervision, "Trần Thị Hai"))).param("headRole", "PARTY_SECRETARY").param("severity", "NOT_TO_DISCIPLINE")
                .param("description", "Chậm trả lời kiến nghị")).andExpect(status().is3xxRedirection());

        Map<String, ReportCell> cells = byCode(counts.appendix3(u.inspecting(), FROM, TO, "QĐ 11"));
        assertThat(cells.get("1.adhoc").ids()).containsExactly(adhoc);
        assertThat(cells.get("1.planned").ids()).containsExactly(supervision);
        assertThat(cells.get("2").ids()).containsExactlyInAnyOrder(u.body1(), u.body2());
        assertThat(cells.get("3").ids()).containsExactly(u.body2());
        assertThat(cells.get("4.disciplined").ids()).containsExactly(one);
        assertThat(cells.get("4.not_disciplined").value()).as("one person in two inspections").isEqualTo(1);
        assertThat(cells.get("4.not_disciplined").ids()).containsExactly(two);

        // Corrected through the form: the second head's violation was to the level of discipline after all.
        long violation = jdbc.sql("select id from violation where head_id = ?").param(two).query(Long.class).single();
        mvc.perform(post("/violations/{id}/edit", violation).with(csrf()).with(inspector).param("version", "0")
                .param("headId", String.valueOf(two)).param("headRole", "PARTY_SECRETARY").param("severity", "TO_DISCIPLINE")
                .param("description", "Chậm thông báo kết luận đối thoại").param("disciplineForm", "Cảnh cáo")
                .param("disciplinedOn", "02/04/2025")).andExpect(status().is3xxRedirection());
        cells = byCode(counts.appendix3(u.inspecting(), FROM, TO, "QĐ 11"));
        assertThat(cells.get("4.disciplined").ids()).containsExactlyInAnyOrder(one, two);
        assertThat(cells.get("4.not_disciplined").value()).isZero();

        String page = mvc.perform(get("/inspections/{id}", adhoc).with(inspector)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Không tiếp dân định kỳ trong 6 tháng").contains("Khiển trách").contains("Cảnh cáo")
                .contains("Đảng ủy xã Một");
    }

    @Test
    void wrongDatesAreRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        Units u = fixture();
        var inspector = as(DemoUsers.INSPECTOR);
        MvcResult backwards = mvc.perform(head(inspection(u.inspecting(), "CHECK", "PLANNED", "10/03/2025", "09/03/2025",
                u.body1()), 0, "Nguyễn Văn Một", u.body1()).with(inspector)).andExpect(status().isOk()).andReturn();
        assertThat(errorBeside(backwards, "endedOn")).isEqualTo("Ngày kết thúc không được trước ngày bắt đầu.");
        assertThat(backwards.getResponse().getContentAsString()).contains("value=\"Nguyễn Văn Một\"");

        MvcResult impossible = mvc.perform(inspection(u.inspecting(), "CHECK", "PLANNED", "31/02/2025", "", u.body1())
                .with(inspector)).andExpect(status().isOk()).andReturn();
        assertThat(errorBeside(impossible, "startedOn")).isEqualTo("Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.");

        MvcResult noBody = mvc.perform(inspection(u.inspecting(), "CHECK", "PLANNED", "10/03/2025", "")
                .with(inspector)).andExpect(status().isOk()).andReturn();
        assertThat(errorBeside(noBody, "bodies")).contains("ít nhất một cơ quan");

        long decision = documents.issue(new IssueCommand(u.inspecting(), "QĐ", "Quyết định kiểm tra",
                LocalDate.of(2025, 3, 20), null, Set.of())).id();
        MvcResult late = mvc.perform(inspection(u.inspecting(), "CHECK", "PLANNED", "10/03/2025", "", u.body1())
                .param("decisionDocumentId", String.valueOf(decision)).with(inspector))
                .andExpect(status().isOk()).andReturn();
        assertThat(errorBeside(late, "decisionDocumentId")).contains("20/03/2025").contains("sau ngày bắt đầu");

        assertThat(jdbc.sql("select count(*) from inspection where unit_id = ?").param(u.inspecting())
                .query(Long.class).single()).as("nothing half-saved").isZero();

        long id = created(mvc.perform(head(inspection(u.inspecting(), "CHECK", "PLANNED", "10/03/2025", "", u.body1()),
                0, "Nguyễn Văn Một", u.body1()).with(inspector)).andReturn());
        long one = headId(id, "Nguyễn Văn Một");
        MvcResult notApplicable = mvc.perform(post("/inspections/{id}/violations/new", id).with(csrf()).with(inspector)
                .param("headId", String.valueOf(one)).param("headRole", "PARTY_SECRETARY").param("severity", "NOT_TO_DISCIPLINE")
                .param("description", "Vi phạm nhẹ").param("disciplineForm", "Khiển trách"))
                .andExpect(status().isOk()).andReturn();
        assertThat(errorBeside(notApplicable, "disciplineForm")).contains("chưa đến mức bị xử lý kỷ luật");
        MvcResult early = mvc.perform(post("/inspections/{id}/violations/new", id).with(csrf()).with(inspector)
                .param("headId", String.valueOf(one)).param("headRole", "PARTY_SECRETARY").param("severity", "TO_DISCIPLINE")
                .param("description", "Vi phạm").param("disciplineForm", "Khiển trách").param("disciplinedOn", "01/03/2025"))
                .andExpect(status().isOk()).andReturn();
        assertThat(errorBeside(early, "disciplinedOn")).contains("10/03/2025");
        assertThat(jdbc.sql("select count(*) from violation where inspection_id = ?").param(id).query(Long.class)
                .single()).isZero();

        // The edit form refuses the same dates and keeps the record as it was.
        MvcResult edit = mvc.perform(head(post("/inspections/{id}/edit", id).with(csrf()).with(inspector)
                .param("version", "0").param("kind", "CHECK").param("mode", "PLANNED").param("title", "Sửa")
                .param("startedOn", "10/03/2025").param("endedOn", "01/03/2025").param("bodies", String.valueOf(u.body1()))
                .param("heads[0].id", String.valueOf(one)), 0, "Nguyễn Văn Một", u.body1()))
                .andExpect(status().isOk()).andReturn();
        assertThat(errorBeside(edit, "endedOn")).isEqualTo("Ngày kết thúc không được trước ngày bắt đầu.");
        assertThat(jdbc.sql("select title from inspection where id = ?").param(id).query(String.class).single())
                .isEqualTo("Kiểm tra việc thực hiện Quy định 11 qua biểu mẫu");
    }

    @Test
    void onlyInspectorsAndHeadsRecordInspectionsAndEveryoneAtTheUnitReadsThem() throws Exception {
        OrgUnitView commune = units.findAreaByCode("18844").orElseThrow();
        long party = units.children(commune.id()).stream().filter(c -> c.kind() == OrgUnitKind.PARTY_COMMITTEE)
                .findFirst().orElseThrow().id();
        mvc.perform(get("/inspections/new").param("unit", String.valueOf(party)).with(as(DemoUsers.VIEWER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/inspections/new").param("unit", String.valueOf(party)).with(as(DemoUsers.REPORTER)))
                .andExpect(status().isForbidden());
        mvc.perform(inspection(party, "CHECK", "PLANNED", "10/03/2025", "", party).with(as(DemoUsers.HANDLER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/inspections/new").param("unit", String.valueOf(party)).with(as(DemoUsers.HEAD)))
                .andExpect(status().isOk());
        mvc.perform(get("/inspections/new").param("unit", String.valueOf(party)).with(as(DemoUsers.INSPECTOR)))
                .andExpect(status().isOk());
        long demo = jdbc.sql("select id from inspection where unit_id = ? order by id limit 1").param(party)
                .query(Long.class).single();
        mvc.perform(get("/inspections/{id}", demo).with(as(DemoUsers.VIEWER))).andExpect(status().isOk());
        mvc.perform(get("/inspections/{id}/edit", demo).with(as(DemoUsers.VIEWER))).andExpect(status().isForbidden());
        mvc.perform(get("/inspections/{id}/edit", demo).with(as(DemoUsers.HEAD))).andExpect(status().isOk());
    }

    @Test
    void outreachAndAbuseFormsCountInAppendix1AndTheAbuseFigures() throws Exception {
        Units u = fixture();
        var inspector = as(DemoUsers.INSPECTOR);
        MvcResult future = mvc.perform(post("/outreach/new").with(csrf()).with(inspector)
                .param("unitId", String.valueOf(u.inspecting())).param("kind", "CONFERENCE").param("topic", "QĐ 11")
                .param("title", "Hội nghị quán triệt").param("heldOn", "01/01/2100").param("participants", "50")
                .param("materials", "50")).andExpect(status().isOk()).andReturn();
        assertThat(errorBeside(future, "heldOn")).contains("không được ở tương lai");
        MvcResult negative = mvc.perform(post("/outreach/new").with(csrf()).with(inspector)
                .param("unitId", String.valueOf(u.inspecting())).param("kind", "CONFERENCE")
                .param("title", "Hội nghị quán triệt").param("heldOn", "10/04/2019").param("participants", "-1"))
                .andExpect(status().isOk()).andReturn();
        assertThat(errorBeside(negative, "participants")).isEqualTo("Số lượng không được âm.");
        mvc.perform(post("/outreach/new").with(csrf()).with(inspector).param("unitId", String.valueOf(u.inspecting()))
                .param("kind", "TRAINING").param("topic", "QĐ 11").param("title", "Tập huấn nghiệp vụ")
                .param("heldOn", "20/08/2021").param("participants", "40").param("materials", "35"))
                .andExpect(status().is3xxRedirection());
        Map<String, ReportCell> a1 = byCode(counts.appendix1(u.inspecting(), FROM, TO, "QĐ 11"));
        assertThat(a1.get("events").value()).isEqualTo(1);
        assertThat(a1.get("participants").value()).isEqualTo(40);
        assertThat(a1.get("materials").value()).isEqualTo(35);

        MvcResult noDecision = mvc.perform(post("/petition-abuse/new").with(csrf()).with(inspector)
                .param("unitId", String.valueOf(u.inspecting())).param("personName", "Hoàng Văn Khánh")
                .param("description", "Tố cáo sai sự thật nhiều lần").param("measureKind", "ADMINISTRATIVE_SANCTION")
                .param("decidedOn", "12/08/2025")).andExpect(status().isOk()).andReturn();
        assertThat(errorBeside(noDecision, "decisionDocumentId")).contains("quyết định");
        mvc.perform(post("/petition-abuse/new").with(csrf()).with(inspector)
                .param("unitId", String.valueOf(u.inspecting())).param("personName", "Hoàng Văn Khánh")
                .param("description", "Tố cáo sai sự thật nhiều lần").param("measureKind", "ADMINISTRATIVE_SANCTION")
                .param("decisionRef", "15/QĐ-XPHC").param("decidedOn", "12/08/2025"))
                .andExpect(status().is3xxRedirection());
        Map<String, ReportCell> abuse = byCode(counts.petitionAbuse(u.inspecting(), FROM, TO));
        assertThat(abuse.get("abuse").value()).isEqualTo(1);
        assertThat(abuse.get("abuse.ADMINISTRATIVE_SANCTION").value()).isEqualTo(1);
        assertThat(abuse.get("abuse.REMINDER").value()).isZero();
        assertThat(mvc.perform(get("/petition-abuse").param("unit", String.valueOf(u.inspecting())).with(inspector))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Hoàng Văn Khánh").contains("15/QĐ-XPHC").contains("Xử phạt vi phạm hành chính");
    }
}
