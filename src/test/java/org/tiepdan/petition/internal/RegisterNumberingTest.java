package org.tiepdan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.Channel;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register of a unit (sổ) under concurrency: the number is given last in the intake's transaction
 * ({@link RegisterNumbers#number}) and the unit's register row stays locked to the commit, so parallel
 * intakes get distinct numbers without gaps, an intake that rolls back gives its number to the next one,
 * and the provisional number a petition is written under is never seen.
 */
@FullStackTest
class RegisterNumberingTest {

    private static final String PASSWORD = "Thu-nghiem-2026";
    private static final int YEAR = 2025;

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    OrgUnits units;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PetitionService service;
    @Autowired
    PlatformTransactionManager transactions;

    OrgUnitView commune;
    String handler;

    @BeforeEach
    void setUp() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long province = units.findAreaByCode("42").orElseThrow().id();
        commune = units.create(new NewOrgUnit("Xã Thử Số " + suffix, OrgUnitKind.PEOPLES_COMMITTEE,
                AdminTier.COMMUNE, province, null, LocalDate.of(2019, 1, 1)));
        handler = "num-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(handler, "Cán bộ " + handler, PASSWORD, Role.HANDLER, commune.id());
    }

    private MvcResult intake(int n) throws Exception {
        Map<String, Object> body = Map.of("unitId", commune.id(), "channel", "POST", "receivedOn", YEAR + "-03-03",
                // Near-copies, as in the benchmark: each one is a duplicate candidate of the others.
                "content", "Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất thửa số " + n + ", thôn Tân Hòa",
                "petitioners", List.of(Map.of("fullName", "Nguyễn Văn Số " + n, "address", "Thôn Tân Hòa")));
        return mvc.perform(post("/api/v1/petitions").with(httpBasic(handler, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))).andReturn();
    }

    private String number(MvcResult r) throws Exception {
        assertThat(r.getResponse().getStatus()).as(String.valueOf(r.getResolvedException())).isEqualTo(201);
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("registrationNumber")
                .asString();
    }

    private List<String> stored() {
        return jdbc.sql("select registration_number from petition where unit_id = ? order by registration_seq")
                .param(commune.id()).query(String.class).list();
    }

    private int lastNumber() {
        return jdbc.sql("select last_number from petition_register where unit_id = ? and year = ?")
                .params(commune.id(), YEAR).query(Integer.class).single();
    }

    private static List<String> oneTo(int n) {
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            numbers.add(i + "/" + YEAR);
        }
        return numbers;
    }

    @Test
    void parallelIntakesIntoOneUnitGetDistinctNumbersWithoutGaps() throws Exception {
        int intakes = 12;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 1; i <= intakes; i++) {
            int n = i;
            answers.add(pool.submit(() -> {
                start.await();
                return number(intake(n));
            }));
        }
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (Future<String> a : answers) {
            numbers.add(a.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(numbers).containsExactlyInAnyOrderElementsOf(oneTo(intakes));
        assertThat(stored()).containsExactlyElementsOf(oneTo(intakes));
        assertThat(lastNumber()).isEqualTo(intakes);
        // The audit row of each petition carries the number it was given, not the provisional one.
        List<String> audited = jdbc.sql("""
                select substring(a.summary from 'registrationNumber=([^;]*)') from audit_entry a join petition p
                    on a.entity_type = 'Petition' and a.entity_id = cast(p.id as varchar) and a.action = 'CREATE'
                 where p.unit_id = ? order by p.registration_seq""").param(commune.id()).query(String.class).list();
        assertThat(audited).containsExactlyElementsOf(oneTo(intakes));
    }

    @Test
    void anIntakeThatRollsBackLeavesNoGapEvenWithAnotherWaitingForTheNumber() throws Exception {
        assertThat(number(intake(1))).isEqualTo("1/" + YEAR);

        // A registration that takes number 2, holds it while a second intake of the unit starts, then rolls back.
        CountDownLatch numbered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<String> rolledBack = pool.submit(() -> new TransactionTemplate(transactions).execute(tx -> {
            Petition p = service.register(new Intake(commune.id(), Channel.POST, LocalDate.of(YEAR, 3, 4),
                    null, null, null, null, "Đơn sẽ không được ghi", false, false, false, 1,
                    List.of(new Petitioner("Trần Thị Hủy", null, null, "Thôn Tân Hòa", null, null, false)), null),
                    "test", commune);
            numbered.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            tx.setRollbackOnly();
            return p.registrationNumber();
        }));
        assertThat(numbered.await(60, TimeUnit.SECONDS)).isTrue();
        Future<String> waiting = pool.submit(() -> number(intake(3)));
        Thread.sleep(500);
        assertThat(waiting).as("waits for the register row").isNotDone();
        release.countDown();

        assertThat(rolledBack.get(60, TimeUnit.SECONDS)).isEqualTo("2/" + YEAR);
        assertThat(waiting.get(60, TimeUnit.SECONDS)).isEqualTo("2/" + YEAR);
        pool.shutdown();
        assertThat(number(intake(4))).isEqualTo("3/" + YEAR);
        assertThat(stored()).containsExactlyElementsOf(oneTo(3));
        assertThat(lastNumber()).isEqualTo(3);
    }

    @Test
    void aRefusedIntakeTakesNoNumber() throws Exception {
        assertThat(number(intake(1))).isEqualTo("1/" + YEAR);
        MvcResult refused = mvc.perform(post("/api/v1/petitions").with(httpBasic(handler, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("unitId", commune.id(),
                        "channel", "POST", "receivedOn", YEAR + "-03-03", "content", "Đơn không có người gửi",
                        "petitioners", List.of())))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(number(intake(2))).isEqualTo("2/" + YEAR);
        assertThat(stored()).containsExactlyElementsOf(oneTo(2));
    }

    @Test
    void theProvisionalNumberIsNegativeAndUniquePerCase() {
        assertThat(RegisterNumbers.provisionalNumber(41)).isEqualTo(-41);
        assertThat(RegisterNumbers.provisionalNumber(42)).isNotEqualTo(RegisterNumbers.provisionalNumber(41));
    }
}
