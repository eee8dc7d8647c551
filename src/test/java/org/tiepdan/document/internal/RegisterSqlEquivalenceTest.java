package org.tiepdan.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiepdan.FullStackTest;
import org.tiepdan.document.IssuedDocumentView;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;

/**
 * Issue 22: the register ({@code list}) and its reused numbers ({@code numbersReused}) are read in one
 * SQL statement each; before, as entities grouped in Java. Both kept here (the old logic, as it was)
 * and compared on random registers and windows: the same documents, fields, topics and order.
 */
@FullStackTest
class RegisterSqlEquivalenceTest {

    private static final long SEED = Long.getLong("register.seed", System.nanoTime());

    @Autowired
    DocumentService documents;
    @Autowired
    IssuedDocumentRepository repository;
    @Autowired
    OrgUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void theStatementsGiveWhatTheEntitiesGaveOnRandomRegisters() {
        Random random = new Random(SEED);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate old = LocalDate.of(2000, 1, 1);
        long province = units.create(new NewOrgUnit("Tỉnh Sổ " + tag, OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.PROVINCE, null, null, old)).id();
        List<Long> bodies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long commune = units.create(new NewOrgUnit("Xã Sổ " + i + " " + tag, OrgUnitKind.ADMINISTRATIVE_AREA,
                    AdminTier.COMMUNE, province, null, old)).id();
            bodies.add(units.create(new NewOrgUnit("Đảng ủy xã Sổ " + i + " " + tag, OrgUnitKind.PARTY_COMMITTEE, null,
                    commune, null, old)).id());
        }
        String[] types = {"TB", "KH", "BC", "QĐ"};
        String[] topics = {"QĐ 11", "KL 215", "khác"};
        for (int i = 0; i < 120; i++) {
            long unit = bodies.get(random.nextInt(bodies.size()));
            String type = types[random.nextInt(types.length)];
            // Few sequence numbers in two periods: numbers are reused now and then, in a period or across two
            // (the key differs, as for the seed's "84-TB/ĐU" written twice with two dates).
            int seq = 1 + random.nextInt(12);
            LocalDate issued = LocalDate.of(2019 + random.nextInt(4), 1, 1).plusDays(random.nextInt(365));
            long id = jdbc.sql("""
                    insert into issued_document (unit_id, issuer_kind, issuer_name, type_code, number_symbol, number_key,
                      seq, period_key, summary, issued_on, signer, source)
                    values (?, 'PARTY_COMMITTEE', 'Đảng ủy', ?, ?, ?, ?, ?, 'Trích yếu', ?, ?, 'MANUAL') returning id""")
                    .params(unit, type, seq + "-" + type + "/ĐU", seq + "-" + type + "/ĐU-" + i, seq,
                            random.nextBoolean() ? "T2015" : "T2020", issued, random.nextBoolean() ? null : "Người ký")
                    .query(Long.class).single();
            for (String t : topics) {
                if (random.nextInt(3) == 0) {
                    jdbc.sql("insert into issued_document_topic (document_id, topic) values (?, ?)").params(id, t).update();
                }
            }
        }
        List<List<Long>> scopes = List.of(List.of(province, bodies.get(0), bodies.get(1), bodies.get(2)),
                List.of(bodies.get(0)), List.of(bodies.get(1), bodies.get(2)));
        int compared = 0;
        for (int i = 0; i < 24; i++) {
            List<Long> scope = scopes.get(random.nextInt(scopes.size()));
            LocalDate from = LocalDate.of(2018, 6, 1).plusDays(random.nextInt(4 * 365));
            LocalDate to = from.plusDays(random.nextInt(3 * 365));
            String topic = random.nextInt(3) == 0 ? null : topics[random.nextInt(topics.length)];
            String as = "seed " + SEED + ", " + scope + " " + from + ".." + to + " topic " + topic;
            List<IssuedDocumentView> oldList = tx.execute(s -> oldList(scope, from, to, topic));
            List<IssuedDocumentView> oldReused = tx.execute(s -> oldNumbersReused(scope, from, to, topic));
            assertThat(documents.list(scope, from, to, topic)).as(as).containsExactlyElementsOf(oldList);
            assertThat(documents.numbersReused(scope, from, to, topic)).as(as + " reused")
                    .containsExactlyElementsOf(oldReused);
            compared += oldList.size() + oldReused.size();
        }
        assertThat(compared).as("seed " + SEED + ": the windows met documents").isPositive();
    }

    /** {@code list} before issue 22's last change, as it was. */
    private List<IssuedDocumentView> oldList(List<Long> unitIds, LocalDate from, LocalDate to, String topic) {
        return repository.window(unitIds, from, to).stream()
                .filter(d -> topic == null || d.getTopics().contains(topic))
                .map(d -> d.view(false))
                .toList();
    }

    /** {@code numbersReused} before issue 22's last change, as it was. */
    private List<IssuedDocumentView> oldNumbersReused(List<Long> unitIds, LocalDate from, LocalDate to, String topic) {
        Map<String, List<IssuedDocument>> byNumber = new LinkedHashMap<>();
        repository.window(unitIds, from, to).stream().filter(d -> topic == null || d.getTopics().contains(topic))
                .forEach(d -> byNumber.computeIfAbsent(d.getUnitId() + "|" + d.getPeriodKey() + "|" + d.getTypeCode()
                        + "|" + d.seq(), k -> new ArrayList<>()).add(d));
        return byNumber.values().stream().filter(l -> l.size() > 1).flatMap(List::stream).map(d -> d.view(false))
                .toList();
    }
}
