package org.tiepdan.reception.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.account.Access;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.home.DashboardCard;
import org.tiepdan.home.DashboardCards;
import org.tiepdan.platform.Dates;

/**
 * The front desk's day on the home page: today's sessions of its units and the citizens who came
 * back (a visit recorded as the same matter as an earlier one, or the same identity document seen
 * before); and for a head, whether the head's body received citizens as often as the law requires
 * this month, with the months of the year as a chart. Denunciation visits are left out of the
 * returning citizens: a denouncer's coming back must not be inferable from the home page.
 */
@Component
@Order(20)
class ReceptionDashboardCards implements DashboardCards {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final int LINES = 5;
    /** How far back a returning citizen is counted. */
    private static final int RETURNING_DAYS = 365;
    /** Sittings of the schedules shown ahead. */
    private static final int UPCOMING = 3;

    private final Access access;
    private final ScheduleService schedules;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    ReceptionDashboardCards(Access access, ScheduleService schedules, JdbcClient jdbc, MessageSource messages,
            Clock clock) {
        this.access = access;
        this.schedules = schedules;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DashboardCard> cards() {
        List<DashboardCard> cards = new ArrayList<>();
        LocalDate today = Dates.today(clock);
        if (access.hasRole(Role.RECEPTION_OFFICER.name())) {
            Long[] scope = scope(Role.RECEPTION_OFFICER);
            cards.add(todaysSessions(scope, today));
            if (scope != null) {
                cards.add(upcoming(scope));
            }
            cards.add(returning(scope, today));
        }
        if (access.hasRole(Role.HEAD.name())) {
            access.currentUser().ifPresent(u -> u.grants().stream().filter(g -> g.role() == Role.HEAD)
                    .map(RoleGrantView::unitId).filter(java.util.Objects::nonNull).distinct()
                    .forEach(unit -> cards.addAll(compliance(unit, today))));
        }
        return cards;
    }

    /** The units where the role is held (null: installation-wide, every unit). */
    private Long[] scope(Role role) {
        return access.installationWide(role.name()) ? null : access.unitsWhere(role.name()).toArray(Long[]::new);
    }

    private DashboardCard todaysSessions(Long[] scope, LocalDate today) {
        List<DashboardCard.Line> lines = jdbc.sql("""
                select s.id, s.kind, s.place, u.name unit_name, s.closed,
                       (select count(*) from reception_visit v where v.session_id = s.id) visits
                  from reception_session s join org_unit u on u.id = s.unit_id
                 where s.session_date = :today""" + within("s", scope) + " order by s.id")
                .param("today", today).param("scope", scope == null ? new Long[0] : scope)
                .query((rs, i) -> new DashboardCard.Line(
                        msg("reception.kind." + rs.getString("kind")) + " · " + rs.getString("place"),
                        "/reception/sessions/" + rs.getLong("id"),
                        rs.getString("unit_name") + " · " + msg("home.reception.visits", rs.getLong("visits"))
                                + (rs.getBoolean("closed") ? " · " + msg("home.reception.closed") : ""),
                        false))
                .list();
        return DashboardCard.of("reception-today", Role.RECEPTION_OFFICER, "home.reception.today", lines.size(),
                "/reception", false, lines.subList(0, Math.min(LINES, lines.size())));
    }

    /** The next dated sittings of the schedules of the officer's units, each opening its session form. */
    private DashboardCard upcoming(Long[] scope) {
        List<DashboardCard.Line> lines = schedules.upcoming(schedules.forUnits(List.of(scope)), UPCOMING).stream()
                .map(e -> new DashboardCard.Line(Dates.format(e.getValue().date()) + " · " + e.getKey().title(),
                        "/reception/sessions/new?unitId=" + e.getKey().unitId() + "&scheduleId=" + e.getKey().id()
                                + "&date=" + Dates.format(e.getValue().date()),
                        e.getKey().place(), false))
                .toList();
        return new DashboardCard("reception-upcoming", Role.RECEPTION_OFFICER, "home.reception.upcoming", null,
                "/reception", false, lines.isEmpty() ? msg("home.reception.upcoming-none") : null, lines, null);
    }

    private DashboardCard returning(Long[] scope, LocalDate today) {
        List<DashboardCard.Line> lines = jdbc.sql("""
                select v.id, v.citizen_name, v.visit_date,
                       (select count(*) from reception_visit w where not w.denunciation and w.id <> v.id
                          and w.visit_date <= v.visit_date
                          and (w.id = v.matter_of_visit_id
                               or (v.citizen_id_number is not null and w.citizen_id_number = v.citizen_id_number))) earlier
                  from reception_visit v
                 where not v.denunciation and v.visit_date between :from and :today
                   and (v.matter_of_visit_id is not null
                        or (v.citizen_id_number is not null and exists (select 1 from reception_visit w
                              where not w.denunciation and w.id <> v.id and w.citizen_id_number = v.citizen_id_number
                                and w.visit_date <= v.visit_date)))""" + within("v", scope)
                + " order by v.visit_date desc, v.id desc")
                .param("from", today.minusDays(RETURNING_DAYS)).param("today", today)
                .param("scope", scope == null ? new Long[0] : scope)
                .query((rs, i) -> new DashboardCard.Line(rs.getString("citizen_name"),
                        "/reception/visits/" + rs.getLong("id"),
                        Dates.format(rs.getObject("visit_date", LocalDate.class)) + " · "
                                + msg("home.reception.earlier", rs.getLong("earlier")),
                        false))
                .list();
        return DashboardCard.of("reception-returning", Role.RECEPTION_OFFICER, "home.reception.returning",
                lines.size(), "/reception/logbook", false, lines.subList(0, Math.min(LINES, lines.size())))
                .withNote(msg("home.reception.returning-note", RETURNING_DAYS));
    }

    /** The head's body (or the bodies at the head's territory) against its minimum, month by month this year. */
    private List<DashboardCard> compliance(long unitId, LocalDate today) {
        List<DashboardCard> cards = new ArrayList<>();
        for (ScheduleService.HeadCompliance head : schedules.compliance(unitId, today.getYear())) {
            List<Compliance.Month> months = head.months().subList(0, today.getMonthValue());
            Compliance.Month now = months.get(months.size() - 1);
            long shortMonths = months.stream().filter(Compliance.Month::shortfall).count();
            List<String> labels = months.stream().map(m -> String.format("%02d/%d", m.month().getMonthValue(),
                    m.month().getYear())).toList();
            DashboardCard.Chart chart = new DashboardCard.Chart("bar", labels, List.of(
                    new DashboardCard.Series(msg("home.compliance.held"),
                            months.stream().map(m -> (long) m.held()).toList()),
                    new DashboardCard.Series(msg("home.compliance.required"),
                            months.stream().map(m -> (long) m.required()).toList())));
            String note = now.rule().isEmpty() ? msg("home.compliance.no-rule", head.body().name())
                    : msg("home.compliance.month", head.body().name(), monthLabel(now.month()), now.held(),
                            now.required());
            List<Compliance.Month> shortOnes = new ArrayList<>(months.stream().filter(Compliance.Month::shortfall)
                    .toList());
            java.util.Collections.reverse(shortOnes);
            List<DashboardCard.Line> lines = shortOnes.stream().limit(LINES)
                    .map(m -> new DashboardCard.Line(msg("home.compliance.short", monthLabel(m.month()), m.held(),
                            m.required()), "/reception/compliance?unitId=" + head.body().id(), null, true))
                    .toList();
            cards.add(new DashboardCard("reception-compliance-" + head.body().id(), Role.HEAD,
                    "home.compliance.title", shortMonths, "/reception/compliance?unitId=" + head.body().id(), true,
                    note, lines, chart));
        }
        return cards;
    }

    /** The scope condition on a row's unit; nothing for an installation-wide role. */
    private static String within(String alias, Long[] scope) {
        return scope == null ? " and cardinality(:scope) = 0" : " and " + alias + ".unit_id = any(:scope)";
    }

    private static String monthLabel(YearMonth m) {
        return String.format("%02d/%d", m.getMonthValue(), m.getYear());
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
