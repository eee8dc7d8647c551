/**
 * Issued documents and the document register ({@code IssuedDocuments}, {@code IssueCommand},
 * {@code RegisterFiles}, {@code DocumentHistory} for imports). See docs/api-documents.md.
 *
 * <p>Allowed dependencies (checked by {@code ModularityTest}; a new one is a decision: add it here
 * with its reason, see docs/architecture.md):
 * <ul>
 *   <li>{@code platform}: errors, dates, .docx/.xlsx, demo data</li>
 *   <li>{@code audit}: issuing is audited</li>
 *   <li>{@code org}: issuing unit, letterhead, holding body</li>
 *   <li>{@code account}: {@code Access} and unit pickers</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "audit", "org", "account"})
package org.tiepdan.document;
