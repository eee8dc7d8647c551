package org.tiepdan.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.tiepdan.portal.internal.PortalTestSupport.html;
import static org.tiepdan.portal.internal.PortalTestSupport.newAddress;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2: feedback and recommendations only, no login and no CSRF token (a program
 * posts), GET answers without content or people, GeoReport's error shape, rate-limited per address.
 */
@FullStackTest
class Open311Test {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits units;
    @Autowired
    JsonMapper json;
    @Autowired
    PortalProperties properties;

    PortalTestSupport portal;
    String address;

    @BeforeEach
    void setUp() {
        portal = new PortalTestSupport(mvc, jdbc, units, json);
        address = newAddress();
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn();
    }

    private MockHttpServletRequestBuilder newRequest(String service, String description) {
        return post("/open311/v2/requests.json").param("jurisdiction_id", String.valueOf(portal.ubnd()))
                .param("service_code", service).param("description", description)
                .param("first_name", "Lan").param("last_name", "Nguyễn Thị").param("email", "lan.open311@example.vn")
                .param("address_string", "Ngã ba chợ Kỳ Thượng").param("lat", "18.0512").param("long", "106.2931");
    }

    @Test
    void servicesAreFeedbackAndRecommendationOnly() throws Exception {
        JsonNode services = json.readTree(html(perform(get("/open311/v2/services.json"))));
        assertThat(services).hasSize(2);
        assertThat(services.get(0).get("service_code").asString()).isEqualTo("FEEDBACK");
        assertThat(services.get(0).get("service_name").asString()).isEqualTo("Phản ánh");
        assertThat(services.get(1).get("service_code").asString()).isEqualTo("RECOMMENDATION");
    }

    @Test
    void aPostedFeedbackIsAnOnlinePetitionAndReadsBackWithoutContentOrPeople() throws Exception {
        MvcResult created = perform(newRequest("FEEDBACK", "Cống thoát nước ở ngã ba chợ bị tắc, nước tràn mặt đường"));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        JsonNode answer = json.readTree(html(created)).get(0);
        String id = answer.get("service_request_id").asString();
        String code = answer.get("tracking_code").asString();
        var row = jdbc.sql("select channel, declared_kind, content from petition where tracking_code = ?").param(code)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        assertThat(row[0]).isEqualTo("ONLINE");
        assertThat(row[1]).isEqualTo("FEEDBACK");
        assertThat(row[2]).contains("Cống thoát nước", "Ngã ba chợ Kỳ Thượng", "18.0512");

        String list = html(perform(get("/open311/v2/requests.json")));
        String one = html(perform(get("/open311/v2/requests/" + id + ".json")));
        JsonNode single = json.readTree(one).get(0);
        assertThat(single.get("status").asString()).isEqualTo("open");
        assertThat(single.get("status_notes").asString()).isEqualTo("Đã tiếp nhận, đang xem xét");
        assertThat(single.get("agency_responsible").asString()).isEqualTo("Ủy ban nhân dân xã Kỳ Thượng");
        assertThat(list).contains("\"service_request_id\":\"" + id + "\"");
        for (String read : new String[] {list, one}) {
            assertThat(read).doesNotContain("Cống thoát nước", "Nguyễn Thị", "lan.open311", code, "Ngã ba chợ");
        }
        assertThat(perform(get("/open311/v2/requests/999999999.json")).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void complaintsAndDenunciationsAreRefusedInGeoReportsErrorShape() throws Exception {
        long before = portal.petitions();
        for (String service : new String[] {"DENUNCIATION", "COMPLAINT", ""}) {
            MvcResult r = perform(newRequest(service, "Tố cáo cán bộ"));
            assertThat(r.getResponse().getStatus()).isEqualTo(400);
            JsonNode error = json.readTree(html(r)).get(0);
            assertThat(error.get("code").asInt()).isEqualTo(400);
            assertThat(error.get("description").asString()).contains("Chỉ nhận phản ánh");
        }
        MvcResult noText = perform(newRequest("FEEDBACK", " "));
        assertThat(json.readTree(html(noText)).get(0).get("description").asString()).contains("nội dung");
        assertThat(portal.petitions()).isEqualTo(before);
    }

    /** Petition intake's sender rules, with the public form's wording: contacts need a name, an e-mail must be one. */
    @Test
    void contactsWithoutANameAndABadEmailAreRefusedByIntakesRule() throws Exception {
        long before = portal.petitions();
        MvcResult noName = perform(post("/open311/v2/requests.json").param("jurisdiction_id",
                String.valueOf(portal.ubnd())).param("service_code", "FEEDBACK").param("description", "Đèn đường hỏng")
                .param("phone", "0912345678"));
        assertThat(noName.getResponse().getStatus()).isEqualTo(400);
        assertThat(json.readTree(html(noName)).get(0).get("description").asString()).startsWith("first_name: Vui lòng ghi họ tên");
        MvcResult badEmail = perform(post("/open311/v2/requests.json").param("jurisdiction_id",
                String.valueOf(portal.ubnd())).param("service_code", "FEEDBACK").param("description", "Đèn đường hỏng")
                .param("first_name", "Lan").param("email", "lan-at-example"));
        assertThat(json.readTree(html(badEmail)).get(0).get("description").asString())
                .isEqualTo("email: Địa chỉ thư điện tử không hợp lệ.");
        assertThat(portal.petitions()).isEqualTo(before);
    }

    @Test
    void postsAreRateLimitedPerAddress() throws Exception {
        int limited = 0;
        for (int i = 0; i <= properties.submissionLimit(); i++) {
            if (perform(newRequest("DENUNCIATION", "x")).getResponse().getStatus() == 429) {
                limited++;
            }
        }
        assertThat(limited).isEqualTo(1);
    }
}
