package org.tiepdan.plan.internal;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.tiepdan.plan.PlanLinkKind;

/** A record of another module that fulfils a task: its kind, id and the label shown. */
@Embeddable
public class TaskLink {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private PlanLinkKind kind;
    private long refId;
    private String label;

    protected TaskLink() {
    }

    TaskLink(PlanLinkKind kind, long refId, String label) {
        this.kind = kind;
        this.refId = refId;
        this.label = label;
    }

    public PlanLinkKind kind() {
        return kind;
    }

    public long refId() {
        return refId;
    }

    public String label() {
        return label;
    }

    boolean same(PlanLinkKind otherKind, long otherId) {
        return kind == otherKind && refId == otherId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaskLink l && l.kind == kind && l.refId == refId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, refId);
    }
}
