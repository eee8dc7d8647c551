package org.tiepdan.dialogue.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A body whose head hosts the dialogue, with the head's name when known. */
@Embeddable
class DialogueHost {

    @Column(name = "host_unit_id", nullable = false)
    private Long unitId;

    @Column(name = "person_name")
    private String personName;

    protected DialogueHost() {
    }

    DialogueHost(Long unitId, String personName) {
        this.unitId = unitId;
        this.personName = Texts.clean(personName);
    }

    public Long unitId() {
        return unitId;
    }

    public String personName() {
        return personName;
    }
}
