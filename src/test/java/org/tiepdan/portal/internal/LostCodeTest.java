package org.tiepdan.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.tiepdan.portal.internal.PortalTestSupport.html;
import static org.tiepdan.portal.internal.PortalTestSupport.newAddress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnits;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Quên mã tra cứu" and the notifications of issue 24: codes go to the contact given only (never on
 * the page), the page answers alike whether or not anything matched, a contact's own limit holds
 * whoever asks, a sealed denunciation is reached through the identity module's sealed-address step
 * (its code by SMS to the sealed number, its progress by e-mail to the sealed address, without the
 * code and without the address in the log), and the citizen's choice of SMS is followed.
 */
@FullStackTest
class LostCodeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits units;
    @Autowired
    JsonMapper json;
    @Autowired
    Mailer mailer;
    @Autowired
    SmsGateway sms;
    @Autowired
    LostCodes lostCodes;

    PortalTestSupport portal;
    String address;
    final String unique = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() {
        portal = new PortalTestSupport(mvc, jdbc, units, json);
        address = newAddress();
    }

    private String submit(String kind, String email, String phone, String notifyBy) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("unitId", String.valueOf(portal.ubnd()));
        f.put("kind", kind);
        f.put("content", "Đường liên thôn Tân Phong bị sạt lở " + unique);
        f.put("fullName", "Hà Thị Mận");
        f.put("address", "thôn Tân Phong");
        if (email != null) {
            f.put("email", email);
        }
        if (phone != null) {
            f.put("phone", phone);
        }
        if (notifyBy != null) {
            f.put("notifyBy", notifyBy);
        }
        MvcResult r = portal.submit(address, f);
        assertThat(r.getResponse().getStatus()).as(html(r)).isEqualTo(200);
        return PortalTestSupport.code(r);
    }

    private MvcResult ask(String contact) throws Exception {
        String[] q = portal.challenge(address);
        return mvc.perform(post("/public/lost-code").param("contact", contact).param("challengeToken", q[0])
                .param("challengeAnswer", q[1]).with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn();
    }

    private List<Mailer.Mail> mails() {
        return ((LogOnlyMailer) mailer).recent();
    }

    private List<SmsGateway.Sms> texts() {
        return ((LogOnlySmsGateway) sms).recent();
    }

    private static String done(MvcResult r) throws Exception {
        String page = html(r);
        int from = page.indexOf("id=\"lost-code-done\"");
        assertThat(from).as(page).isPositive();
        return page.substring(from, page.indexOf("</div>", from));
    }

    @Test
    void theHomeAndTrackingPagesLinkToIt() throws Exception {
        assertThat(html(mvc.perform(get("/public")).andReturn())).contains("href=\"/public/lost-code\"", "Quên mã tra cứu");
        assertThat(html(mvc.perform(get("/public/tracking")).andReturn())).contains("href=\"/public/lost-code\"");
        assertThat(html(mvc.perform(get("/public/lost-code")).andReturn())).contains("name=\"contact\"",
                "name=\"challengeToken\"");
    }

    @Test
    void theCodesGoToTheEmailGivenOnlyAndThePageSaysTheSameForAnUnknownOne() throws Exception {
        String email = "ha.thi.man." + unique + "@example.vn";
        String first = submit("FEEDBACK", email, null, null);
        String second = submit("RECOMMENDATION", email, null, null);
        int before = mails().size();

        MvcResult known = ask("  HA.THI.MAN." + unique.toUpperCase() + "@Example.VN ");
        assertThat(known.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(known)).doesNotContain(first, second);
        assertThat(lostCodes.drain(5000)).isTrue();
        List<Mailer.Mail> sent = mails().subList(before, mails().size()).stream()
                .filter(m -> m.to().equals(email)).toList();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).text()).contains(first, second, "/public/tracking").doesNotContain("Hà Thị Mận",
                "sạt lở");

        int after = mails().size();
        MvcResult unknown = ask("nobody." + unique + "@example.vn");
        assertThat(unknown.getResponse().getStatus()).isEqualTo(200);
        assertThat(lostCodes.drain(5000)).isTrue();
        assertThat(mails()).hasSize(after);
        assertThat(done(unknown)).isEqualTo(done(known));
    }

    @Test
    void aContactsOwnLimitHoldsWhoeverAsksAndIsNotSaid() throws Exception {
        String email = "gioi.han." + unique + "@example.vn";
        submit("FEEDBACK", email, null, null);
        String firstAnswer = null;
        for (int i = 0; i < 5; i++) {
            address = newAddress();
            MvcResult r = ask(email);
            assertThat(r.getResponse().getStatus()).isEqualTo(200);
            firstAnswer = firstAnswer == null ? done(r) : firstAnswer;
            assertThat(done(r)).isEqualTo(firstAnswer);
        }
        assertThat(lostCodes.drain(5000)).isTrue();
        assertThat(mails().stream().filter(m -> m.to().equals(email)).count()).isEqualTo(3);
    }

    @Test
    void badInputIsSaidBesideItsFieldAndTheClientsLimitIs429() throws Exception {
        MvcResult bad = ask("không phải địa chỉ");
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(bad)).contains("Vui lòng nhập một địa chỉ thư điện tử hoặc một số điện thoại hợp lệ",
                "value=\"không phải địa chỉ\"");
        MvcResult wrongSum = mvc.perform(post("/public/lost-code").param("contact", "a@example.vn")
                .param("challengeToken", "x").param("challengeAnswer", "1").with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn();
        assertThat(wrongSum.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(wrongSum)).contains("Kết quả phép tính chưa đúng");
        for (int i = 0; i < 3; i++) {
            ask("x" + i + "." + unique + "@example.vn");
        }
        MvcResult limited = ask("y." + unique + "@example.vn");
        assertThat(limited.getResponse().getStatus()).isEqualTo(429);
    }

    @Test
    void aSealedDenunciationsCodeGoesBySmsToTheSealedNumberWithoutTheNumberInTheLog() throws Exception {
        String phone = "09" + String.format("%08d", Math.abs(unique.hashCode()) % 100_000_000);
        String code = submit("DENUNCIATION", null, phone, null);
        long id = portal.petitionId(code);
        assertThat(jdbc.sql("select identity_sealed from petition where id = ?").param(id).query(Boolean.class)
                .single()).isTrue();
        int before = texts().size();
        ask("+84 " + phone.substring(1, 4) + " " + phone.substring(4));
        assertThat(lostCodes.drain(5000)).isTrue();
        List<SmsGateway.Sms> sent = texts().subList(before, texts().size()).stream()
                .filter(s -> s.to().equals(phone)).toList();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).text()).contains(code);
        assertThat(sent.get(0).reference()).isEqualTo("sealed PETITION:" + id);
        assertThat(sent.get(0).toString()).doesNotContain(phone.substring(phone.length() - 2) + "]");
    }

    @Test
    void aDenouncerIsToldOfProgressByEmailWithoutTheCode() throws Exception {
        String email = "to.cao." + unique + "@example.vn";
        String code = submit("DENUNCIATION", email, null, null);
        long id = portal.petitionId(code);
        int before = mails().size();
        portal.classifyAndAccept(id, "DENUNCIATION", "Ghi chú nội bộ");
        List<Mailer.Mail> sent = mails().subList(before, mails().size()).stream().filter(m -> m.to().equals(email))
                .toList();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).subject() + sent.get(0).text()).contains("/public/tracking").doesNotContain(code,
                "Hà Thị Mận", "sạt lở", "Ghi chú nội bộ");
        assertThat(sent.get(0).reference()).startsWith("sealed ");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'SealedNotification' and entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theCitizenWhoChoseSmsGetsAnSmsAndNoEmail() throws Exception {
        String email = "sms." + unique + "@example.vn";
        String phone = "03" + String.format("%08d", Math.abs((unique + "s").hashCode()) % 100_000_000);
        String code = submit("FEEDBACK", email, phone, "SMS");
        long id = portal.petitionId(code);
        int mailsBefore = mails().size();
        int textsBefore = texts().size();
        portal.classifyAndAccept(id, "FEEDBACK", "Ghi chú nội bộ");
        assertThat(mails().subList(mailsBefore, mails().size())).noneMatch(m -> m.to().equals(email));
        List<SmsGateway.Sms> sent = texts().subList(textsBefore, texts().size()).stream()
                .filter(s -> s.to().equals(phone)).toList();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).text()).contains("Đã thụ lý").doesNotContain("sạt lở");
    }

    @Test
    void choosingSmsWithoutANumberIsRefusedBesideTheChoice() throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("unitId", String.valueOf(portal.ubnd()));
        f.put("kind", "FEEDBACK");
        f.put("content", "Phản ánh " + unique);
        f.put("fullName", "Hà Thị Mận");
        f.put("notifyBy", "SMS");
        MvcResult r = portal.submit(address, f);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(r)).contains("Để nhận thông báo qua tin nhắn, vui lòng ghi số điện thoại",
                "Tin nhắn (SMS)");
        assertThat(html(r).replaceAll("\\s+", " ")).contains(
                "id=\"notify-SMS\" value=\"SMS\" aria-describedby=\"notify-help\" checked=\"checked\"");
    }
}
