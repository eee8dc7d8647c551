/**
 * The national database on complaints and denunciations (NĐ 55/2022/NĐ-CP): the documented,
 * versioned and still unvalidated mapping of our records to its Art. 6 data groups, the export,
 * the per-record sync status (an outbox filled by triggers in the records' own transactions) and the
 * sender, a replaceable transport run on one node at a time. See docs/national-db.md.
 */
package org.tiepdan.nationaldb;
