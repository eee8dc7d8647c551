/**
 * Dialogues with citizens and their follow-ups ({@code DialogueFigures}, {@code DialogueFollowUps},
 * {@code DialogueHistory}, {@code DialogueKind}). See docs/api-dialogues.md.
 *
 * <p>Allowed dependencies (checked by {@code ModularityTest}; a new one is a decision: add it here
 * with its reason, see docs/architecture.md):
 * <ul>
 *   <li>{@code platform}: errors, dates, .docx, public endpoints, demo data</li>
 *   <li>{@code audit}: changes are audited</li>
 *   <li>{@code org}: units and letterheads</li>
 *   <li>{@code account}: {@code Access}, roles and unit pickers</li>
 *   <li>{@code calendar}: follow-up deadlines</li>
 *   <li>{@code document}: conclusions are issued documents</li>
 *   <li>{@code petition}: a dialogue's point may become a petition</li>
 *   <li>{@code home}: the officer's follow-ups card</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "audit", "org", "account", "calendar", "document", "petition", "home"})
package org.tiepdan.dialogue;
