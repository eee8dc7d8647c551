package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.List;

import org.tiepdan.petition.Channel;
import org.tiepdan.petition.PetitionKind;

/**
 * A petition's intake data as typed or received, before it is registered: what every intake route
 * (the desk's form, the API, the public site, a transfer or split, the history import, the demo
 * data) hands to registration, which checks it ({@link SenderPolicy}, {@link Petition}'s
 * constructor) and numbers it. Its own type, not the aggregate's, because it is the input of many
 * callers and never stored as such. {@code declaredKind}: what the petition says it is ("Đơn tố
 * cáo"), before the handler classifies it; a declared denunciation is sealed on registration.
 */
record Intake(long unitId, Channel channel, LocalDate receivedOn, String senderBody, String dispatchNumber,
        LocalDate dispatchDate, Long receptionVisitId, String content, boolean anonymous, boolean copyMarker,
        boolean forwarded, int headcount, List<Petitioner> petitioners, PetitionKind declaredKind,
        Boolean newMatter) {

    Intake(long unitId, Channel channel, LocalDate receivedOn, String senderBody, String dispatchNumber,
            LocalDate dispatchDate, Long receptionVisitId, String content, boolean anonymous, boolean copyMarker,
            boolean forwarded, int headcount, List<Petitioner> petitioners, PetitionKind declaredKind) {
        this(unitId, channel, receivedOn, senderBody, dispatchNumber, dispatchDate, receptionVisitId, content,
                anonymous, copyMarker, forwarded, headcount, petitioners, declaredKind, null);
    }

    Intake(long unitId, Channel channel, LocalDate receivedOn, String senderBody, String dispatchNumber,
            LocalDate dispatchDate, Long receptionVisitId, String content, boolean anonymous, boolean copyMarker,
            boolean forwarded, int headcount, List<Petitioner> petitioners) {
        this(unitId, channel, receivedOn, senderBody, dispatchNumber, dispatchDate, receptionVisitId, content,
                anonymous, copyMarker, forwarded, headcount, petitioners, null, null);
    }

    /** Who sent it, checked on every live intake ({@link SenderPolicy#requireLive}). */
    void checkPeople() {
        SenderPolicy.requireLive(this);
    }

    Intake withPetitioners(List<Petitioner> people) {
        return new Intake(unitId, channel, receivedOn, senderBody, dispatchNumber, dispatchDate, receptionVisitId,
                content, anonymous, copyMarker, forwarded, headcount, people, declaredKind, newMatter);
    }

    /** The named petitioners (rows without a name are empty form lines). */
    List<Petitioner> named() {
        return petitioners == null ? List.of() : petitioners.stream().filter(p -> p.fullName() != null).toList();
    }

    Intake declared(PetitionKind kind) {
        return new Intake(unitId, channel, receivedOn, senderBody, dispatchNumber, dispatchDate, receptionVisitId,
                content, anonymous, copyMarker, forwarded, headcount, petitioners, kind, newMatter);
    }

    /** Old or new matter as recorded (null: not recorded). */
    Intake withNewMatter(Boolean value) {
        return new Intake(unitId, channel, receivedOn, senderBody, dispatchNumber, dispatchDate, receptionVisitId,
                content, anonymous, copyMarker, forwarded, headcount, petitioners, declaredKind, value);
    }
}
