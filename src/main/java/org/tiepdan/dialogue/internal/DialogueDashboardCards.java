package org.tiepdan.dialogue.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.account.Access;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.dialogue.DialogueFollowUps;
import org.tiepdan.home.DashboardCard;
import org.tiepdan.home.DashboardCards;
import org.tiepdan.platform.Dates;

/**
 * The dialogue part of the home page, through the same seam as every module (the home module no
 * longer imports the dialogue module): the follow-up of conclusions assigned to the officer's units,
 * overdue first; and for a head, the periodic dialogues held this year against the local minimum.
 */
@Component
@Order(30)
class DialogueDashboardCards implements DashboardCards {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final int LINES = 5;

    private final DialogueFollowUps followUps;
    private final DialogueQueries queries;
    private final Access access;
    private final MessageSource messages;
    private final Clock clock;

    DialogueDashboardCards(DialogueFollowUps followUps, DialogueQueries queries, Access access,
            MessageSource messages, Clock clock) {
        this.followUps = followUps;
        this.queries = queries;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DashboardCard> cards() {
        List<DashboardCard> cards = new ArrayList<>();
        DialogueFollowUps.Alerts alerts = followUps.alertsForCurrentUser();
        if (alerts.applies()) {
            List<DashboardCard.Line> lines = alerts.items().stream().limit(LINES)
                    .map(a -> new DashboardCard.Line(a.topic(), "/dialogues/" + a.dialogueId(), a.assigneeUnit() + ", "
                            + msg("dialogue.reminder.due", Dates.format(a.due())), a.overdue()))
                    .toList();
            cards.add(new DashboardCard("dialogue-alerts", null, "home.dialogue.title", (long) alerts.overdue(),
                    "/dialogues/assignments", true, alerts.isEmpty() ? msg("home.dialogue.none")
                            : msg("home.dialogue.summary", alerts.overdue(), alerts.dueSoon()), lines, null));
        }
        if (access.hasRole(Role.HEAD.name())) {
            LocalDate today = Dates.today(clock);
            List<Long> heads = access.currentUser().map(u -> u.grants().stream().filter(g -> g.role() == Role.HEAD)
                    .map(RoleGrantView::unitId).filter(java.util.Objects::nonNull).distinct().toList())
                    .orElse(List.of());
            if (!heads.isEmpty()) {
                cards.add(compliance(heads, today));
            }
        }
        return cards;
    }

    /** The bodies at or under the units where the user is head, once each. */
    private DashboardCard compliance(List<Long> unitIds, LocalDate today) {
        java.util.Map<Long, DialogueQueries.ComplianceRow> byBody = new java.util.LinkedHashMap<>();
        unitIds.forEach(u -> queries.compliance(u, today.getYear(), today).forEach(r -> byBody.putIfAbsent(r.bodyId(), r)));
        List<DialogueQueries.ComplianceRow> rows = List.copyOf(byBody.values());
        long unitId = unitIds.get(0);
        List<DashboardCard.Line> lines = rows.stream().map(r -> new DashboardCard.Line(r.bodyName(),
                "/dialogues?unitId=" + r.bodyId() + "&year=" + today.getYear(),
                msg("home.dialogue.compliance-line", r.count(), r.minimum().map(m -> String.valueOf(m.perYear()))
                        .orElse("—"), msg("dialogue.compliance." + r.status())),
                "SHORT".equals(r.status())))
                .toList();
        long notYet = rows.stream().filter(r -> !"MET".equals(r.status()) && !"NO_RULE".equals(r.status())).count();
        return new DashboardCard("dialogue-compliance", Role.HEAD, "home.dialogue.compliance", notYet,
                "/dialogues?unitId=" + unitId + "&year=" + today.getYear(), false,
                msg("home.dialogue.compliance-note", today.getYear()), lines, null);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
