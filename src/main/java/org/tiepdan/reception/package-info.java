/**
 * Citizen reception: sessions, visits and the public schedules ({@code ReceptionVisits},
 * {@code VisitView}, {@code ReceptionFigures}, {@code PublicSchedules}, {@code ReceptionHistory}).
 *
 * <p>Allowed dependencies (checked by {@code ModularityTest}; a new one is a decision: add it here
 * with its reason, see docs/architecture.md):
 * <ul>
 *   <li>{@code platform}: errors, dates, ID documents, .docx/.xlsx, public schedules, demo data</li>
 *   <li>{@code audit}: changes are audited</li>
 *   <li>{@code org}: receiving units and letterheads</li>
 *   <li>{@code account}: {@code Access} and unit pickers</li>
 *   <li>{@code calendar}: reception days follow the working calendar</li>
 *   <li>{@code identity}: visitors of denunciations are sealed</li>
 *   <li>{@code home}: the front desk's sessions card</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "audit", "org", "account", "calendar", "identity", "home"})
package org.tiepdan.reception;
