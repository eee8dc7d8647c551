package org.tiepdan.portal.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.platform.CitizenNotifier;

/**
 * The medium a citizen chose on the form for news of their submission: e-mail, SMS or none
 * ({@code portal_notification_choice}). Without a row (older submissions, or no choice made), e-mail.
 */
@Component
class NotificationChoices {

    /** What the form offers. */
    enum Choice { EMAIL, SMS, NONE }

    private final JdbcClient jdbc;

    NotificationChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void choose(long petitionId, Choice choice) {
        jdbc.sql("""
                insert into portal_notification_choice (petition_id, medium) values (?, ?)
                on conflict (petition_id) do update set medium = excluded.medium""")
                .params(petitionId, choice.name()).update();
    }

    /** The follow-up of a reopened petition keeps the first one's choice. */
    void copy(long from, long to) {
        jdbc.sql("""
                insert into portal_notification_choice (petition_id, medium)
                select ?, medium from portal_notification_choice where petition_id = ?
                on conflict (petition_id) do nothing""").params(to, from).update();
    }

    /** The medium to use, empty when the citizen chose none. */
    Optional<CitizenNotifier.Medium> medium(long petitionId) {
        Choice c = jdbc.sql("select medium from portal_notification_choice where petition_id = ?").param(petitionId)
                .query(String.class).optional().map(Choice::valueOf).orElse(Choice.EMAIL);
        return c == Choice.NONE ? Optional.empty() : Optional.of(CitizenNotifier.Medium.valueOf(c.name()));
    }
}
