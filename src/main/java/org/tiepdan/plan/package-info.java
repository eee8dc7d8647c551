/**
 * Work plans and their tasks ({@code WorkPlans}); a module makes its records linkable from a task by
 * declaring a {@code PlanLinkTarget} bean.
 *
 * <p>Allowed dependencies, each a decision (checked by {@code ModularityTest}; to add one, add it
 * here with its reason): {@code platform}: errors, dates, .docx, demo data; {@code audit}: changes
 * are audited; {@code org}: planning units and letterheads; {@code account}: {@code Access} and
 * unit pickers; {@code document}: a plan is issued as a document; {@code oversight}: tasks link to
 * inspections; {@code home}: the open tasks card.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "platform", "audit", "org", "account", "document", "oversight", "home"})
package org.tiepdan.plan;
