package org.tiepdan.petition.internal;

import java.util.Set;

import org.tiepdan.account.Role;

/** Who takes a step, and the roles they hold at the petition's unit (or above it). */
record Actor(String username, Set<Role> roles) {

    boolean holdsAny(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }
}
