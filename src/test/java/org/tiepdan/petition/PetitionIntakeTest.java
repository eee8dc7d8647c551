package org.tiepdan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.platform.DomainException;

/** Other modules hand petitions over through {@link PetitionIntake}; they join the same register and workflow. */
@FullStackTest
class PetitionIntakeTest {

    @Autowired
    PetitionIntake intake;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long commune() {
        return jdbc.sql("select id from org_unit where kind = 'PEOPLES_COMMITTEE' and name like '%Kỳ Thượng' and valid_to is null")
                .query(Long.class).single();
    }

    private void signIn(String username) {
        UserDetails u = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    @Test
    void anUnattendedOnlinePetitionEntersTheRegisterWithItsClocks() {
        var r = intake.registerUnattended(new PetitionIntake.NewPetition(commune(), Channel.ONLINE,
                LocalDate.now(), "Phản ánh đèn đường thôn Hải Thanh hỏng nhiều tháng", false, 1,
                List.of(new PetitionIntake.Person("Lê Thị Trực Tuyến", null, "Thôn Hải Thanh", null, "a@example.vn"))));
        assertThat(r.trackingCode()).hasSize(12);
        assertThat(r.registrationNumber()).endsWith("/" + LocalDate.now().getYear());
        var row = jdbc.sql("select channel, state, created_by from petition where id = ?").param(r.petitionId())
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        assertThat(row).containsExactly("ONLINE", "RECEIVED", "system");
        assertThat(jdbc.sql("select count(*) from petition_deadline where petition_id = ?").param(r.petitionId())
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void registeringOnBehalfOfAUserChecksTheirScope() {
        var p = new PetitionIntake.NewPetition(commune(), Channel.DIALOGUE, LocalDate.now(),
                "Kiến nghị làm đường vào thôn Tân Phong", false, 1,
                List.of(new PetitionIntake.Person("Trần Văn Đối Thoại", null, null, null, null)));
        signIn(DemoUsers.VIEWER);
        assertThatThrownBy(() -> intake.register(p)).isInstanceOf(DomainException.class);
        signIn(DemoUsers.HANDLER);
        var r = intake.register(p);
        assertThat(jdbc.sql("select channel from petition where id = ?").param(r.petitionId()).query(String.class)
                .single()).isEqualTo("DIALOGUE");
    }

    @Test
    void badDataSavesNothing() {
        long before = jdbc.sql("select count(*) from petition").query(Long.class).single();
        assertThatThrownBy(() -> intake.registerUnattended(new PetitionIntake.NewPetition(commune(), Channel.ONLINE,
                LocalDate.now(), "  ", false, 1, List.of(new PetitionIntake.Person("Ai Đó", null, null, null, null)))))
                .isInstanceOf(DomainException.class);
        assertThat(jdbc.sql("select count(*) from petition").query(Long.class).single()).isEqualTo(before);
    }
    /**
     * Luật Khiếu nại 2011 Art. 8, Luật Tố cáo 2018 Art. 23: a complaint or a denunciation names and
     * addresses its sender. A citizen who sends one themselves (no official registers it) is told so
     * at once, by intake's own rule, whatever module hands it over; before, only the public form knew.
     */
    @Test
    void aComplaintOrDenunciationSentByTheCitizenNeedsNameAndAddressWhoeverHandsItOver() {
        long before = jdbc.sql("select count(*) from petition").query(Long.class).single();
        assertThatThrownBy(() -> intake.registerUnattended(new PetitionIntake.NewPetition(commune(), Channel.ONLINE,
                LocalDate.now(), "Khiếu nại quyết định thu hồi đất", true, 1, List.of(), PetitionKind.COMPLAINT)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("petition-sender-name-required");
                    assertThat(e.field()).isEqualTo("petitioners[0].fullName");
                });
        assertThatThrownBy(() -> intake.registerUnattended(new PetitionIntake.NewPetition(commune(), Channel.ONLINE,
                LocalDate.now(), "Tố cáo cán bộ địa chính", false, 1,
                List.of(new PetitionIntake.Person("Trần Văn Tố", null, null, null, null)), PetitionKind.DENUNCIATION)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("petition-sender-address-required");
                    assertThat(e.field()).isEqualTo("petitioners[0].address");
                });
        assertThat(jdbc.sql("select count(*) from petition").query(Long.class).single()).isEqualTo(before);
        // The same rules, every refusal at once, for a form that shows them beside its fields.
        assertThat(intake.refusals(new PetitionIntake.Person(null, null, null, null, null), PetitionKind.COMPLAINT))
                .extracting(DomainException::code, DomainException::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("petition-sender-name-required", "fullName"),
                        org.assertj.core.groups.Tuple.tuple("petition-sender-address-required", "address"));
        // Feedback and recommendations may come without a name.
        assertThat(intake.refusals(new PetitionIntake.Person(null, null, null, null, null), PetitionKind.FEEDBACK))
                .isEmpty();
        var anonymous = intake.registerUnattended(new PetitionIntake.NewPetition(commune(), Channel.ONLINE,
                LocalDate.now(), "Phản ánh rác thải ở chợ", true, 1, List.of(), PetitionKind.FEEDBACK));
        assertThat(anonymous.petitionId()).isPositive();
    }

    /**
     * Contact details without a name have no petitioner to belong to: refused (one code, one field
     * on every channel), not dropped without a word; a bad phone or e-mail likewise.
     */
    @Test
    void contactDetailsWithoutANameAndBadContactsAreRefusedByIntakeItself() {
        assertThatThrownBy(() -> intake.registerUnattended(new PetitionIntake.NewPetition(commune(), Channel.ONLINE,
                LocalDate.now(), "Phản ánh đèn đường hỏng", true, 1,
                List.of(new PetitionIntake.Person(null, null, null, "0912345678", null)), PetitionKind.FEEDBACK)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("petition-name-with-contact");
                    assertThat(e.field()).isEqualTo("petitioners[0].fullName");
                });
        assertThat(intake.refusals(new PetitionIntake.Person("Lê Văn A", null, null, "xyz", "not-an-address"),
                PetitionKind.FEEDBACK)).extracting(DomainException::code, DomainException::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("petition-phone-invalid", "phone"),
                        org.assertj.core.groups.Tuple.tuple("petition-email-invalid", "email"));
    }
}
