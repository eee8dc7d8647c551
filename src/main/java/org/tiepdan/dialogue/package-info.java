/**
 * Dialogues with citizens and their follow-ups ({@code DialogueFigures}, {@code DialogueFollowUps},
 * {@code DialogueHistory}, {@code DialogueKind}). See docs/api-dialogues.md.
 *
 * <p>Allowed dependencies, each a decision (checked by {@code ModularityTest}; to add one, add it
 * here with its reason): {@code platform}: errors, dates, .docx, public endpoints, demo data;
 * {@code audit}: changes are audited; {@code org}: units and letterheads; {@code account}:
 * {@code Access}, roles and unit pickers; {@code calendar}: follow-up deadlines; {@code document}:
 * conclusions are issued documents; {@code petition}: a dialogue's point may become a petition;
 * {@code home}: the officer's follow-ups card.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "platform", "audit", "org", "account", "calendar", "document", "petition", "home"})
package org.tiepdan.dialogue;
