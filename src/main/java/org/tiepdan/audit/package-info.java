/**
 * The append-only audit log ({@code AuditLog}, {@code AuditAction}): every change is recorded in the
 * transaction that makes it, secrets masked.
 *
 * <p>Allowed dependencies, each a decision (checked by {@code ModularityTest}; to add one, add it
 * here with its reason): {@code platform}: dates and the pager of the audit screen.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package org.tiepdan.audit;
