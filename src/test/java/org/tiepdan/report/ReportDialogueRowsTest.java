package org.tiepdan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The reports' dialogue rows are answered by the dialogue module: the demo's held dialogues are counted and listed. */
@FullStackTest
class ReportDialogueRowsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void theDemoCommunesDialoguesAreInThePeriodicReportWithTheirRecords() throws Exception {
        long commune = jdbc.sql("select id from org_unit where kind = 'ADMINISTRATIVE_AREA' and code = '18844'")
                .query(Long.class).single();
        LocalDate to = LocalDate.now();
        LocalDate from = to.minusYears(1);
        long held = jdbc.sql("""
                select count(*) from dialogue d join org_unit u on u.id = d.unit_id
                where u.parent_id = ? and d.state in ('HELD', 'CONCLUDED', 'CLOSED') and d.held_on between ? and ?""")
                .params(commune, from, to).query(Long.class).single();
        assertThat(held).as("the demo holds dialogues in the last year").isPositive();

        String body = mvc.perform(get("/api/v1/reports/periodic?unit=" + commune + "&from=" + from + "&to=" + to)
                        .with(httpBasic(DemoUsers.REPORTER, DemoUsers.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode row = null;
        for (JsonNode r : json.readTree(body).get("rows")) {
            if (r.get("code").asString().equals("dialogues.held")) {
                row = r;
            }
        }
        assertThat(row).as("dialogues.held row").isNotNull();
        assertThat(row.get("values").get("TOTAL").asLong()).isEqualTo(held);
        String link = row.get("records").get("TOTAL").asString();
        String records = mvc.perform(get(link).with(httpBasic(DemoUsers.REPORTER, DemoUsers.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(records).contains("/dialogues/");
    }
}
