package org.tiepdan.oversight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiepdan.oversight.InspectionKind;
import org.tiepdan.oversight.InspectionMode;
import org.tiepdan.platform.DomainException;

/**
 * An inspection (kiểm tra) or supervision (giám sát) of heads: who inspected, whom, when, on which
 * decision and with which conclusion. Its heads are part of it; violations and recommendations
 * refer to it. Every change goes through {@link #revise} so that the same rules hold for the form,
 * the API and the demo data.
 */
@Entity
@Table(name = "inspection")
class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long unitId;
    @Enumerated(EnumType.STRING)
    private InspectionKind kind;
    @Enumerated(EnumType.STRING)
    private InspectionMode mode;
    private String topic;
    private String title;
    private LocalDate startedOn;
    private LocalDate endedOn;
    private Long decisionDocumentId;
    private Long conclusionDocumentId;
    private String findings;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_body", joinColumns = @JoinColumn(name = "inspection_id"))
    @Column(name = "unit_id")
    private Set<Long> bodies = new LinkedHashSet<>();

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<InspectionHead> heads = new ArrayList<>();

    protected Inspection() {
    }

    Inspection(long unitId, InspectionDetails details, List<InspectionDetails.HeadRow> heads) {
        this.unitId = unitId;
        revise(details);
        reviseHeads(heads, Set.of());
    }

    /** Replaces what the inspection says; the dates must be in order and a body inspected named. */
    void revise(InspectionDetails d) {
        if (d.kind() == null) {
            throw DomainException.invalid("inspection-kind-required", "kind");
        }
        if (d.mode() == null) {
            throw DomainException.invalid("inspection-mode-required", "mode");
        }
        String cleanTitle = Text.required(d.title(), "inspection-title-required", "title");
        if (d.startedOn() == null) {
            throw DomainException.invalid("inspection-date-required", "startedOn");
        }
        if (d.endedOn() != null && d.endedOn().isBefore(d.startedOn())) {
            throw DomainException.invalid("inspection-dates-order", "endedOn");
        }
        List<Long> newBodies = d.bodies() == null ? List.of() : d.bodies().stream().filter(b -> b != null).distinct().toList();
        if (newBodies.isEmpty()) {
            // Phụ lục 3 counts the bodies checked or supervised: an inspection without one counts nowhere.
            throw DomainException.invalid("inspection-body-required", "bodies");
        }
        this.kind = d.kind();
        this.mode = d.mode();
        this.topic = Text.clean(d.topic());
        this.title = cleanTitle;
        this.startedOn = d.startedOn();
        this.endedOn = d.endedOn();
        this.bodies.clear();
        this.bodies.addAll(newBodies);
        this.decisionDocumentId = d.decisionDocumentId();
        this.conclusionDocumentId = d.conclusionDocumentId();
        this.findings = Text.clean(d.findings());
    }

    /**
     * Keeps the heads of the rows (by id), adds the new ones and drops the others. A head with a
     * recorded violation cannot be dropped: Phụ lục 3 counts that person.
     */
    void reviseHeads(List<InspectionDetails.HeadRow> rows, Collection<Long> headsWithViolations) {
        List<InspectionDetails.HeadRow> kept = rows == null ? List.of()
                : rows.stream().filter(r -> !r.isBlank()).toList();
        Set<Long> keptIds = new LinkedHashSet<>();
        for (InspectionDetails.HeadRow r : kept) {
            Text.required(r.fullName(), "inspection-head-name-required", "heads");
            if (r.id() != null) {
                keptIds.add(r.id());
            }
        }
        for (InspectionHead h : heads) {
            if (h.id() != null && !keptIds.contains(h.id()) && headsWithViolations.contains(h.id())) {
                throw DomainException.invalid("inspection-head-has-violations", "heads", h.fullName());
            }
        }
        heads.removeIf(h -> !keptIds.contains(h.id()));
        for (InspectionDetails.HeadRow r : kept) {
            if (r.id() == null) {
                heads.add(new InspectionHead(this, r.fullName(), r.title(), r.unitId()));
            } else {
                head(r.id()).orElseThrow(() -> DomainException.invalid("violation-head-unknown", "heads"))
                        .revise(r.fullName(), r.title(), r.unitId());
            }
        }
    }

    Optional<InspectionHead> head(long headId) {
        return heads.stream().filter(h -> h.id() != null && h.id() == headId).findFirst();
    }

    Long id() {
        return id;
    }

    long unitId() {
        return unitId;
    }

    InspectionKind kind() {
        return kind;
    }

    InspectionMode mode() {
        return mode;
    }

    String topic() {
        return topic;
    }

    String title() {
        return title;
    }

    LocalDate startedOn() {
        return startedOn;
    }

    LocalDate endedOn() {
        return endedOn;
    }

    Long decisionDocumentId() {
        return decisionDocumentId;
    }

    Long conclusionDocumentId() {
        return conclusionDocumentId;
    }

    String findings() {
        return findings;
    }

    Set<Long> bodies() {
        return Set.copyOf(bodies);
    }

    List<InspectionHead> heads() {
        return List.copyOf(heads);
    }

    long version() {
        return version;
    }
}
