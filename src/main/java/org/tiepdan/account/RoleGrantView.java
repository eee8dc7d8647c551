package org.tiepdan.account;

import java.io.Serializable;

/** A role held at a unit; a null unit means the whole installation. */
public record RoleGrantView(Role role, Long unitId) implements Serializable {
}
