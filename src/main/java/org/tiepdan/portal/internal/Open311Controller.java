package org.tiepdan.portal.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tiepdan.platform.ClientAddress;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * Open311 GeoReport v2 (JSON only) for feedback on public services: services, requests and one
 * request. Field names and the error shape ({@code [{"code", "description"}]}) are GeoReport's, so
 * that existing clients work. GET answers carry no content and no personal data; a new request's
 * tracking code is given only in the answer to its POST. See docs/api-open311.md.
 */
@RestController
@RequestMapping(path = "/open311/v2", produces = "application/json")
class Open311Controller {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Open311Service service;
    private final RateLimiter limiter;
    private final ClientAddress clients;
    private final PortalProperties properties;
    private final MessageSource messages;

    Open311Controller(Open311Service service, RateLimiter limiter, ClientAddress clients, PortalProperties properties,
            MessageSource messages) {
        this.service = service;
        this.limiter = limiter;
        this.clients = clients;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/services.json")
    @PreAuthorize("permitAll()")
    List<Map<String, Object>> services() {
        return Open311Service.SERVICES.stream().map(k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service_code", k.name());
            m.put("service_name", text("petition.kind." + k));
            m.put("description", text("portal.kind.help." + k));
            m.put("metadata", false);
            m.put("type", "realtime");
            m.put("keywords", text("portal.open311.keywords." + k));
            m.put("group", text("portal.open311.group"));
            return m;
        }).toList();
    }

    @GetMapping("/requests.json")
    @PreAuthorize("permitAll()")
    ResponseEntity<?> requests(@RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(required = false) String status, HttpServletRequest request) {
        if (!limiter.tryAcquire("open311-read", clients.of(request), properties.lookupLimit(),
                properties.lookupWindow())) {
            return error(HttpStatus.TOO_MANY_REQUESTS, text("portal.tracking.limited"));
        }
        return ResponseEntity.ok(service.list(serviceCode, status, 200).stream().map(this::json).toList());
    }

    @GetMapping("/requests/{id}.json")
    @PreAuthorize("permitAll()")
    ResponseEntity<?> request(@PathVariable long id, HttpServletRequest request) {
        if (!limiter.tryAcquire("open311-read", clients.of(request), properties.lookupLimit(),
                properties.lookupWindow())) {
            return error(HttpStatus.TOO_MANY_REQUESTS, text("portal.tracking.limited"));
        }
        return service.get(id).<ResponseEntity<?>>map(r -> ResponseEntity.ok(List.of(json(r))))
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, text("error.portal-open311-not-found")));
    }

    @PostMapping("/requests.json")
    @PreAuthorize("permitAll()")
    ResponseEntity<?> create(@RequestParam(name = "jurisdiction_id", required = false) Long jurisdictionId,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(required = false) String description,
            @RequestParam(name = "first_name", required = false) String firstName,
            @RequestParam(name = "last_name", required = false) String lastName,
            @RequestParam(required = false) String email, @RequestParam(required = false) String phone,
            @RequestParam(name = "address_string", required = false) String addressString,
            @RequestParam(required = false) String lat, @RequestParam(name = "long", required = false) String lon,
            HttpServletRequest request) {
        if (!limiter.tryAcquire("submit", clients.of(request), properties.submissionLimit(),
                properties.submissionWindow())) {
            return error(HttpStatus.TOO_MANY_REQUESTS, text("error.portal-rate-limited"));
        }
        Open311Service.Created created = service.create(new Open311Service.NewRequest(jurisdictionId, serviceCode,
                description, firstName, lastName, email, phone, addressString, lat, lon));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", String.valueOf(created.id()));
        m.put("service_notice", text("portal.open311.notice", created.trackingCode()));
        m.put("account_id", null);
        // Not in GeoReport: the citizen's key to the tracking page, given once, to the poster only.
        m.put("tracking_code", created.trackingCode());
        return ResponseEntity.status(HttpStatus.CREATED).body(List.of(m));
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<?> invalid(DomainException e) {
        HttpStatus status = e.kind() == DomainException.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        String field = e.field() == null ? "" : e.field() + ": ";
        return error(status, field + messages.getMessage(e.messageKey(), e.args(), VI));
    }

    private Map<String, Object> json(Open311Service.Request r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", String.valueOf(r.id()));
        m.put("status", Open311Service.status(r));
        m.put("status_notes", text("portal.stage." + r.view().stage()));
        PetitionKind kind = r.view().kind() != null ? r.view().kind() : r.service();
        m.put("service_name", text("petition.kind." + kind));
        m.put("service_code", kind.name());
        m.put("agency_responsible", r.view().unitName());
        m.put("requested_datetime", OffsetDateTime.ofInstant(r.requestedAt(), Dates.ZONE).toString());
        m.put("updated_datetime", start(r.view().stageSince()));
        m.put("expected_datetime", r.view().nextDue() == null ? null : start(r.view().nextDue()));
        return m;
    }

    private static String start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Dates.ZONE).toOffsetDateTime().toString();
    }

    private ResponseEntity<List<Map<String, Object>>> error(HttpStatus status, String description) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", status.value());
        m.put("description", description);
        return ResponseEntity.status(status).body(List.of(m));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
