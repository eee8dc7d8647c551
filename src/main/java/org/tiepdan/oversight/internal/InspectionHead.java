package org.tiepdan.oversight.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A head concerned by an inspection (người đứng đầu). The same person across inspections is
 * recognised by folded name and unit when Phụ lục 3 counts heads.
 */
@Entity
@Table(name = "inspection_head")
class InspectionHead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id")
    private Inspection inspection;
    private String fullName;
    private String title;
    private Long unitId;

    protected InspectionHead() {
    }

    InspectionHead(Inspection inspection, String fullName, String title, Long unitId) {
        this.inspection = inspection;
        revise(fullName, title, unitId);
    }

    void revise(String newName, String newTitle, Long newUnitId) {
        this.fullName = Text.required(newName, "inspection-head-name-required", "heads");
        this.title = Text.clean(newTitle);
        this.unitId = newUnitId;
    }

    Long id() {
        return id;
    }

    String fullName() {
        return fullName;
    }

    String title() {
        return title;
    }

    Long unitId() {
        return unitId;
    }
}
