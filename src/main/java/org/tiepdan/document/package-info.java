/**
 * Issued documents and the document register ({@code IssuedDocuments}, {@code IssueCommand},
 * {@code RegisterFiles}, {@code DocumentHistory} for imports); the reports read Phụ lục 1's documents
 * through its {@code platform.FigureSource} named {@code document}. See docs/api-documents.md.
 *
 * <p>Allowed dependencies, each a decision (checked by {@code ModularityTest}; to add one, add it
 * here with its reason): {@code platform}: errors, dates, .docx/.xlsx, demo data, the figure source; {@code audit}:
 * issuing is audited; {@code org}: issuing unit, letterhead, holding body; {@code account}:
 * {@code Access} and unit pickers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "platform", "audit", "org", "account"})
package org.tiepdan.document;
