package org.tiepdan.reception.internal;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.IdDocumentKind;
import org.tiepdan.reception.SessionKind;

/**
 * The reception module over JSON: schedules, sessions with their hosts and visits, the logbook.
 * Each call goes through the same service methods as the screens, so the rules, their codes and
 * the sealing of a denouncer are the same (a delegation under 5 people answers 400
 * {@code reception-delegation-too-small} on {@code headcount}; a denunciation visit is sealed on
 * its first insert and answers with its pseudonym only). Every unit or record id taken from the
 * request is checked against the caller's subtree: by the rule on the method for the unit, session
 * or schedule it names, and inside the service for ids in the body (a host's body, the schedule,
 * the earlier visit of the same matter), which are refused like missing ones.
 */
@RestController
@RequestMapping("/api/v1/reception")
class ReceptionApiController {

    private final ReceptionService reception;
    private final ScheduleService schedules;
    private final ReceptionDocuments documents;
    private final Logbook logbook;
    private final OrgUnits units;
    private final Clock clock;

    ReceptionApiController(ReceptionService reception, ScheduleService schedules, ReceptionDocuments documents,
            Logbook logbook, OrgUnits units, Clock clock) {
        this.reception = reception;
        this.schedules = schedules;
        this.documents = documents;
        this.logbook = logbook;
        this.units = units;
        this.clock = clock;
    }

    // --- JSON shapes ---------------------------------------------------------------------------

    record ScheduleHostJson(Long hostUnitId, String hostRole, String personName) {
    }

    record SittingJson(LocalDate nominal, LocalDate date, String reason) {
    }

    record ScheduleJson(long id, long unitId, String title, String recurrence, List<Integer> daysOfMonth,
            DayOfWeek weekday, List<Integer> weeksOfMonth, String place, LocalTime startTime, LocalTime endTime,
            LocalDate validFrom, LocalDate validTo, boolean published, String note, List<ScheduleHostJson> hosts,
            List<SittingJson> upcoming) {
    }

    record HostJson(Long hostUnitId, String hostRole, HostCapacity capacity, String personName,
            String authorisationRef) {
    }

    /**
     * A visit as stored. Of a sealed visit ({@code sealed}: a denunciation) the name is the
     * pseudonym and every identity field is null: the identity lives only in the identity module.
     */
    record VisitJson(long id, long sessionId, long unitId, LocalDate date, boolean sealed, String citizenName,
            IdDocumentKind citizenIdKind, String citizenIdNumber, Long addressUnitId, String hamlet,
            String addressDetail, String phone, boolean delegation, int headcount, List<String> representatives,
            String content, String fieldCode, boolean complex, boolean prolonged, boolean degradationRelated,
            boolean mass, Outcome outcome, String handlingNote, String documentsReceived, String refusalGround,
            String refusalNoticeNumber, LocalDate refusalNoticeDate, Long matterOfVisitId, Long petitionId,
            String petitionNumber, MatterKind matterKind, Boolean newMatter, long version) {

        static VisitJson of(ReceptionVisit v) {
            return new VisitJson(v.id(), v.sessionId(), v.unitId(), v.date(), v.denunciation(), v.citizenName(),
                    v.citizenIdKind(), v.citizenIdNumber(), v.addressUnitId(), v.hamlet(), v.addressDetail(), v.phone(),
                    v.delegation(), v.headcount(), v.representatives(), v.content(), v.fieldCode(), v.complex(),
                    v.prolonged(), v.degradationRelated(), v.mass(), v.outcome(), v.handlingNote(),
                    v.documentsReceived(), v.refusalGround(), v.refusalNoticeNumber(), v.refusalNoticeDate(),
                    v.matterOfVisitId(), v.petitionId(), v.petitionNumber(), v.matterKind(), v.newMatter(),
                    v.version());
        }
    }

    record SessionJson(long id, long unitId, String unitName, SessionKind kind, LocalDate date, String place,
            Long scheduleId, String participants, boolean closed, List<HostJson> hosts, int people,
            List<VisitJson> visits, long version) {
    }

    record SessionRowJson(long id, LocalDate date, SessionKind kind, String place, String unitName, String hosts,
            boolean closed, int visits, int people) {
    }

    record LogbookJson(long unit, LocalDate from, LocalDate to, List<Logbook.Row> rows) {
    }

    // --- requests ------------------------------------------------------------------------------

    record HostRequest(Long hostUnitId, HostCapacity capacity, @Size(max = 255) String personName,
            @Size(max = 255) String authorisationRef) {
    }

    record SessionRequest(@NotNull Long unitId, @NotNull SessionKind kind, LocalDate date,
            @Size(max = 255) String place, Long scheduleId, @Size(max = 4000) String participants,
            List<@Valid HostRequest> hosts) {
    }

    /**
     * A visit as entered; {@code date} defaults to the session's day, {@code headcount} counts only
     * for a delegation, the refusal ground only for a refused visit (as on the screen).
     * {@code denunciation} (or {@code matterKind} DENUNCIATION): the citizen's identity is sealed
     * when the visit is saved. {@code newMatter}: true a new matter, false an old one.
     */
    record VisitRequest(LocalDate date, @Size(max = 255) String citizenName, @Size(max = 12) String citizenIdNumber,
            IdDocumentKind citizenIdKind, Long addressUnitId, @Size(max = 255) String hamlet,
            @Size(max = 500) String addressDetail, @Size(max = 20) String phone, Boolean delegation,
            Integer headcount, List<@Size(max = 255) String> representatives, @Size(max = 20000) String content,
            @Size(max = 32) String fieldCode, Boolean complex, Boolean prolonged, Boolean degradationRelated,
            Boolean mass, Outcome outcome, @Size(max = 4000) String handlingNote,
            @Size(max = 4000) String documentsReceived, @Size(max = 32) String refusalGround,
            @Size(max = 100) String refusalNoticeNumber, LocalDate refusalNoticeDate, Long matterOfVisitId,
            Boolean denunciation, MatterKind matterKind, Boolean newMatter) {

        VisitData data(LocalDate sessionDate) {
            boolean isDelegation = Boolean.TRUE.equals(delegation);
            return new VisitData(date != null ? date : sessionDate, citizenName, citizenIdNumber, addressUnitId,
                    hamlet, addressDetail, phone, isDelegation, isDelegation ? headcount : Integer.valueOf(1),
                    representatives == null ? List.of() : representatives, content, fieldCode,
                    Boolean.TRUE.equals(complex), Boolean.TRUE.equals(prolonged),
                    Boolean.TRUE.equals(degradationRelated), Boolean.TRUE.equals(mass), outcome, handlingNote,
                    documentsReceived, outcome == Outcome.REFUSED ? refusalGround : null, refusalNoticeNumber,
                    refusalNoticeDate, matterOfVisitId, Boolean.TRUE.equals(denunciation), citizenIdKind, matterKind,
                    newMatter);
        }
    }

    // --- schedules -----------------------------------------------------------------------------

    /**
     * The reception schedules of the unit and, for a territory, of the bodies directly under it
     * (the same list the front desk shows), each with its next sittings (moved off days off).
     */
    @GetMapping("/schedules")
    @PreAuthorize("@receptionAccess.canView(#unit)")
    List<ScheduleJson> schedules(@RequestParam Long unit) {
        var view = units.get(unit);
        List<Long> ids = new ArrayList<>();
        ids.add(unit);
        if (view.kind().isArea()) {
            units.children(unit).stream().filter(u -> !u.kind().isArea()).forEach(u -> ids.add(u.id()));
        }
        return schedules.forUnits(ids).stream().map(s -> new ScheduleJson(s.id(), s.unitId(), s.title(),
                s.recurrenceKind().name(), s.daysOfMonth(), s.weekday(), s.weeksOfMonth(), s.place(), s.startTime(),
                s.endTime(), s.validFrom(), s.validTo(), s.published(), s.note(),
                s.hosts().stream().map(h -> new ScheduleHostJson(h.hostUnitId(),
                        h.hostRole() == null ? null : h.hostRole().name(), h.personName())).toList(),
                schedules.upcoming(List.of(s), 4).stream().map(Map.Entry::getValue)
                        .map(x -> new SittingJson(x.nominal(), x.date(), x.reason())).toList()))
                .toList();
    }

    // --- sessions ------------------------------------------------------------------------------

    /** The sessions of the unit and its subtree in the window (default: this year up to today). */
    @GetMapping("/sessions")
    @PreAuthorize("@receptionAccess.canView(#unit)")
    List<SessionRowJson> sessions(@RequestParam Long unit, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        LocalDate today = Dates.today(clock);
        LocalDate start = from != null ? from : LocalDate.of(today.getYear(), 1, 1);
        LocalDate end = to != null ? to : today;
        if (end.isBefore(start)) {
            throw DomainException.invalid("reception-window-invalid", "to");
        }
        units.get(unit);
        return reception.sessionRows(unit, start, end).stream().map(r -> new SessionRowJson(r.id(), r.date(),
                r.kind(), r.place(), r.unitName(), r.hosts(), r.closed(), r.visits(), r.people())).toList();
    }

    @GetMapping("/sessions/{id}")
    @PreAuthorize("@receptionAccess.canViewSession(#id)")
    SessionJson session(@PathVariable long id) {
        return view(reception.session(id));
    }

    /** Opens a session: the same rules as the screen (a head or authorised deputy hosts a periodic one...). */
    @PostMapping("/sessions")
    @PreAuthorize("@receptionAccess.canRecord(#request.unitId())")
    ResponseEntity<SessionJson> openSession(@Valid @RequestBody SessionRequest request) {
        List<SessionHost> hosts = new ArrayList<>();
        if (request.hosts() != null) {
            for (HostRequest h : request.hosts()) {
                if (h == null || h.personName() == null || h.personName().isBlank()) {
                    continue;
                }
                HostCapacity capacity = h.capacity() == null ? HostCapacity.HEAD : h.capacity();
                HostRole role = null;
                if (h.hostUnitId() != null) {
                    // An unknown body answers like one of another territory (checked again by the service).
                    role = units.find(h.hostUnitId()).map(u -> HostRole.forKind(u.kind()))
                            .orElseThrow(() -> DomainException.invalid("reception-host-unit-unknown", "hostUnitId"));
                }
                hosts.add(new SessionHost(h.hostUnitId(), role, capacity, h.personName().strip(),
                        capacity == HostCapacity.DEPUTY && h.authorisationRef() != null
                                && !h.authorisationRef().isBlank() ? h.authorisationRef().strip() : null));
            }
        }
        ReceptionSession s = reception.openSession(new ReceptionService.SessionCommand(request.unitId(),
                request.kind(), request.date() != null ? request.date() : Dates.today(clock), request.place(),
                request.scheduleId(), hosts, request.participants()));
        return ResponseEntity.created(URI.create("/api/v1/reception/sessions/" + s.id())).body(view(s));
    }

    /** Records a visit in the session (a closed one only by its host or an administrator). */
    @PostMapping("/sessions/{id}/visits")
    @PreAuthorize("@receptionAccess.canRecordInSession(#id)")
    ResponseEntity<VisitJson> recordVisit(@PathVariable long id, @Valid @RequestBody VisitRequest request) {
        ReceptionSession s = reception.session(id);
        ReceptionVisit v = reception.recordVisit(id, request.data(s.date()));
        return ResponseEntity.created(URI.create("/api/v1/reception/visits/" + v.id())).body(VisitJson.of(v));
    }

    @GetMapping("/visits/{id}")
    @PreAuthorize("@receptionAccess.canViewVisit(#id)")
    VisitJson visit(@PathVariable long id) {
        return VisitJson.of(reception.visit(id));
    }

    // --- logbook -------------------------------------------------------------------------------

    /**
     * The Sổ tiếp công dân of the unit and its subtree: JSON rows, or with {@code format=xlsx|docx}
     * the same files as the screen. Sealed visits appear under their pseudonym.
     */
    @GetMapping("/logbook")
    @PreAuthorize("@receptionAccess.canView(#unit)")
    ResponseEntity<?> logbook(@RequestParam Long unit, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String format) {
        LocalDate today = Dates.today(clock);
        LocalDate start = from != null ? from : LocalDate.of(today.getYear(), 1, 1);
        LocalDate end = to != null ? to : today;
        units.get(unit);
        if (format == null || format.isBlank() || format.equals("json")) {
            return ResponseEntity.ok(new LogbookJson(unit, start, end, logbook.rows(unit, start, end)));
        }
        return switch (format) {
            case "xlsx" -> ReceptionController.file(documents.logbookXlsx(unit, start, end), "so-tiep-cong-dan.xlsx",
                    ReceptionDocuments.XLSX);
            case "docx" -> ReceptionController.file(documents.logbookDocx(unit, start, end), "so-tiep-cong-dan.docx",
                    ReceptionDocuments.DOCX);
            default -> throw DomainException.invalid("reception-format-invalid", "format");
        };
    }

    private SessionJson view(ReceptionSession s) {
        List<ReceptionVisit> visits = reception.visitsOf(s.id());
        return new SessionJson(s.id(), s.unitId(), units.get(s.unitId()).name(), s.kind(), s.date(), s.place(),
                s.scheduleId(), s.participants(), s.closed(),
                s.hosts().stream().map(h -> new HostJson(h.hostUnitId(),
                        h.hostRole() == null ? null : h.hostRole().name(), h.capacity(), h.personName(),
                        h.authorisationRef())).toList(),
                visits.stream().filter(v -> v.outcome() != Outcome.REFUSED).mapToInt(ReceptionVisit::headcount).sum(),
                visits.stream().map(VisitJson::of).toList(), s.version());
    }
}
