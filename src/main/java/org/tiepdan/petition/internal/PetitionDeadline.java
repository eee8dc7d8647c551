package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.tiepdan.calendar.Deadline;
import org.tiepdan.calendar.DeadlineVariant;

/**
 * The deadline of one step of a petition (a rule code), with every version the calendar module
 * produced: computed, extended, suspended, resumed. Active until the step is done ({@code metOn}).
 */
@Entity
@Table(name = "petition_deadline")
class PetitionDeadline {

    /** One stored version of the deadline. */
    @Embeddable
    static class Version {
        private int number;
        @Enumerated(EnumType.STRING)
        private Deadline.Change change;
        @Column(name = "on_date")
        private LocalDate onDate;
        private LocalDate due;
        private String explanation;
        private String reason;
        @Column(name = "extension_code")
        private String extensionCode;

        protected Version() {
        }

        Version(Deadline.Version v, String extensionCode) {
            this.number = v.number();
            this.change = v.change();
            this.onDate = v.on();
            this.due = v.due();
            this.explanation = v.explanation();
            this.reason = v.reason();
            this.extensionCode = extensionCode;
        }

        int number() {
            return number;
        }

        Deadline.Change change() {
            return change;
        }

        LocalDate onDate() {
            return onDate;
        }

        LocalDate due() {
            return due;
        }

        String explanation() {
            return explanation;
        }

        String reason() {
            return reason;
        }

        String extensionCode() {
            return extensionCode;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "petition_id")
    private Petition petition;
    private int position;
    @Column(name = "rule_code")
    private String ruleCode;
    @Enumerated(EnumType.STRING)
    private DeadlineVariant variant;
    @Column(name = "start_on")
    private LocalDate startOn;
    private LocalDate due;
    private boolean active;
    @Column(name = "met_on")
    private LocalDate metOn;
    /** The step (event position) that met this deadline, so that undoing that step reopens it. */
    @Column(name = "met_by_step")
    private Integer metByStep;
    /** The step (event position) that added this deadline, so that undoing that step removes it. */
    @Column(name = "added_by_step")
    private Integer addedByStep;
    private String explanation;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "petition_deadline_version", joinColumns = @JoinColumn(name = "deadline_id"))
    @OrderBy("number")
    private List<Version> versions = new ArrayList<>();

    protected PetitionDeadline() {
    }

    PetitionDeadline(Petition petition, int position, String ruleCode, DeadlineVariant variant, Deadline deadline,
            boolean active) {
        this.petition = petition;
        this.position = position;
        this.ruleCode = ruleCode;
        this.variant = variant;
        this.startOn = deadline.start();
        this.active = active;
        apply(deadline, null);
    }

    /** Takes the new version(s) of the deadline. */
    void apply(Deadline deadline, String extensionCode) {
        this.due = deadline.due();
        this.explanation = deadline.explanation();
        for (Deadline.Version v : deadline.history()) {
            if (v.number() > versions.size()) {
                versions.add(new Version(v, v.number() == deadline.version() ? extensionCode : null));
            }
        }
    }

    void meet(LocalDate on) {
        this.active = false;
        this.metOn = on;
    }

    /** Met by the step at {@code step} (its event's position). */
    void meet(LocalDate on, int step) {
        meet(on);
        this.metByStep = step;
    }

    /** The step that met it was undone: running again. */
    void reopen() {
        this.active = true;
        this.metOn = null;
        this.metByStep = null;
    }

    PetitionDeadline addedBy(int step) {
        this.addedByStep = step;
        return this;
    }

    Integer metByStep() {
        return metByStep;
    }

    Integer addedByStep() {
        return addedByStep;
    }

    boolean metLate() {
        return metOn != null && due != null && metOn.isAfter(due);
    }

    Long id() {
        return id;
    }

    String ruleCode() {
        return ruleCode;
    }

    DeadlineVariant variant() {
        return variant;
    }

    LocalDate startOn() {
        return startOn;
    }

    LocalDate due() {
        return due;
    }

    boolean active() {
        return active;
    }

    LocalDate metOn() {
        return metOn;
    }

    String explanation() {
        return explanation;
    }

    List<Version> versions() {
        return versions;
    }

    int extensions() {
        return (int) versions.stream().filter(v -> v.change() == Deadline.Change.EXTENDED).count();
    }
}
