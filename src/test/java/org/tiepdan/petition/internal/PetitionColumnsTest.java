package org.tiepdan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Role;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.Competence;
import org.tiepdan.petition.PetitionKind;

/**
 * The petition's columns grouped in embedded values ({@link Receipt}, {@link Petitioners},
 * {@link PetitionClassification}, {@link HandlingOutcome}, {@link Lineage}, {@link Settlement}) are
 * the same columns as before, and a group whose columns are all null (nothing decided, nothing
 * continued), which Hibernate loads as a null value, reads as empty, not as an error.
 */
@FullStackTest
class PetitionColumnsTest {

    static final Actor HANDLER = new Actor("cot-xuly", EnumSet.of(Role.HANDLER));

    @Autowired
    PetitionService service;
    @Autowired
    PetitionRepository petitions;
    @Autowired
    OrgUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aFreshPetitionLoadsWithItsEmptyGroupsAndAStepWritesTheSameColumns() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long province = units.findAreaByCode("42").orElseThrow().id();
        OrgUnitView commune = units.create(new NewOrgUnit("Xã Thử Cột " + suffix, OrgUnitKind.PEOPLES_COMMITTEE,
                AdminTier.COMMUNE, province, null, LocalDate.of(2019, 1, 1)));
        LocalDate received = LocalDate.of(2025, 3, 3);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        long id = tx.execute(s -> service.register(new Intake(commune.id(), Channel.POST, received, null, null, null,
                null, "Đề nghị sửa đường thôn " + suffix, false, false, false, 6,
                List.of(new Petitioner("Lê Văn Cột", null, null, "Thôn Tân Hòa", null, null, false))), "test",
                commune).id());

        tx.executeWithoutResult(s -> {
            Petition p = petitions.findById(id).orElseThrow();
            assertThat(p.receivedOn()).isEqualTo(received);
            assertThat(p.headcount()).isEqualTo(6);
            assertThat(p.mass()).isTrue();
            assertThat(p.kind()).isNull();
            assertThat(p.petitioners()).extracting(Petitioner::fullName).containsExactly("Lê Văn Cột");
            assertThat(p.identitySealed()).isFalse();
            assertThat(p.outcome()).isNull();
            assertThat(p.reason()).isNull();
            assertThat(p.targetUnitId()).isNull();
            assertThat(p.splitFromId()).isNull();
            assertThat(p.followUpOfId()).isNull();
            assertThat(p.settledOn()).isNull();
            assertThat(p.overdue()).isFalse();
            p.classify(HANDLER, Step.on(received.plusDays(1)), new Classification(PetitionKind.COMPLAINT, null,
                    false, Reason.NO_SIGNATURE_OR_NAME, Competence.RESOLVE, true, false, false, false, false, false),
                    service.clocks(commune.id()));
            p.refuse(HANDLER, Step.on(received.plusDays(2)).withDocument("01/TB-UBND", received.plusDays(2))
                    .withReason(Reason.NO_SIGNATURE_OR_NAME, null));
        });

        Map<String, Object> row = jdbc.sql("""
                select kind, complex, mass, ineligibility_reason, reason, settled_on, overdue, registration_year,
                       received_on, headcount, outcome, split_from_id, identity_sealed
                  from petition where id = ?""").param(id).query().singleRow();
        assertThat(row).containsEntry("kind", "COMPLAINT").containsEntry("complex", true).containsEntry("mass", true)
                .containsEntry("ineligibility_reason", "NO_SIGNATURE_OR_NAME")
                .containsEntry("reason", "NO_SIGNATURE_OR_NAME").containsEntry("overdue", false)
                .containsEntry("registration_year", 2025).containsEntry("headcount", 6)
                .containsEntry("outcome", null).containsEntry("split_from_id", null)
                .containsEntry("identity_sealed", false);
        assertThat(row.get("settled_on").toString()).isEqualTo(received.plusDays(2).toString());
        assertThat(row.get("received_on").toString()).isEqualTo(received.toString());
        tx.executeWithoutResult(s -> {
            Petition p = petitions.findById(id).orElseThrow();
            assertThat(p.state()).isEqualTo(PetitionState.REFUSED);
            assertThat(p.reason()).isEqualTo(Reason.NO_SIGNATURE_OR_NAME);
            assertThat(p.settledOn()).isEqualTo(received.plusDays(2));
            assertThat(p.complex()).isTrue();
        });
    }
}
