package org.tiepdan.petition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.account.Role;
import org.tiepdan.home.DashboardCard;
import org.tiepdan.home.DashboardCards;
import org.tiepdan.platform.Dates;

/**
 * The petitions part of the home page. A handler sees the day's deadlines of the work queue: due
 * today, due later this week, overdue (by the one definition, {@link Overdue}), each with the first
 * petitions linked. A head sees the overdue petitions of the head's units by unit (a chart) and what
 * waits for the head's signature: a complaint whose dialogue is done (the decision), a denunciation
 * verified (the conclusion), a petition to direct to another body.
 */
@Component
@Order(10)
class PetitionDashboardCards implements DashboardCards {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final int LINES = 5;
    /** The states whose next step is the head's written decision (Action.DECIDE, CONCLUDE, DIRECT). */
    static final String AWAITING_HEAD = "p.settled_on is null and (p.state in ('DIALOGUE_HELD', 'DIALOGUE_NOT_HELD', "
            + "'VERIFYING') or (p.state = 'CLASSIFIED' and p.competence = 'DIRECT'))";

    private final PetitionAccess access;
    private final PetitionQueries queries;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    PetitionDashboardCards(PetitionAccess access, PetitionQueries queries, JdbcClient jdbc, MessageSource messages,
            Clock clock) {
        this.access = access;
        this.queries = queries;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DashboardCard> cards() {
        List<DashboardCard> cards = new ArrayList<>();
        LocalDate today = Dates.today(clock);
        List<Long> handling = access.unitsWith(EnumSet.of(Role.HANDLER));
        if (handling == null || !handling.isEmpty()) {
            PetitionQueries.Dashboard d = queries.dashboard(queries.queue(handling, null), handling, null);
            cards.add(DashboardCard.of("petitions-due-today", Role.HANDLER, "home.petitions.due-today",
                    d.dueTodayCount(), "/work", false, lines(d.dueToday(), false)));
            cards.add(DashboardCard.of("petitions-due-week", Role.HANDLER, "home.petitions.due-week",
                    d.dueThisWeekCount(), "/work", false, lines(d.dueThisWeek(), false)));
            cards.add(DashboardCard.of("petitions-overdue", Role.HANDLER, "home.petitions.overdue",
                    d.overdueCount(), "/petitions?overdue=true", true, lines(d.overdue(), true)));
        }
        List<Long> heading = access.unitsWith(EnumSet.of(Role.HEAD));
        if (heading == null || !heading.isEmpty()) {
            PetitionQueries.Dashboard d = queries.dashboard(queries.queue(heading, null), heading, null);
            Map<String, Long> byUnit = d.overdueByUnit();
            List<DashboardCard.Line> units = byUnit.entrySet().stream()
                    .map(e -> new DashboardCard.Line(e.getKey(), "/petitions?overdue=true", msg("home.petitions.count",
                            e.getValue()), true))
                    .toList();
            DashboardCard overdue = DashboardCard.of("petitions-overdue-by-unit", Role.HEAD,
                    "home.petitions.overdue-by-unit", d.overdueCount(), "/petitions?overdue=true", true, units);
            if (!byUnit.isEmpty()) {
                overdue = overdue.withChart(new DashboardCard.Chart("bar", List.copyOf(byUnit.keySet()),
                        List.of(new DashboardCard.Series(msg("home.petitions.overdue"), List.copyOf(byUnit.values())))));
            }
            cards.add(overdue);
            List<DashboardCard.Line> awaiting = awaitingHead(heading);
            cards.add(DashboardCard.of("petitions-awaiting-head", Role.HEAD, "home.petitions.awaiting-head",
                    awaiting.size(), "/work", false, awaiting.subList(0, Math.min(LINES, awaiting.size()))));
        }
        return cards;
    }

    private List<DashboardCard.Line> lines(List<PetitionQueries.Row> rows, boolean alert) {
        return rows.stream().limit(LINES).map(r -> new DashboardCard.Line(
                r.registrationNumber() + " · " + r.content(), "/petitions/" + r.id(),
                r.nextDue() == null ? null : msg("home.petitions.due", Dates.format(r.nextDue())), alert)).toList();
    }

    private List<DashboardCard.Line> awaitingHead(List<Long> units) {
        String sql = "select p.id, p.registration_number, p.state, p.content from petition p where " + AWAITING_HEAD
                + (units == null ? "" : " and p.unit_id = any(:units)") + " order by p.received_on, p.id limit 200";
        var spec = jdbc.sql(sql);
        if (units != null) {
            spec = spec.param("units", units.toArray(Long[]::new));
        }
        return spec.query((rs, i) -> new DashboardCard.Line(
                rs.getString("registration_number") + " · " + DuplicateFinder.excerpt(rs.getString("content")),
                "/petitions/" + rs.getLong("id"), msg("home.petitions.awaiting." + rs.getString("state")), false))
                .list();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
