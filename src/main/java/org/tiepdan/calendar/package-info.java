/**
 * The working calendar and legal deadlines ({@code WorkingCalendar}, {@code DeadlineRules},
 * {@code Deadline}, {@code LunarDate}). See docs/calendar.md.
 *
 * <p>Allowed dependencies, each a decision (checked by {@code ModularityTest}; to add one, add it
 * here with its reason): {@code platform}: dates, errors, the public calendar pages; {@code audit}:
 * calendar and rule changes are audited; {@code org}: a unit inherits the stricter time limits set
 * above it; {@code account}: {@code Access} checks on the calendar screens.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "platform", "audit", "org", "account"})
package org.tiepdan.calendar;
