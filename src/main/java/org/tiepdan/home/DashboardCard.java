package org.tiepdan.home;

/**
 * A figure on the landing page: a count with the list behind it.
 *
 * @param id       stable id, also the HTML id ("card-" + id)
 * @param titleKey message key of the title
 * @param count    the figure
 * @param href     the list of the records counted
 * @param alert    whether a non-zero count needs attention (shown in red)
 */
public record DashboardCard(String id, String titleKey, long count, String href, boolean alert) {
}
