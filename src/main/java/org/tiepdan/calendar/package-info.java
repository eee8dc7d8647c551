/**
 * The working calendar and legal deadlines ({@code WorkingCalendar}, {@code DeadlineRules},
 * {@code Deadline}, {@code LunarDate}). See docs/calendar.md.
 *
 * <p>Allowed dependencies (checked by {@code ModularityTest}; a new one is a decision: add it here
 * with its reason, see docs/architecture.md):
 * <ul>
 *   <li>{@code platform}: dates, errors, the public calendar pages</li>
 *   <li>{@code audit}: calendar and rule changes are audited</li>
 *   <li>{@code org}: a unit inherits the stricter time limits set above it</li>
 *   <li>{@code account}: {@code Access} checks on the calendar screens</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "audit", "org", "account"})
package org.tiepdan.calendar;
