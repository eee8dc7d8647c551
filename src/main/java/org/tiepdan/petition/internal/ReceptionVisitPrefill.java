package org.tiepdan.petition.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tiepdan.petition.Channel;
import org.tiepdan.reception.ReceptionVisits;
import org.tiepdan.reception.VisitView;

/** A petition handed in at the front desk starts from what the reception officer already typed. */
@Component
class ReceptionVisitPrefill implements VisitPrefill {

    private final ReceptionVisits visits;

    ReceptionVisitPrefill(ReceptionVisits visits) {
        this.visits = visits;
    }

    @Override
    public Optional<Long> unitOf(long visitId) {
        return visits.find(visitId).map(VisitView::unitId);
    }

    @Override
    public Optional<PetitionForms.IntakeForm> prefill(long visitId) {
        return visits.find(visitId).map(ReceptionVisitPrefill::form);
    }

    @Override
    public void linked(long visitId, long petitionId, String registrationNumber) {
        visits.linkPetition(visitId, petitionId, registrationNumber);
    }

    @Override
    public void sealAsDenunciation(long visitId) {
        visits.sealAsDenunciation(visitId);
    }

    static PetitionForms.IntakeForm form(VisitView v) {
        PetitionForms.IntakeForm form = new PetitionForms.IntakeForm();
        form.setUnitId(v.unitId());
        form.setChannel(Channel.IN_PERSON);
        form.setReceivedOn(v.date());
        form.setReceptionVisitId(v.id());
        form.setContent(v.content());
        form.setHeadcount(v.delegation() ? v.headcount() : 1);
        if (v.denunciation()) {
            // The visit's identity is sealed: the petition copies it from the vault, not from this form.
            form.setDeclaredKind(org.tiepdan.petition.PetitionKind.DENUNCIATION);
        }
        List<PetitionForms.PetitionerForm> petitioners = new ArrayList<>();
        if (v.delegation() && !v.representatives().isEmpty()) {
            for (String name : v.representatives()) {
                PetitionForms.PetitionerForm p = new PetitionForms.PetitionerForm();
                p.setFullName(name);
                p.setRepresentative(true);
                petitioners.add(p);
            }
        } else {
            PetitionForms.PetitionerForm p = new PetitionForms.PetitionerForm();
            p.setFullName(v.citizenName());
            p.setIdKind(v.citizenIdKind());
            p.setIdNumber(v.citizenIdNumber());
            p.setAddress(v.hamlet() == null || v.hamlet().isBlank() ? v.address() : v.hamlet() + ", " + v.address());
            p.setPhone(v.phone());
            petitioners.add(p);
        }
        while (petitioners.size() < 3) {
            petitioners.add(new PetitionForms.PetitionerForm());
        }
        form.setPetitioners(petitioners);
        return form;
    }
}
