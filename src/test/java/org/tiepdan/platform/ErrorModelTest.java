package org.tiepdan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.support.HttpSession;

/** One error model: Vietnamese pages for people, RFC 9457 problems for the API, never a stack trace. */
@FullStackTest
class ErrorModelTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @LocalServerPort
    int port;

    @Test
    void anUnexpectedErrorOnAPageShowsAReferenceAndNoDetail() throws Exception {
        mvc.perform(get("/test-probe/boom").with(user("xem").roles("VIEWER")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("Mã tham chiếu")))
                .andExpect(content().string(containsString("lỗi ngoài dự kiến")))
                .andExpect(content().string(not(containsString("4242"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }

    @Test
    void aStaleEditIsExplainedInVietnamese() throws Exception {
        mvc.perform(get("/test-probe/conflict").with(user("xem").roles("VIEWER")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("vừa được người khác thay đổi")));
        mvc.perform(get("/api/v1/test-probe/rule").with(user("xem").roles("VIEWER")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stale-edit"));
    }

    @Test
    void anUnknownPageIsAVietnamese404AndAnUnknownApiPathAProblem() {
        String username = "err" + System.nanoTime();
        accounts.createUser(username, "Đỗ Văn Lỗi", "MatKhau2026", Role.VIEWER, null);
        HttpSession browser = HttpSession.loggedIn(port, username, "MatKhau2026");
        var page = browser.get(port, "/khong-co-trang-nay", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy trang hoặc dữ liệu được yêu cầu.");
        var api = browser.get(port, "/api/v1/khong-ton-tai", "application/json");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(api.body()).contains("\"title\":\"Không tìm thấy\"").contains("\"status\":404");
    }

    @Test
    void apiErrorsAreProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/test-probe/boom").with(user("xem").roles("VIEWER")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reference").isNotEmpty())
                .andExpect(jsonPath("$.detail", not(containsString("4242"))));
        mvc.perform(get("/api/v1/test-probe/param").with(user("xem").roles("VIEWER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days"));
        mvc.perform(get("/api/v1/test-probe/param").param("days", "mười").with(user("xem").roles("VIEWER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("không hợp lệ")));
        mvc.perform(post("/api/v1/test-probe/body").with(user("xem").roles("VIEWER")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Vui lòng nhập thông tin này."));
    }
}
