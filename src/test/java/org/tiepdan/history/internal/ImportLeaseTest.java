package org.tiepdan.history.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.FullStackTest;

/**
 * Issue 17: an import whose node died stayed "validating"/"importing" forever. A running job holds
 * a lease its node renews; the sweep fails a job whose lease ran out, and the screen says why.
 */
@FullStackTest
class ImportLeaseTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportLeaseJob leases;
    @Autowired
    ImportJobs jobs;
    @Autowired
    MockMvc mvc;

    private long plant(String status, String node, String leaseUntil) {
        long unit = jdbc.sql("select min(id) from org_unit").query(Long.class).single();
        return jdbc.sql("""
                insert into history_import (unit_id, source, file_name, sha256, status, total_rows, node, lease_until)
                values (?, 'XLSX', 'lich-su.xlsx', 'x', ?, 10, ?, now() + cast(? as interval)) returning id""")
                .params(unit, status, node, leaseUntil).query(Long.class).single();
    }

    private String state(long id) {
        return jdbc.sql("select status || '/' || coalesce(failure, '') from history_import where id = ?").param(id)
                .query(String.class).single();
    }

    @Test
    void aJobWhoseNodeDiedIsFailedAfterItsLeaseAndTheScreenSaysWhy() throws Exception {
        long importing = plant("IMPORTING", "may-chu-da-tat/1/abc", "-3 minutes");
        long validating = plant("VALIDATING", "may-chu-da-tat/1/abc", "-1 second");
        long alive = plant("IMPORTING", "may-chu-khac/2/def", "+2 minutes");
        long previewing = plant("PREVIEW", "may-chu-da-tat/1/abc", "-3 minutes");

        assertThat(leases.expire()).contains(importing + "@may-chu-da-tat/1/abc", validating + "@may-chu-da-tat/1/abc");

        assertThat(state(importing)).isEqualTo("FAILED/node-lost");
        assertThat(state(validating)).isEqualTo("FAILED/node-lost");
        assertThat(state(alive)).as("a live node's job is left alone").isEqualTo("IMPORTING/");
        assertThat(state(previewing)).as("only running jobs hold a lease").isEqualTo("PREVIEW/");
        jdbc.sql("update history_import set status = 'FAILED' where id = ?").param(alive).update();

        long unit = jdbc.sql("select unit_id from history_import where id = ?").param(importing).query(Long.class)
                .single();
        String page = mvc.perform(get("/imports/" + importing).with(authentication(HistoryImportTest.admin(unit))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Máy chủ đang xử lý lần nhập này đã dừng giữa chừng");
    }

    @Test
    void aLiveNodeRenewsTheLeasesOfItsOwnJobs() {
        long mine = plant("VALIDATING", jobs.node(), "+1 second");
        leases.heartbeat();
        assertThat(jdbc.sql("select lease_until > now() + interval '1 minute' from history_import where id = ?")
                .param(mine).query(Boolean.class).single()).isTrue();
        jdbc.sql("update history_import set status = 'FAILED' where id = ?").param(mine).update();
    }
}
