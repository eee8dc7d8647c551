package org.tiepdan.oversight.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiepdan.oversight.OutreachKind;
import org.tiepdan.platform.DomainException;

/**
 * A conference, training or dissemination event (hội nghị, tập huấn, tuyên truyền) already held:
 * Phụ lục 1 counts it, sums its participants and materials, and lists the documents issued for it.
 */
@Entity
@Table(name = "outreach_event")
class OutreachEvent {

    /** What a form or the API says about an event. */
    record Data(OutreachKind kind, LocalDate heldOn, String title, String topic, Integer participants,
            Integer materials, List<Long> documentIds) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long unitId;
    @Enumerated(EnumType.STRING)
    private OutreachKind kind;
    private LocalDate heldOn;
    private String title;
    private String topic;
    private int participants;
    private int materials;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outreach_event_document", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "document_id")
    private Set<Long> documentIds = new LinkedHashSet<>();

    protected OutreachEvent() {
    }

    OutreachEvent(long unitId, Data data, LocalDate today) {
        this.unitId = unitId;
        revise(data, today);
    }

    void revise(Data d, LocalDate today) {
        if (d.kind() == null) {
            throw DomainException.invalid("outreach-kind-required", "kind");
        }
        String cleanTitle = Text.required(d.title(), "outreach-title-required", "title");
        if (d.heldOn() == null) {
            throw DomainException.invalid("outreach-date-required", "heldOn");
        }
        if (d.heldOn().isAfter(today)) {
            // Phụ lục 1 counts events held; a planned one is a task of the work plan.
            throw DomainException.invalid("outreach-date-future", "heldOn");
        }
        int p = d.participants() == null ? 0 : d.participants();
        int m = d.materials() == null ? 0 : d.materials();
        if (p < 0) {
            throw DomainException.invalid("outreach-count-negative", "participants");
        }
        if (m < 0) {
            throw DomainException.invalid("outreach-count-negative", "materials");
        }
        this.kind = d.kind();
        this.heldOn = d.heldOn();
        this.title = cleanTitle;
        this.topic = Text.clean(d.topic());
        this.participants = p;
        this.materials = m;
        this.documentIds.clear();
        if (d.documentIds() != null) {
            d.documentIds().stream().filter(x -> x != null).forEach(documentIds::add);
        }
    }

    Long id() {
        return id;
    }

    long unitId() {
        return unitId;
    }

    OutreachKind kind() {
        return kind;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    String title() {
        return title;
    }

    String topic() {
        return topic;
    }

    int participants() {
        return participants;
    }

    int materials() {
        return materials;
    }

    Set<Long> documentIds() {
        return Set.copyOf(documentIds);
    }

    long version() {
        return version;
    }
}
