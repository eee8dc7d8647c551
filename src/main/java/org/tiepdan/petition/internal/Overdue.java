package org.tiepdan.petition.internal;

import java.time.LocalDate;

/**
 * What "overdue" (quá hạn) means, once, for every screen and figure that counts it: the work queue
 * and the home page, the petition list's filter, the morning reminders and the overdue mark, and
 * the reports (issue 19: the same demo data read 7, 5 and 6 in three places).
 *
 * <p>A petition is overdue on day D when it was not settled by D and
 * <ul>
 * <li>a step's deadline fell due before D (a deadline due on D itself is "due today", not yet
 * late) and the step was not done by D, or</li>
 * <li>it was directed to another body (competence DIRECT) whose answer was expected before D and had
 * not come by D.</li>
 * </ul>
 * Not counted: a suspended deadline (tạm đình chỉ stops the clock: it has no due date until it
 * resumes, Luật Tố cáo 2018 Art. 34 and docs/calendar.md); a step not yet started (an inactive
 * deadline never met); and the conclusion's publication period ({@value #MINIMUM_PERIOD}), which is
 * a minimum time the conclusion stays published (NĐ 31/2019 Art. 6), not a time limit one can miss.
 * A case ended late (withdrawn, decided...) stops being overdue on the day it ended; it is counted
 * as "settled late" instead.
 *
 * <p>The SQL text and the aggregate's check below are the same rule; {@code OverdueAgreementTest}
 * plants records at each edge and checks that the queue, the list, the reminders job and the
 * report agree.
 */
final class Overdue {

    /** The one deadline that is a minimum period, not a limit. */
    static final String MINIMUM_PERIOD = "DENUNCIATION_PUBLISH";

    private Overdue() {
    }

    /**
     * The SQL condition on a deadline row {@code d}: it fell due before {@code day} and was not met
     * by then. Also what the reminders job writes an overdue reminder for.
     */
    static String deadlineMissed(String d, String day) {
        return d + ".rule_code <> '" + MINIMUM_PERIOD + "' and " + d + ".due < " + day + " and (" + d + ".active or "
                + d + ".met_on is not null) and (" + d + ".met_on is null or " + d + ".met_on > " + day + ")";
    }

    /** The SQL condition on a petition row {@code p} (with its deadlines) on {@code day}, e.g. ":today" or ":to". */
    static String petition(String p, String day) {
        return petitionWith(p, day, "exists (select 1 from petition_deadline od where od.petition_id = " + p + ".id and "
                + deadlineMissed("od", day) + ")");
    }

    /**
     * The petitions with a missed deadline on {@code day} (a deadline as {@link #deadlineMissed} says), each
     * once: a set to join on {@code petition_id}, for {@link #petitionJoined}.
     */
    static String missedDeadlines(String day) {
        return "select distinct od.petition_id from petition_deadline od where " + deadlineMissed("od", day);
    }

    /**
     * The same condition as {@link #petition}, for a statement that joins {@link #missedDeadlines} as {@code m}
     * ({@code left join (...) m on m.petition_id = p.id}): what the reports count a province's petitions with.
     * Why a second rendering: a correlated {@code exists} keeps PostgreSQL from running a statement in parallel,
     * and the periodic report's pass over a province's million petitions took 1.4 s alone instead of 0.8 s on
     * two workers (issue 22, bench/README.md). The rule is the same text but for how a missed deadline is
     * found; {@code FastPathRecountTest} compares the counts (this) with the lists ({@link #petition}).
     */
    static String petitionJoined(String p, String day, String m) {
        return petitionWith(p, day, m + ".petition_id is not null");
    }

    private static String petitionWith(String p, String day, String missedDeadline) {
        return "coalesce((" + p + ".settled_on is null or " + p + ".settled_on > " + day + ") and (" + missedDeadline
                + " or (" + p + ".direction_expected_on < " + day + " and (" + p + ".direction_answered_on is null or "
                + p + ".direction_answered_on > " + day + "))), false)";
    }

    /** The same rule on the aggregate (the mark the reminders job stores on the petition). */
    static boolean on(Petition p, LocalDate day) {
        if (p.settledOn() != null && !p.settledOn().isAfter(day)) {
            return false;
        }
        boolean missed = p.deadlines().stream().anyMatch(d -> !MINIMUM_PERIOD.equals(d.ruleCode()) && d.due() != null
                && d.due().isBefore(day) && (d.active() || d.metOn() != null)
                && (d.metOn() == null || d.metOn().isAfter(day)));
        boolean directionLate = p.directionExpectedOn() != null && p.directionExpectedOn().isBefore(day)
                && (p.directionAnsweredOn() == null || p.directionAnsweredOn().isAfter(day));
        return missed || directionLate;
    }
}
