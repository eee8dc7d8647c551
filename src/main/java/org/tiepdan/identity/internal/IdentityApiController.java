package org.tiepdan.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tiepdan.identity.IdentityPanels;
import org.tiepdan.identity.SubjectRef;

/**
 * Identity access over JSON: requests and decisions, and the explicit reveal (POST, audited, never
 * cached). Nothing else in the API carries a sealed identity. Key status and re-encryption for ADMIN
 * (ids and counts only, never key material).
 */
@RestController
@RequestMapping("/api/v1/identity")
class IdentityApiController {

    private final AccessService service;
    private final IdentityJobs jobs;
    private final KeyRing ring;

    IdentityApiController(AccessService service, IdentityJobs jobs, KeyRing ring) {
        this.service = service;
        this.jobs = jobs;
        this.ring = ring;
    }

    record RequestBodyIn(@NotBlank @Size(max = 32) String subjectType, @NotNull Long subjectId, @NotBlank @Size(max = 2000) String reason) {
    }

    record Decision(Integer hours, @Size(max = 2000) String note) {
    }

    record RequestView(long id, String subjectType, long subjectId, String label, String requestedBy, String reason,
            Instant requestedAt, String status, String decidedBy, Instant decidedAt, String note, Instant validUntil,
            int reveals) {
        static RequestView of(AccessService.RequestRow r) {
            return new RequestView(r.id(), r.subject().type(), r.subject().id(), r.label(), r.requestedBy(),
                    r.reason(), r.requestedAt(), r.status().name(), r.decidedBy(), r.decidedAt(), r.note(),
                    r.validUntil(), r.reveals());
        }
    }

    record PersonView(int position, String role, String pseudonym, String fullName, String idNumber, String address,
            String phone, String email, String relation, Integer relatedPosition) {
    }

    record ProtectionView(long id, int personPosition, String status, String kind, String decisionNumber,
            java.time.LocalDate decisionDate, String decidingBody, java.time.LocalDate from, java.time.LocalDate to,
            String note) {
    }

    record RevealView(String classification, long requestId, String subjectType, long subjectId, String label,
            Instant validUntil, List<PersonView> people, List<ProtectionView> protections,
            List<AccessService.FileRef> files) {
    }

    @PostMapping("/requests")
    @PreAuthorize("isAuthenticated()")
    @ResponseStatus(HttpStatus.CREATED)
    RequestView request(@Valid @RequestBody RequestBodyIn in) {
        return RequestView.of(service.row(service.request(new SubjectRef(in.subjectType(), in.subjectId()),
                in.reason())));
    }

    @GetMapping("/requests")
    @PreAuthorize("isAuthenticated()")
    Map<String, Object> requests() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mine", service.mine().stream().map(RequestView::of).toList());
        m.put("toDecide", service.decidesSomewhere() ? service.toDecide().stream().map(RequestView::of).toList()
                : List.of());
        return m;
    }

    @GetMapping("/requests/{id}")
    @PreAuthorize("isAuthenticated()")
    RequestView get(@PathVariable long id) {
        return RequestView.of(service.row(service.visible(id)));
    }

    @PostMapping("/requests/{id}/grant")
    @PreAuthorize("isAuthenticated()")
    RequestView grant(@PathVariable long id, @Valid @RequestBody Decision d) {
        return RequestView.of(service.row(service.grant(id, d.hours() == null ? null : Duration.ofHours(d.hours()),
                d.note())));
    }

    @PostMapping("/requests/{id}/refuse")
    @PreAuthorize("isAuthenticated()")
    RequestView refuse(@PathVariable long id, @Valid @RequestBody Decision d) {
        return RequestView.of(service.row(service.refuse(id, d.note())));
    }

    @PostMapping("/requests/{id}/withdraw")
    @PreAuthorize("isAuthenticated()")
    RequestView withdraw(@PathVariable long id) {
        return RequestView.of(service.row(service.withdraw(id)));
    }

    @PostMapping("/requests/{id}/revoke")
    @PreAuthorize("isAuthenticated()")
    RequestView revoke(@PathVariable long id) {
        return RequestView.of(service.row(service.revoke(id)));
    }

    /** The panel of a record as the current user sees it (pseudonyms, the state of their request). */
    @GetMapping("/subjects/{type}/{id}")
    @PreAuthorize("isAuthenticated()")
    IdentityPanels.Panel panel(@PathVariable String type, @PathVariable long id) {
        SubjectRef ref = new SubjectRef(type, id);
        service.describeReadable(ref);
        return service.panel(ref);
    }

    @PostMapping("/requests/{id}/reveal")
    @PreAuthorize("isAuthenticated()")
    RevealView reveal(@PathVariable long id, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store, max-age=0");
        AccessService.Revealed r = service.reveal(id);
        return new RevealView("MẬT", id, r.request().subject().type(), r.request().subject().id(), r.info().label(),
                r.request().validUntil(),
                r.people().stream().map(o -> new PersonView(o.sealed().position(), o.sealed().role().name(),
                        o.sealed().pseudonym(), o.person().fullName(), o.person().idNumber(), o.person().address(),
                        o.person().phone(), o.person().email(), o.person().relation(), o.relatedPosition())).toList(),
                r.protections().stream().map(p -> new ProtectionView(p.id(), p.personPosition(), p.status(),
                        p.protection().kind(), p.protection().decisionNumber(), p.protection().decisionDate(),
                        p.protection().decidingBody(), p.protection().from(), p.protection().to(),
                        p.protection().note())).toList(),
                r.files());
    }

    @GetMapping("/keys")
    @PreAuthorize("@access.hasRoleAt('ADMIN', null)")
    Map<String, Object> keys() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("primary", ring.primaryId());
        m.put("configured", ring.ids());
        m.put("source", ring.source().startsWith("TIEPDAN") ? ring.source() : "file");
        m.put("rowsByKey", jobs.countsByKey());
        return m;
    }

    @PostMapping("/reencrypt")
    @PreAuthorize("@access.hasRoleAt('ADMIN', null)")
    Map<String, Object> reencrypt() {
        Reencryptor.Result r = jobs.reencrypt();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("persons", r.persons());
        m.put("files", r.files());
        m.put("protections", r.protections());
        m.put("missingKeys", r.missingKeys());
        m.put("rowsByKey", jobs.countsByKey());
        return m;
    }
}
