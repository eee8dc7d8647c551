/**
 * Complaints, denunciations, recommendations and reflections through their legal workflow
 * ({@code PetitionIntake}, {@code PetitionTracking}, {@code PetitionFigures}, {@code PetitionStateChanged},
 * {@code PetitionHistory}). See docs/data-model.md, docs/api-petitions.md.
 *
 * <p>Allowed dependencies (checked by {@code ModularityTest}; a new one is a decision: add it here
 * with its reason, see docs/architecture.md):
 * <ul>
 *   <li>{@code platform}: errors, dates, ID documents, .docx, pager, demo data</li>
 *   <li>{@code audit}: every step is audited</li>
 *   <li>{@code org}: competence and holding units, letterheads</li>
 *   <li>{@code account}: {@code Access}, roles and unit pickers</li>
 *   <li>{@code calendar}: statutory deadlines</li>
 *   <li>{@code identity}: denouncers are sealed</li>
 *   <li>{@code reception}: a petition may come from a visit</li>
 *   <li>{@code home}: the handler's deadlines card</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "audit", "org", "account", "calendar", "identity", "reception", "home"})
package org.tiepdan.petition;
