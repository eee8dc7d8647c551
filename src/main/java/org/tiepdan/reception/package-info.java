/**
 * Citizen reception: sessions, visits and the public schedules ({@code ReceptionVisits},
 * {@code VisitView}, {@code ReceptionFigures}, {@code PublicSchedules}, {@code ReceptionHistory}, {@code FieldTree}: the field tree petitions are
 * classified by too).
 *
 * <p>Allowed dependencies, each a decision (checked by {@code ModularityTest}; to add one, add it
 * here with its reason): {@code platform}: errors, dates, ID documents, .docx/.xlsx, public
 * schedules, demo data; {@code audit}: changes are audited; {@code org}: receiving units and
 * letterheads; {@code account}: {@code Access} and unit pickers; {@code calendar}: reception days
 * follow the working calendar; {@code identity}: visitors of denunciations are sealed;
 * {@code home}: the front desk's sessions card.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "platform", "audit", "org", "account", "calendar", "identity", "home"})
package org.tiepdan.reception;
