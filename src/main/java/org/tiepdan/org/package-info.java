/**
 * Organisational units and their hierarchy ({@code OrgUnits}, {@code OrgUnitHierarchy}, the served
 * area of the installation), letterheads of issued documents ({@code Letterheads}) and the rule that
 * records are held by a body, never a territory ({@code HoldingBody}).
 *
 * <p>Allowed dependencies, each a decision (checked by {@code ModularityTest}; to add one, add it
 * here with its reason): {@code platform}: errors, dates, settings, .docx letterheads, demo data;
 * {@code audit}: unit changes are audited.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "audit"})
package org.tiepdan.org;
