/**
 * Work plans and their tasks ({@code WorkPlans}); a module makes its records linkable from a task by
 * declaring a {@code PlanLinkTarget} bean.
 *
 * <p>Allowed dependencies (checked by {@code ModularityTest}; a new one is a decision: add it here
 * with its reason, see docs/architecture.md):
 * <ul>
 *   <li>{@code platform}: errors, dates, .docx, demo data</li>
 *   <li>{@code audit}: changes are audited</li>
 *   <li>{@code org}: planning units and letterheads</li>
 *   <li>{@code account}: {@code Access} and unit pickers</li>
 *   <li>{@code document}: a plan is issued as a document</li>
 *   <li>{@code oversight}: tasks link to inspections</li>
 *   <li>{@code home}: the open tasks card</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "audit", "org", "account", "document", "oversight", "home"})
package org.tiepdan.plan;
