/**
 * Inspections, recommendations and other oversight records ({@code Inspections},
 * {@code OversightRecords}, {@code OversightCounts}, {@code ReportCell}, {@code OversightHistory}).
 *
 * <p>Allowed dependencies, each a decision (checked by {@code ModularityTest}; to add one, add it
 * here with its reason): {@code platform}: errors, dates, demo data; {@code audit}: changes are
 * audited; {@code org}: the inspected and inspecting units; {@code account}: {@code Access} and
 * unit pickers; {@code calendar}: recommendation deadlines; {@code document}: conclusions are
 * issued documents; {@code home}: the overdue recommendations card.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "platform", "audit", "org", "account", "calendar", "document", "home"})
package org.tiepdan.oversight;
