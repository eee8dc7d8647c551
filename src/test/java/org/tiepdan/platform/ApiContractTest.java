package org.tiepdan.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;

@FullStackTest
class ApiContractTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @Test
    void healthIsPublicAndUp() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void meDescribesTheCallerWithRolesAtUnits() throws Exception {
        String username = "api" + System.nanoTime();
        accounts.createUser(username, "Phạm Văn Api", "MatKhau2026", Role.REPORTER, null);
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "MatKhau2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.fullName").value("Phạm Văn Api"))
                .andExpect(jsonPath("$.roles[0].role").value("REPORTER"))
                .andExpect(jsonPath("$.roles[0].unitId").isEmpty());
    }

    @Test
    void anonymousApiCallsGet401ProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Chưa đăng nhập"))
                .andExpect(jsonPath("$.code").value("unauthorized"));
        mvc.perform(get("/api/v1/me").with(httpBasic("khong-co", "sai")))
                .andExpect(status().isUnauthorized());
        // An anonymous write without a CSRF token is still a missing login.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/org-units")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthorized"));
    }

    @Test
    void theDemoDataSetHasOneAccountPerRole() throws Exception {
        for (String[] account : new String[][] {{"admin", "ADMIN"}, {"lanhdao", "HEAD"}, {"tiepdan", "RECEPTION_OFFICER"},
                {"xuly", "HANDLER"}, {"thanhtra", "INSPECTOR"}, {"baocao", "REPORTER"}, {"baomat", "IDENTITY_CUSTODIAN"},
                {"xem", "VIEWER"}}) {
            mvc.perform(get("/api/v1/me").with(httpBasic(account[0], org.tiepdan.DemoUsers.PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.roles[0].role").value(account[1]));
        }
    }

    @Test
    void theOpenApiDescriptionIsPublished() throws Exception {
        // For logged-in users only (SignInHardeningTest shows the 401 to anonymous callers).
        mvc.perform(get("/v3/api-docs").with(httpBasic(org.tiepdan.DemoUsers.VIEWER, org.tiepdan.DemoUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.openapi").exists());
    }
}
