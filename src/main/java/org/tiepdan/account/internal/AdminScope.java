package org.tiepdan.account.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tiepdan.account.Access;
import org.tiepdan.account.Role;
import org.tiepdan.audit.AuditScope;

/**
 * The reach of an administrator: an ADMIN held at a unit manages the accounts and reads the audit
 * rows of that unit's subtree only; only an installation-wide ADMIN (no unit) manages and reads
 * everything. An account is in reach when it has at least one role and every role it has is at a unit
 * where the administrator holds ADMIN: disabling or unlocking an account also acts on its roles
 * elsewhere, so a role outside the subtree puts the whole account out of reach. Used by method
 * security ({@code @adminScope.canManage(#id)}); an unknown id answers false like a foreign one.
 */
@Component("adminScope")
class AdminScope implements AuditScope {

    private static final String ADMIN = Role.ADMIN.name();

    private final Access access;
    private final UserAccountRepository accounts;

    AdminScope(Access access, UserAccountRepository accounts) {
        this.access = access;
        this.accounts = accounts;
    }

    public boolean canManage(Long accountId) {
        return accountId != null && accounts.findById(accountId).map(this::canManage).orElse(false);
    }

    boolean canManage(UserAccount account) {
        if (access.installationWide(ADMIN)) {
            return true;
        }
        return !account.grants().isEmpty() && account.grants().stream()
                .allMatch(g -> g.unitId() != null && access.hasRoleAt(ADMIN, g.unitId()));
    }

    /** The accounts in reach, by user name. */
    List<UserAccount> manageable() {
        return accounts.findAllByOrderByUsername().stream().filter(this::canManage).toList();
    }

    @Override
    public boolean readsEverything() {
        return access.installationWide(ADMIN);
    }

    @Override
    public List<Long> readableUnits() {
        return access.unitsWhere(ADMIN);
    }
}
