package org.tiepdan.reception.internal;

import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiepdan.identity.IdentitySubjects;
import org.tiepdan.identity.SubjectRef;
import org.tiepdan.platform.Dates;

/** Reception visits classified as denunciations, as the identity module sees them. */
@Component
class ReceptionIdentitySubjects implements IdentitySubjects {

    private final ReceptionVisitRepository visits;
    private final ReceptionAccess access;
    private final ReceptionService reception;
    private final MessageSource messages;

    ReceptionIdentitySubjects(ReceptionVisitRepository visits, ReceptionAccess access, ReceptionService reception,
            MessageSource messages) {
        this.visits = visits;
        this.access = access;
        this.reception = reception;
        this.messages = messages;
    }

    @Override
    public String type() {
        return SubjectRef.RECEPTION_VISIT;
    }

    @Override
    public Optional<SubjectInfo> describe(long id) {
        return visits.findById(id).map(v -> new SubjectInfo(v.unitId(),
                messages.getMessage("reception.visit.label", new Object[] {Dates.format(v.date()), v.id()},
                        Logbook.VI),
                "/reception/visits/" + v.id()));
    }

    @Override
    public boolean canRead(long id) {
        return access.canViewVisit(id);
    }

    @Override
    public int sealPlainDenunciations() {
        return reception.sealPlainDenunciations();
    }
}
