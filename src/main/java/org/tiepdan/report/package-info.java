/**
 * Reports computed from records: Phụ lục 1, 2, 3 of Quy định 11-QĐi/TW, the Biểu tổng hợp of
 * documents, the periodic report of reception and petition handling and the draft review report
 * (Đề cương). Every figure is a declared cell whose count and list of records come from the same
 * query of the module owning the records; every figure links to its records; every report carries
 * its cross-checks. Served as web pages, JSON, .docx, .xlsx and PDF.
 *
 * <p>Allowed dependencies, each a decision (checked by {@code ModularityTest}; to add one, add it
 * here with its reason): {@code platform}: errors, dates, .docx/.xlsx/PDF; {@code audit}: the
 * register of reports sent and working sessions are audited; {@code identity}: counts of protection
 * measures only (never identities); {@code org}: reporting
 * units and letterheads; {@code account}: {@code Access} and roles; {@code reception}: reception
 * figures; {@code petition}: petition figures; {@code document}: the document register figures;
 * {@code oversight}: oversight figures; {@code dialogue}: dialogue figures; {@code home}: the
 * reporter's windows card.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "platform", "audit", "org", "account", "reception", "petition", "document", "oversight", "dialogue", "home",
        "identity"})
package org.tiepdan.report;
