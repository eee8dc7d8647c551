/**
 * The import of past years from spreadsheets and JSON bundles, each record handed to its module's
 * {@code *History} port. See docs/import.md.
 *
 * <p>Allowed dependencies (checked by {@code ModularityTest}; a new one is a decision: add it here
 * with its reason, see docs/architecture.md):
 * <ul>
 *   <li>{@code platform}: errors, dates, ID documents, .xlsx, demo data</li>
 *   <li>{@code audit}: imports are audited</li>
 *   <li>{@code org}: units named in the files</li>
 *   <li>{@code account}: {@code Access} and the importing user</li>
 *   <li>{@code calendar}: deadlines of imported records</li>
 *   <li>{@code reception}: imported sessions and visits</li>
 *   <li>{@code petition}: imported petitions</li>
 *   <li>{@code oversight}: imported inspections</li>
 *   <li>{@code document}: imported documents</li>
 *   <li>{@code dialogue}: imported dialogues</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "audit", "org", "account", "calendar", "reception", "petition", "oversight", "document", "dialogue"})
package org.tiepdan.history;
