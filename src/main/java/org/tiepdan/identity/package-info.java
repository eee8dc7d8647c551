/**
 * Sealed identities of denouncers and petitioners ({@code IdentityVault}, {@code IdentityPanels},
 * {@code IdentitySubjects}, {@code Person}, {@code SealedPerson}): reading one in clear takes a grant
 * and an audit row. See docs/security.md.
 *
 * <p>Allowed dependencies, each a decision (checked by {@code ModularityTest}; to add one, add it
 * here with its reason): {@code platform}: errors, dates, ID documents, demo data; {@code audit}:
 * every reveal is audited; {@code account}: grants, roles and two-factor checks; {@code home}: the
 * custodian's card of pending requests.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "platform", "audit", "account", "home"})
package org.tiepdan.identity;
