/**
 * Inspections, recommendations and other oversight records ({@code Inspections},
 * {@code OversightCounts}, {@code ReportCell}, {@code OversightHistory}); the reports read the
 * cells of Phụ lục 1 and 3 and the petition-abuse handling through its {@code platform.FigureSource}
 * named {@code oversight}.
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
