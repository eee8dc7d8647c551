package org.tiepdan.home;

import java.util.List;

import org.tiepdan.account.Role;

/**
 * A card on the landing page: a figure with the list behind it, optionally the first few records
 * (each linked) and a small chart where a trend says more than a number. The home page is the day's
 * work of each role: it shows a card under the role it serves ({@code role}, null: for everyone who
 * receives it), in the order of {@link Role}, so that a user with several roles sees each role's
 * cards apart.
 *
 * @param id       stable id, also the HTML id ("card-" + id)
 * @param role     the role whose work this is, or null
 * @param titleKey message key of the title
 * @param count    the figure, or null for a card that only lists (e.g. the next report windows)
 * @param href     the list of the records counted
 * @param alert    whether a non-zero count needs attention (shown in red)
 * @param note     a line under the title, already in Vietnamese, or null
 * @param lines    the first records behind the figure
 * @param chart    a chart, or null
 */
public record DashboardCard(String id, Role role, String titleKey, Long count, String href, boolean alert,
        String note, List<Line> lines, Chart chart) {

    public DashboardCard {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A plain figure for everyone who receives it. */
    public DashboardCard(String id, String titleKey, long count, String href, boolean alert) {
        this(id, null, titleKey, count, href, alert, null, List.of(), null);
    }

    /** A figure of a role's work, with the first records behind it. */
    public static DashboardCard of(String id, Role role, String titleKey, long count, String href, boolean alert,
            List<Line> lines) {
        return new DashboardCard(id, role, titleKey, count, href, alert, null, lines, null);
    }

    public DashboardCard withNote(String text) {
        return new DashboardCard(id, role, titleKey, count, href, alert, text, lines, chart);
    }

    public DashboardCard withChart(Chart c) {
        return new DashboardCard(id, role, titleKey, count, href, alert, note, lines, c);
    }

    /** Whether the card is shown red: an alert card with a non-zero figure, or a line in red. */
    public boolean attention() {
        return alert && count != null && count > 0;
    }

    /**
     * A record behind the figure.
     *
     * @param text  what it is (e.g. "12/2026 · Nguyễn Văn A")
     * @param href  its page
     * @param note  a short second part (e.g. "hạn 07/12/2026"), or null
     * @param alert shown in red
     */
    public record Line(String text, String href, String note, boolean alert) {
    }

    /**
     * A chart drawn with Chart.js (served from its WebJar) by {@code /js/home.js}.
     *
     * @param type   "bar" or "line"
     * @param labels the categories (months, units)
     * @param series one or more series of the same length as the labels
     */
    public record Chart(String type, List<String> labels, List<Series> series) {

        public Chart {
            labels = List.copyOf(labels);
            series = List.copyOf(series);
        }
    }

    /** A named series of a chart. */
    public record Series(String label, List<Long> values) {

        public Series {
            values = List.copyOf(values);
        }
    }
}
