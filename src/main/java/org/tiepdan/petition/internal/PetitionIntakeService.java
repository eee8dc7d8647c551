package org.tiepdan.petition.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.PetitionIntake;
import org.tiepdan.platform.DomainException;

/** {@link PetitionIntake} over the same registration path as the front desk. */
@Service
class PetitionIntakeService implements PetitionIntake {

    /** Recorded as the actor of petitions that arrive with no official signed in. */
    static final String SYSTEM_ACTOR = "system";

    private final PetitionService petitions;
    private final OrgUnits units;
    private final HandedOver handedOver;

    PetitionIntakeService(PetitionService petitions, OrgUnits units, HandedOver handedOver) {
        this.petitions = petitions;
        this.units = units;
        this.handedOver = handedOver;
    }

    @Override
    @Transactional
    public Registered register(NewPetition petition) {
        Petition p = petitions.intake(intake(petition));
        handedOver.keep(p, petition, null);
        return registered(p);
    }

    @Override
    @Transactional
    public Registered registerUnattended(NewPetition petition) {
        OrgUnitView unit = units.find(petition.unitId())
                .filter(OrgUnitView::isOpen)
                .orElseThrow(() -> DomainException.invalid("petition-unit-required", "unitId"));
        Intake in = intake(petition);
        SenderPolicy.require(in, true);
        Petition p = petitions.register(in, SYSTEM_ACTOR, unit);
        handedOver.keep(p, petition, SYSTEM_ACTOR);
        return registered(p);
    }

    @Override
    public List<DomainException> refusals(Person sender, org.tiepdan.petition.PetitionKind declaredKind) {
        return SenderPolicy.refusals(petitioner(sender), declaredKind, true, "");
    }

    private static Petitioner petitioner(Person p) {
        return new Petitioner(p.fullName(), p.idKind(), p.idNumber(), p.address(), p.phone(), p.email(), false);
    }

    private static Intake intake(NewPetition in) {
        List<Petitioner> people = in.petitioners() == null ? List.of()
                : in.petitioners().stream().map(PetitionIntakeService::petitioner).toList();
        return new Intake(in.unitId(), in.channel(), in.receivedOn(), null, null, null, null, in.content(),
                in.anonymous(), false, false, in.headcount(), people, in.declaredKind());
    }

    private static Registered registered(Petition p) {
        return new Registered(p.id(), p.caseId(), p.registrationNumber(), p.trackingCode());
    }
}
