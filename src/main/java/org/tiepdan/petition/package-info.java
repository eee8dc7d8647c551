/**
 * Complaints, denunciations, recommendations and reflections through their legal workflow
 * ({@code PetitionIntake}, {@code PetitionTracking}, {@code PetitionFigures}, {@code PetitionStateChanged},
 * {@code PetitionHistory}). See docs/data-model.md, docs/api-petitions.md.
 *
 * <p>Allowed dependencies, each a decision (checked by {@code ModularityTest}; to add one, add it
 * here with its reason): {@code platform}: errors, dates, ID documents, .docx, pager, demo data;
 * {@code audit}: every step is audited; {@code org}: competence and holding units, letterheads;
 * {@code account}: {@code Access}, roles and unit pickers; {@code calendar}: statutory deadlines;
 * {@code identity}: denouncers are sealed; {@code reception}: a petition may come from a visit;
 * {@code home}: the handler's deadlines card.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "platform", "audit", "org", "account", "calendar", "identity", "reception", "home"})
package org.tiepdan.petition;
