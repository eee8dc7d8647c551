package org.tiepdan.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.tiepdan.portal.internal.PortalTestSupport.html;
import static org.tiepdan.portal.internal.PortalTestSupport.newAddress;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reading side of the public site without login (home, bodies with schedules and yearly
 * figures, conclusions, dialogues), the demo's known tracking codes, and an officer publishing a
 * concluded denunciation's conclusion for at least 15 days.
 */
@FullStackTest
class PortalPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits units;
    @Autowired
    JsonMapper json;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.tiepdan.dialogue.DialogueFollowUps dialogues;

    PortalTestSupport portal;

    @BeforeEach
    void setUp() {
        portal = new PortalTestSupport(mvc, jdbc, units, json);
    }

    private String page(String path) throws Exception {
        MvcResult r = mvc.perform(get(path)).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return html(r);
    }

    @Test
    void publicPagesOpenWithoutLoginInVietnamese() throws Exception {
        assertThat(page("/public")).contains("lang=\"vi\"", "Gửi và theo dõi đơn trực tuyến", "Ủy ban nhân dân xã Kỳ Thượng")
                .doesNotContain("navbar");
        assertThat(page("/public/units?q=ky thuong")).contains("Đảng ủy xã Kỳ Thượng");
        long ubnd = portal.ubnd();
        int year = Dates.today(java.time.Clock.systemDefaultZone()).getYear();
        String body = page("/public/units/" + ubnd + "?year=" + year);
        assertThat(body).contains("Ủy ban nhân dân xã Kỳ Thượng", "Số liệu năm " + year, "Đơn nhận được",
                "Gửi đơn đến cơ quan này");
        // Counts only: the figure equals the register, and no content or names appear.
        long received = jdbc.sql("""
                select count(*) from petition where unit_id = ? and received_on between ? and ?""")
                .params(ubnd, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).query(Long.class).single();
        assertThat(body).contains("id=\"fig-received\">" + received + "<").doesNotContain("Trần Thị Hoa");
        // The dialogue module's published follow-ups of the served area, each linking to its public page.
        var published = dialogues.publishedFor(units.servedArea().orElseThrow().id());
        String dialoguePage = page("/public/dialogues");
        if (published.isEmpty()) {
            assertThat(dialoguePage).contains("Chưa có trang theo dõi kết quả đối thoại nào được công khai.");
        }
        for (var d : published) {
            assertThat(dialoguePage).contains("href=\"" + d.url() + "\"");
        }
        assertThat(page("/public/tracking")).contains("Mã tra cứu");
        assertThat(mvc.perform(get("/public/units/999999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theDemoCodesShowTheirPetitionsAndTheDenunciationOnlyWhatTheLawAllows() throws Exception {
        String address = newAddress();
        assertThat(html(portal.track(address, "PHANANH2026A"))).contains("Đã trả lời",
                "Văn bản trả lời phản ánh, kiến nghị", "Phản ánh đoạn đường liên thôn").doesNotContain("Trần Thị Hoa");
        assertThat(html(portal.track(address, "KNGH2026B000"))).contains("Đã tiếp nhận, đang xem xét");
        String denunciation = html(portal.track(address, "TCA2026C0000"));
        assertThat(denunciation).contains("Đã thụ lý, đang giải quyết", "Đơn tố cáo: trang này chỉ cho biết")
                .doesNotContain("Nguyễn Văn Demo", "nhận tiền để bỏ qua");
        assertThat(page("/public/conclusions")).contains("Ủy ban nhân dân xã Kỳ Thượng", "Công khai từ");
    }

    @Test
    void anOfficerPublishesAConclusionForAtLeastFifteenDays() throws Exception {
        var handler = user(users.loadUserByUsername(DemoUsers.HANDLER));
        var head = jdbc.sql("""
                select p.id from petition p where p.kind = 'DENUNCIATION' and p.state in ('CONCLUDED', 'PUBLISHED')
                   and not exists (select 1 from portal_published_conclusion c where c.petition_id = p.id)
                 order by p.id limit 1""").query(Long.class).optional();
        assertThat(head).as("a concluded denunciation not yet published in the demo").isPresent();
        long id = head.get();
        assertThat(html(mvc.perform(get("/portal/conclusions").with(handler)).andReturn()))
                .contains("Công khai kết luận nội dung tố cáo", "id=\"choose-" + id + "\"");
        String today = Dates.format(LocalDate.now());
        MvcResult shortWindow = mvc.perform(post("/portal/conclusions").with(handler).with(csrf())
                .param("petitionId", String.valueOf(id)).param("summary", "Kết luận: tố cáo sai.")
                .param("publishedFrom", today).param("publishedUntil", Dates.format(LocalDate.now().plusDays(13))))
                .andReturn();
        assertThat(shortWindow.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(shortWindow)).contains("ít nhất 15 ngày liên tục");
        MvcResult personal = mvc.perform(post("/portal/conclusions").with(handler).with(csrf())
                .param("petitionId", String.valueOf(id)).param("summary", "Người tố cáo, điện thoại 0912 345 678.")
                .param("publishedFrom", today).param("publishedUntil", Dates.format(LocalDate.now().plusDays(14))))
                .andReturn();
        assertThat(html(personal)).contains("bỏ thông tin cá nhân");
        MvcResult ok = mvc.perform(post("/portal/conclusions").with(handler).with(csrf())
                .param("petitionId", String.valueOf(id)).param("summary", "Kết luận: nội dung tố cáo <sai>.")
                .param("publishedFrom", today).param("publishedUntil", Dates.format(LocalDate.now().plusDays(14))))
                .andReturn();
        assertThat(ok.getResponse().getStatus()).isEqualTo(302);
        long published = jdbc.sql("select id from portal_published_conclusion where petition_id = ?").param(id)
                .query(Long.class).single();
        assertThat(page("/public/conclusions/" + published)).contains("Kết luận: nội dung tố cáo &lt;sai&gt;.");
        // A viewer may not publish.
        var viewer = user(users.loadUserByUsername(DemoUsers.VIEWER));
        assertThat(mvc.perform(get("/portal/conclusions").with(viewer)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void theHandlerSeesTheDeclaredKindOnThePetitionPage() throws Exception {
        MvcResult r = portal.submit(newAddress(), Map.of("unitId", String.valueOf(portal.ubnd()), "kind",
                "RECOMMENDATION", "content", "Kiến nghị lắp thêm biển báo giao thông ở ngã ba chợ"));
        long id = portal.petitionId(PortalTestSupport.code(r));
        var handler = user(users.loadUserByUsername(DemoUsers.HANDLER));
        assertThat(html(mvc.perform(get("/petitions/" + id).with(handler)).andReturn()))
                .contains("id=\"declared-kind\">Công dân chọn loại đơn: Kiến nghị<");
    }
}
