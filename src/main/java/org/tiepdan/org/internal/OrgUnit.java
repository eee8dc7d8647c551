package org.tiepdan.org.internal;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * A territory or a body on the administrative map. Its methods keep the rules: a unit is valid
 * from one day to another (open while {@code validTo} is null), is closed once, sits under a
 * parent of the same or a higher tier, and never under itself.
 */
@Entity
@Table(name = "org_unit")
class OrgUnit {

    static final int NAME_MAX = 255;
    static final int CODE_MAX = 16;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrgUnitKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdminTier tier;

    @Column(nullable = false)
    private String name;

    private String code;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private OrgUnit successor;

    @Version
    private long version;

    protected OrgUnit() {
    }

    OrgUnit(String name, OrgUnitKind kind, AdminTier tier, OrgUnit parent, String code, LocalDate validFrom) {
        if (kind == null) {
            throw DomainException.invalid("org-kind-required", "kind");
        }
        if (validFrom == null) {
            throw DomainException.invalid("org-valid-from-required", "validFrom");
        }
        this.kind = kind;
        this.validFrom = validFrom;
        this.tier = tier != null ? tier : parent != null ? parent.tier() : AdminTier.PROVINCE;
        this.name = checkName(name);
        this.code = checkCode(code);
        if (parent != null) {
            checkParent(parent);
            if (parent.validTo() != null) {
                throw DomainException.invalid("org-parent-closed", "parentId", parent.name());
            }
        }
        this.parent = parent;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    OrgUnitKind kind() {
        return kind;
    }

    AdminTier tier() {
        return tier;
    }

    String code() {
        return code;
    }

    OrgUnit parent() {
        return parent;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }

    OrgUnit successor() {
        return successor;
    }

    long version() {
        return version;
    }

    boolean isOpen() {
        return validTo == null;
    }

    OrgUnitView view() {
        return new OrgUnitView(id, name, kind, tier, code, parent == null ? null : parent.id(), validFrom, validTo,
                successor == null ? null : successor.id());
    }

    void rename(String newName) {
        requireOpen();
        this.name = checkName(newName);
    }

    void changeCode(String newCode) {
        requireOpen();
        this.code = checkCode(newCode);
    }

    /** Moves the unit under another parent (null: top level). */
    void moveTo(OrgUnit newParent) {
        requireOpen();
        if (newParent != null) {
            checkParent(newParent);
            if (newParent.validTo() != null) {
                throw DomainException.invalid("org-parent-closed", "parentId", newParent.name());
            }
        }
        this.parent = newParent;
    }

    /**
     * Records that the unit existed earlier than first entered (a body entered on the day the
     * installation was set up had a history before it). Only moves the first day back: a later day
     * would leave records outside the unit's life.
     */
    void existedSince(LocalDate day) {
        if (day == null || !day.isBefore(validFrom)) {
            return;
        }
        if (parent != null && day.isBefore(parent.validFrom())) {
            throw DomainException.invalid("org-valid-from-before-parent", "validFrom", Dates.format(parent.validFrom()));
        }
        this.validFrom = day;
    }

    /** Closes the unit: {@code lastDay} is the last day it existed. */
    void close(LocalDate lastDay) {
        if (lastDay == null) {
            throw DomainException.invalid("org-valid-to-required", "validTo");
        }
        if (validTo != null) {
            throw DomainException.invalid("org-already-closed", "validTo", name, Dates.format(validTo));
        }
        if (lastDay.isBefore(validFrom)) {
            throw DomainException.invalid("org-valid-to-before-from", "validTo", Dates.format(validFrom));
        }
        this.validTo = lastDay;
    }

    /**
     * Merges this unit into the successor from {@code effectiveOn}: it closes the day before and
     * names its successor.
     */
    void mergeInto(OrgUnit target, LocalDate effectiveOn) {
        if (target == null) {
            throw DomainException.invalid("org-merge-successor-required", "successorId");
        }
        if (effectiveOn == null) {
            throw DomainException.invalid("org-merge-date-required", "effectiveOn");
        }
        if (Objects.equals(target.id(), id) || target == this) {
            throw DomainException.invalid("org-merge-self", "predecessorIds", name);
        }
        if (target.kind() != kind) {
            throw DomainException.invalid("org-merge-kind-mismatch", "predecessorIds", name);
        }
        if (target.validTo() != null) {
            throw DomainException.invalid("org-merge-successor-closed", "successorId", target.name());
        }
        for (OrgUnit p = target; p != null; p = p.parent()) {
            if (p == this || (id != null && id.equals(p.id()))) {
                throw DomainException.invalid("org-merge-into-descendant", "predecessorIds", name);
            }
        }
        if (validTo != null) {
            throw DomainException.invalid("org-already-closed", "predecessorIds", name, Dates.format(validTo));
        }
        LocalDate lastDay = effectiveOn.minusDays(1);
        if (lastDay.isBefore(validFrom)) {
            throw DomainException.invalid("org-merge-before-from", "effectiveOn", name, Dates.format(validFrom));
        }
        this.validTo = lastDay;
        this.successor = target;
    }

    private void checkParent(OrgUnit newParent) {
        if (newParent == this || (id != null && id.equals(newParent.id()))) {
            throw DomainException.invalid("org-parent-self", "parentId");
        }
        for (OrgUnit p = newParent.parent(); p != null; p = p.parent()) {
            if (p == this || (id != null && id.equals(p.id()))) {
                throw DomainException.invalid("org-parent-cycle", "parentId", newParent.name());
            }
        }
        if (tier.isAbove(newParent.tier())) {
            throw DomainException.invalid("org-tier-above-parent", "tier", newParent.name());
        }
        if (kind.isArea() && !newParent.kind().isArea()) {
            throw DomainException.invalid("org-area-under-body", "parentId", newParent.name());
        }
    }

    private void requireOpen() {
        if (validTo != null) {
            throw DomainException.invalid("org-closed-unchangeable", "name", name);
        }
    }

    private static String checkName(String value) {
        String trimmed = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (trimmed.isEmpty()) {
            throw DomainException.invalid("org-name-required", "name");
        }
        if (trimmed.length() > NAME_MAX) {
            throw DomainException.invalid("org-name-too-long", "name", NAME_MAX);
        }
        return trimmed;
    }

    private static String checkCode(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > CODE_MAX) {
            throw DomainException.invalid("org-code-too-long", "code", CODE_MAX);
        }
        return trimmed;
    }

    @Override
    public String toString() {
        return "OrgUnit[" + id + " " + name + "]";
    }
}
