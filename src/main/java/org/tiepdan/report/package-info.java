/**
 * Reports computed from records: Phụ lục 1, 2, 3 of Quy định 11-QĐi/TW, the Biểu tổng hợp of
 * documents, the periodic report of reception and petition handling and the draft review report
 * (Đề cương). Every figure is a declared cell whose count and list of records come from the same
 * query of the module owning the records; every figure links to its records; every report carries
 * its cross-checks. Served as web pages, JSON, .docx, .xlsx and PDF.
 */
package org.tiepdan.report;
