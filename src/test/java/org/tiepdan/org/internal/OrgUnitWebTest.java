package org.tiepdan.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API contract and the screens, with users created for the test. */
@FullStackTest
class OrgUnitWebTest {

    private static final String PASSWORD = "Thu-nghiem-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    OrgUnits units;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JsonMapper json;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private String newUser(Role role, Long unitId) {
        String username = "org-" + unique();
        accounts.createUser(username, "Người thử " + username, PASSWORD, role, unitId);
        return username;
    }

    private OrgUnitView testProvince() {
        return units.create(new NewOrgUnit("Tỉnh Web " + unique(), OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.PROVINCE, null, null, LocalDate.of(2025, 7, 1)));
    }

    // --- API ---------------------------------------------------------------------------------

    @Test
    void searchReturnsExactlyTheContractFields() throws Exception {
        String viewer = newUser(Role.VIEWER, null);
        MvcResult result = mvc.perform(get("/api/v1/org-units").param("q", "ky thuong")
                        .with(httpBasic(viewer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Xã Kỳ Thượng")))
                .andReturn();
        JsonNode list = json.readTree(result.getResponse().getContentAsString());
        JsonNode kyThuong = null;
        for (JsonNode node : list) {
            if ("18844".equals(node.get("code").asString())) {
                kyThuong = node;
            }
        }
        assertThat(kyThuong).isNotNull();
        List<String> fields = new java.util.ArrayList<>();
        for (Iterator<String> it = kyThuong.propertyNames().iterator(); it.hasNext(); ) {
            fields.add(it.next());
        }
        assertThat(fields).containsExactlyInAnyOrder("id", "name", "kind", "tier", "code", "parentId", "validFrom",
                "validTo");
        assertThat(kyThuong.get("kind").asString()).isEqualTo("ADMINISTRATIVE_AREA");
        assertThat(kyThuong.get("tier").asString()).isEqualTo("COMMUNE");
        // The demo data dates Kỳ Thượng from the province's re-establishment (OrgDemoData).
        assertThat(kyThuong.get("validFrom").asString()).isEqualTo(OrgDemoData.HISTORY_FROM.toString());
        assertThat(kyThuong.get("validTo").isNull()).isTrue();

        mvc.perform(get("/api/v1/org-units").with(httpBasic(viewer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Tỉnh Hà Tĩnh")))
                .andExpect(jsonPath("$[*].parentId", not(hasItem(org.hamcrest.Matchers.notNullValue()))));
        long id = kyThuong.get("id").asLong();
        mvc.perform(get("/api/v1/org-units/{id}", id).with(httpBasic(viewer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Xã Kỳ Thượng"));
        mvc.perform(get("/api/v1/org-units/{id}", 987654321L).with(httpBasic(viewer, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("unit-not-found"));
    }

    @Test
    void anAdministratorCreatesAUnit() throws Exception {
        OrgUnitView province = testProvince();
        String admin = newUser(Role.ADMIN, province.id());
        String body = """
                {"name": "Sở Tư pháp", "kind": "DEPARTMENT", "tier": "PROVINCE", "parentId": %d,
                 "code": null, "validFrom": "2025-07-01"}""".formatted(province.id());
        MvcResult result = mvc.perform(post("/api/v1/org-units").with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/org-units/")))
                .andExpect(jsonPath("$.name").value("Sở Tư pháp"))
                .andExpect(jsonPath("$.parentId").value(province.id()))
                .andExpect(jsonPath("$.validFrom").value("2025-07-01"))
                .andReturn();
        long id = json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
        assertThat(result.getResponse().getHeader("Location")).endsWith("/api/v1/org-units/" + id);
        assertThat(units.get(id).tier()).isEqualTo(AdminTier.PROVINCE);
    }

    @Test
    void badInputIsAProblemWithFieldErrors() throws Exception {
        OrgUnitView province = testProvince();
        String admin = newUser(Role.ADMIN, province.id());
        mvc.perform(post("/api/v1/org-units").with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \" \", \"parentId\": " + province.id() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        // A broken rule of the unit is a problem on its field too.
        mvc.perform(post("/api/v1/org-units").with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Tỉnh con\", \"kind\": \"DEPARTMENT\", \"tier\": \"PROVINCE\", "
                                + "\"parentId\": " + units.findAreaByCode("18844").orElseThrow().id() + "}"))
                .andExpect(status().isForbidden());
        OrgUnitView commune = units.create(new NewOrgUnit("Xã Web", OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.COMMUNE, province.id(), null, LocalDate.of(2025, 7, 1)));
        mvc.perform(post("/api/v1/org-units").with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Sở trong xã\", \"kind\": \"DEPARTMENT\", \"tier\": \"PROVINCE\", "
                                + "\"parentId\": " + commune.id() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("org-tier-above-parent"))
                .andExpect(jsonPath("$.errors[0].field").value("tier"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Cấp của đơn vị")));
    }

    @Test
    void writesNeedAnAdministratorAndReadsNeedALogin() throws Exception {
        OrgUnitView province = testProvince();
        String viewer = newUser(Role.VIEWER, province.id());
        String otherAdmin = newUser(Role.ADMIN, testProvince().id());
        String body = "{\"name\": \"Sở A\", \"kind\": \"DEPARTMENT\", \"parentId\": " + province.id() + "}";
        for (String username : List.of(viewer, otherAdmin)) {
            mvc.perform(post("/api/v1/org-units").with(httpBasic(username, PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("forbidden"));
        }
        // Without any credentials (the CSRF token only gets the request as far as the login check).
        mvc.perform(post("/api/v1/org-units").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/org-units").param("q", "ha tinh")).andExpect(status().isUnauthorized());
        assertThat(units.children(province.id())).isEmpty();
    }

    @Test
    void mergeOverTheApi() throws Exception {
        OrgUnitView province = testProvince();
        String admin = newUser(Role.ADMIN, province.id());
        OrgUnitView a = units.create(new NewOrgUnit("Xã A", OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.COMMUNE,
                province.id(), null, LocalDate.of(2025, 7, 1)));
        OrgUnitView c = units.create(new NewOrgUnit("Xã C", OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.COMMUNE,
                province.id(), null, LocalDate.of(2025, 7, 1)));
        mvc.perform(post("/api/v1/org-units/{id}/merge", c.id()).with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"predecessorIds\": [" + a.id() + "], \"effectiveOn\": \"2026-01-01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(c.id()));
        assertThat(units.get(a.id()).successorId()).isEqualTo(c.id());
        assertThat(units.get(a.id()).validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    // --- screens -----------------------------------------------------------------------------

    @Test
    void screensShowTheTreeSearchAndAUnit() throws Exception {
        var viewer = user(userDetails.loadUserByUsername(newUser(Role.VIEWER, null)));
        mvc.perform(get("/org-units").with(viewer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tỉnh Hà Tĩnh")))
                .andExpect(content().string(containsString("hx-get=\"/org-units/search\"")));
        mvc.perform(get("/org-units/search").param("q", "dang uy ky thuong").with(viewer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tỉnh Hà Tĩnh")))
                .andExpect(content().string(containsString("Xã Kỳ Thượng")))
                .andExpect(content().string(containsString("Đảng ủy xã Kỳ Thượng")));
        long kyThuong = units.findAreaByCode("18844").orElseThrow().id();
        mvc.perform(get("/org-units/{id}/children", kyThuong).with(viewer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ủy ban nhân dân xã Kỳ Thượng")));
        mvc.perform(get("/org-units/{id}", kyThuong).with(viewer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xã Kỳ Lâm (cũ)")))
                .andExpect(content().string(containsString("01/07/2025")))
                .andExpect(content().string(not(containsString("setup-bodies"))));
        mvc.perform(get("/org-units/new").param("parentId", String.valueOf(kyThuong)).with(viewer))
                .andExpect(status().isForbidden());
    }

    @Test
    void formsShowErrorsBesideTheFieldsAndAStaleEdit() throws Exception {
        OrgUnitView province = testProvince();
        var admin = user(userDetails.loadUserByUsername(newUser(Role.ADMIN, null)));
        mvc.perform(get("/org-units/{id}", province.id()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("setup-bodies")));
        mvc.perform(get("/org-units/new").param("parentId", String.valueOf(province.id())).with(admin))
                .andExpect(status().isOk());
        mvc.perform(post("/org-units/new").with(admin).with(csrf())
                        .param("parentId", String.valueOf(province.id())).param("name", "")
                        .param("kind", "DEPARTMENT").param("validFrom", "31/02/2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name-error")))
                .andExpect(content().string(containsString("Vui lòng nhập thông tin này.")))
                .andExpect(content().string(containsString("Ngày không hợp lệ")));
        assertThat(units.children(province.id())).isEmpty();

        mvc.perform(post("/org-units/new").with(admin).with(csrf())
                        .param("parentId", String.valueOf(province.id())).param("name", "Sở Y tế")
                        .param("kind", "DEPARTMENT").param("validFrom", "01/07/2025"))
                .andExpect(status().is3xxRedirection());
        OrgUnitView dept = units.children(province.id()).get(0);
        long version = units.version(dept.id());
        mvc.perform(post("/org-units/{id}/edit", dept.id()).with(admin).with(csrf())
                        .param("name", "Sở Y tế mới").param("parentId", String.valueOf(province.id()))
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/org-units/{id}/edit", dept.id()).with(admin).with(csrf())
                        .param("name", "Sở Y tế cũ").param("parentId", String.valueOf(province.id()))
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vừa được người khác thay đổi")));
        assertThat(units.get(dept.id()).name()).isEqualTo("Sở Y tế mới");

        mvc.perform(post("/org-units/{id}/close", dept.id()).with(admin).with(csrf()).param("validTo", "01/01/2020"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("validTo-error")))
                .andExpect(content().string(containsString("01/07/2025")));
        mvc.perform(post("/org-units/{id}/setup-bodies", province.id()).with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(units.children(province.id())).extracting(OrgUnitView::kind).contains(OrgUnitKind.INSPECTORATE);
    }

    @Test
    void catalogueUploadNeedsAnInstallationAdministrator() throws Exception {
        var admin = user(userDetails.loadUserByUsername(newUser(Role.ADMIN, null)));
        var localAdmin = user(userDetails.loadUserByUsername(newUser(Role.ADMIN, testProvince().id())));
        mvc.perform(get("/org-units/catalogue").with(localAdmin)).andExpect(status().isForbidden());
        mvc.perform(get("/org-units/catalogue").with(admin)).andExpect(status().isOk());
        mvc.perform(multipart("/org-units/catalogue")
                        .file(new MockMultipartFile("file", "bad.json", "application/json", "{oops".getBytes()))
                        .param("effectiveOn", "01/01/2026").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("file-error")))
                .andExpect(content().string(containsString("Không đọc được tệp danh mục")));
    }
}
