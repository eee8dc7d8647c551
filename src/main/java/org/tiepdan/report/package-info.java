/**
 * Reports computed from records: Phụ lục 1, 2, 3 of Quy định 11-QĐi/TW, the Biểu tổng hợp of
 * documents, the periodic report of reception and petition handling and the draft review report
 * (Đề cương). Every figure is a declared cell whose count and list of records come from the same
 * query of the module owning the records, asked through the one contract
 * {@code platform.FigureSource} that those modules implement (so this module depends on none of
 * them for figures); every figure links to its records; every report carries its cross-checks.
 * Served as web pages, JSON, .docx, .xlsx and PDF.
 *
 * <p>Allowed dependencies, each a decision (checked by {@code ModularityTest}; to add one, add it
 * here with its reason): {@code platform}: errors, dates, .docx/.xlsx/PDF, the figure sources;
 * {@code audit}: the register of reports sent and working sessions are audited; {@code identity}:
 * counts of protection measures only (never identities, so not a figure source whose records a
 * drill-down would list); {@code org}: reporting units, subtrees and letterheads; {@code account}:
 * {@code Access} and roles; {@code document}: the document register (Biểu tổng hợp), its
 * cross-checks, and the reports sent issued as documents; {@code home}: the reporter's windows card.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "platform", "audit", "org", "account", "document", "home", "identity"})
package org.tiepdan.report;
