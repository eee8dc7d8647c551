/**
 * The append-only audit log ({@code AuditLog}, {@code AuditAction}): every change is recorded in the
 * transaction that makes it, secrets masked.
 *
 * <p>Allowed dependencies (checked by {@code ModularityTest}; a new one is a decision: add it here
 * with its reason, see docs/architecture.md):
 * <ul>
 *   <li>{@code platform}: dates and the pager of the audit screen</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package org.tiepdan.audit;
