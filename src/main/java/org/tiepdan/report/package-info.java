/**
 * Reports computed from records: Phụ lục 1, 2, 3 of Quy định 11-QĐi/TW, the Biểu tổng hợp of
 * documents, the periodic report of reception and petition handling and the draft review report
 * (Đề cương). Every figure is a declared cell whose count and list of records come from the same
 * query of the module owning the records; every figure links to its records; every report carries
 * its cross-checks. Served as web pages, JSON, .docx, .xlsx and PDF.
 *
 * <p>Allowed dependencies (checked by {@code ModularityTest}; a new one is a decision: add it here
 * with its reason, see docs/architecture.md):
 * <ul>
 *   <li>{@code platform}: errors, dates, .docx/.xlsx/PDF</li>
 *   <li>{@code org}: reporting units and letterheads</li>
 *   <li>{@code account}: {@code Access} and roles</li>
 *   <li>{@code reception}: reception figures</li>
 *   <li>{@code petition}: petition figures</li>
 *   <li>{@code document}: the document register figures</li>
 *   <li>{@code oversight}: oversight figures</li>
 *   <li>{@code dialogue}: dialogue figures</li>
 *   <li>{@code home}: the reporter's windows card</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "org", "account", "reception", "petition", "document", "oversight", "dialogue", "home"})
package org.tiepdan.report;
