package org.tiepdan.report.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tiepdan.platform.Dates;

/**
 * JSON API of the report duty (dates ISO yyyy-MM-dd): the register of reports sent and the working
 * sessions with the secretaries below, listed for a unit's subtree by day in a window (default: every
 * day up to today), and recorded by a reporter or head of the unit.
 */
@RestController
@RequestMapping("/api/v1/reports/duty")
class ReportDutyApiController {

    /** A report sent as the API shows it. */
    record SentView(long id, long unitId, String report, String preset, LocalDate from, LocalDate to,
            String recipient, String documentNumber, Long documentId, LocalDate sentOn, LocalDate dueOn,
            String dueBasis, Boolean onTime) {

        static SentView of(SentReport s) {
            return new SentView(s.id(), s.unitId(), s.reportCode(), s.preset(), s.window().from(), s.window().to(),
                    s.recipient(), s.documentNumber(), s.documentId(), s.sentOn(), s.dueOn(), s.dueBasis().name(),
                    s.onTime());
        }
    }

    /** A working session as the API shows it. */
    record MeetingView(long id, long unitId, long subordinateUnitId, String subordinateUnitName, LocalDate heldOn,
            String content, String conclusions) {

        static MeetingView of(SecretaryMeeting m) {
            return new MeetingView(m.id(), m.unitId(), m.subordinateUnitId(), m.subordinateName(), m.heldOn(),
                    m.content(), m.conclusions());
        }
    }

    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private final ReportDuty duty;
    private final java.time.Clock clock;

    ReportDutyApiController(ReportDuty duty, java.util.Optional<java.time.Clock> clock) {
        this.duty = duty;
        this.clock = clock.orElse(java.time.Clock.system(Dates.ZONE));
    }

    @GetMapping("/sent")
    @PreAuthorize("@reportAccess.canRead(#unit)")
    List<SentView> sent(@RequestParam Long unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ReportWindow w = ReportDutyController.window(from, to, Dates.today(clock));
        return duty.sent(unit, w.from(), w.to()).stream().map(SentView::of).toList();
    }

    @PostMapping("/sent")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@reportAccess.canRecord(#request.unitId())")
    Map<String, Long> recordSent(@RequestBody ReportDuty.SentRequest request) {
        return Map.of("id", duty.recordSent(request));
    }

    @GetMapping("/meetings")
    @PreAuthorize("@reportAccess.canRead(#unit)")
    List<MeetingView> meetings(@RequestParam Long unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ReportWindow w = ReportDutyController.window(from, to, Dates.today(clock));
        return duty.meetings(unit, w.from(), w.to()).stream().map(MeetingView::of).toList();
    }

    @PostMapping("/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@reportAccess.canRecord(#request.unitId())")
    Map<String, Long> recordMeeting(@RequestBody ReportDuty.MeetingRequest request) {
        return Map.of("id", duty.recordMeeting(request));
    }
}
