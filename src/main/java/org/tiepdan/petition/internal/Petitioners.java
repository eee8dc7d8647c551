package org.tiepdan.petition.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/**
 * The people who sent a petition, in order, and whether their identities are sealed in the identity
 * module: then the rows hold pseudonyms only ("Người tố cáo 1") and whether each is a representative.
 * Part of the aggregate (the {@code petitioner} rows and the {@code identity_sealed} column); its own
 * class because sealing is one change to all of them at once, which must never leave a real name
 * beside the mark. The mark is a NOT NULL column, so it always loads.
 */
@Embeddable
class Petitioners {

    /** The petitioners are sealed in the identity module; {@link #people} hold pseudonyms only. */
    @Column(name = "identity_sealed")
    private boolean identitySealed;

    @ElementCollection
    @CollectionTable(name = "petitioner", joinColumns = @JoinColumn(name = "petition_id"))
    @OrderColumn(name = "position")
    private List<Petitioner> people = new ArrayList<>();

    protected Petitioners() {
    }

    /** The people named on an intake; none for an anonymous petition. */
    static Petitioners of(Intake in) {
        Petitioners p = new Petitioners();
        p.people.addAll(in.anonymous() ? List.of() : in.named());
        return p;
    }

    /** Now sealed: each row becomes its pseudonym, keeping whether it is a representative. */
    void sealed(List<String> pseudonyms) {
        List<Petitioner> old = List.copyOf(people);
        people.clear();
        for (int i = 0; i < pseudonyms.size(); i++) {
            people.add(Petitioner.pseudonym(pseudonyms.get(i), i < old.size() && old.get(i).representative()));
        }
        this.identitySealed = true;
    }

    boolean identitySealed() { return identitySealed; }
    List<Petitioner> list() { return List.copyOf(people); }
}
