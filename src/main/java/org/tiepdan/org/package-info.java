/**
 * Organisational units and their hierarchy ({@code OrgUnits}, {@code OrgUnitHierarchy}, the served
 * area of the installation), letterheads of issued documents ({@code Letterheads}) and the rule that
 * records are held by a body, never a territory ({@code HoldingBody}).
 *
 * <p>Allowed dependencies (checked by {@code ModularityTest}; a new one is a decision: add it here
 * with its reason, see docs/architecture.md):
 * <ul>
 *   <li>{@code platform}: errors, dates, settings, .docx letterheads, demo data</li>
 *   <li>{@code audit}: unit changes are audited</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "audit"})
package org.tiepdan.org;
