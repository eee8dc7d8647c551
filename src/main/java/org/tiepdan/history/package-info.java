/**
 * The import of past years from spreadsheets and JSON bundles, each record handed to its module's
 * {@code *History} port. See docs/import.md.
 *
 * <p>Allowed dependencies, each a decision (checked by {@code ModularityTest}; to add one, add it
 * here with its reason): {@code platform}: errors, dates, ID documents, .xlsx, demo data;
 * {@code audit}: imports are audited; {@code org}: units named in the files; {@code account}:
 * {@code Access} and the importing user; {@code calendar}: deadlines of imported records;
 * {@code reception}: imported sessions and visits; {@code petition}: imported petitions;
 * {@code oversight}: imported inspections; {@code document}: imported documents; {@code dialogue}:
 * imported dialogues.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "platform", "audit", "org", "account", "calendar", "reception", "petition", "oversight", "document", "dialogue"})
package org.tiepdan.history;
