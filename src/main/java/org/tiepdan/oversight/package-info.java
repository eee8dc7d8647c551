/**
 * Inspections, recommendations and other oversight records ({@code Inspections},
 * {@code OversightRecords}, {@code OversightCounts}, {@code ReportCell}, {@code OversightHistory}).
 *
 * <p>Allowed dependencies (checked by {@code ModularityTest}; a new one is a decision: add it here
 * with its reason, see docs/architecture.md):
 * <ul>
 *   <li>{@code platform}: errors, dates, demo data</li>
 *   <li>{@code audit}: changes are audited</li>
 *   <li>{@code org}: the inspected and inspecting units</li>
 *   <li>{@code account}: {@code Access} and unit pickers</li>
 *   <li>{@code calendar}: recommendation deadlines</li>
 *   <li>{@code document}: conclusions are issued documents</li>
 *   <li>{@code home}: the overdue recommendations card</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "audit", "org", "account", "calendar", "document", "home"})
package org.tiepdan.oversight;
