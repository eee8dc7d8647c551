package org.tiepdan.org;

/** An edit of a unit: its name, code and parent (null parent: top level). */
public record OrgUnitChange(String name, String code, Long parentId) {
}
