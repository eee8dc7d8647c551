package org.tiepdan.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiepdan.identity.IdentitySubjects;
import org.tiepdan.identity.Person;
import org.tiepdan.identity.PersonRole;
import org.tiepdan.identity.SubjectRef;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * The identity screens: the request form and the write-only forms (relatives, protection) posted
 * from a record's page, the custodians' queue, the explicit reveal (a page marked MẬT, never
 * cached), the originals and the redaction tool. Each handler is open to any signed-in user; the
 * service decides (scope, roles, grant) and audits.
 */
@Controller
class IdentityController {

    private final AccessService service;
    private final Subjects subjects;

    IdentityController(AccessService service, Subjects subjects) {
        this.service = service;
        this.subjects = subjects;
    }

    /** Only a path of this site: never an absolute or protocol-relative URL. */
    static String back(String returnTo) {
        return returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//") && !returnTo.contains("\\")
                ? returnTo : "/identity/requests";
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store, max-age=0");
        response.setHeader("Pragma", "no-cache");
    }

    @PostMapping("/identity/requests")
    @PreAuthorize("isAuthenticated()")
    String request(@RequestParam String subjectType, @RequestParam long subjectId, @RequestParam String reason,
            @RequestParam(required = false) String returnTo, RedirectAttributes redirect) {
        try {
            service.request(new SubjectRef(subjectType, subjectId), reason);
            redirect.addFlashAttribute("identitySuccess", "identity.request.sent");
        } catch (DomainException e) {
            redirect.addFlashAttribute("identityError", e.messageKey());
            redirect.addFlashAttribute("identityErrorArgs", e.args());
        }
        return "redirect:" + back(returnTo);
    }

    @GetMapping("/identity/requests")
    @PreAuthorize("isAuthenticated()")
    String queue(Model model, HttpServletResponse response) {
        noStore(response);
        model.addAttribute("toDecide", service.decidesSomewhere() ? service.toDecide() : java.util.List.of());
        model.addAttribute("decided", service.decidesSomewhere() ? service.decided(30) : java.util.List.of());
        model.addAttribute("mine", service.mine());
        model.addAttribute("decides", service.decidesSomewhere());
        model.addAttribute("maxHours", service.maxGrant().toHours());
        return "identity/requests";
    }

    @PostMapping("/identity/requests/{id}/grant")
    @PreAuthorize("isAuthenticated()")
    String grant(@PathVariable long id, @RequestParam(required = false) Integer hours,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return decide(redirect, () -> service.grant(id, hours == null ? null : Duration.ofHours(hours), note),
                "identity.request.granted");
    }

    @PostMapping("/identity/requests/{id}/refuse")
    @PreAuthorize("isAuthenticated()")
    String refuse(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return decide(redirect, () -> service.refuse(id, note), "identity.request.refused");
    }

    @PostMapping("/identity/requests/{id}/revoke")
    @PreAuthorize("isAuthenticated()")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        return decide(redirect, () -> service.revoke(id), "identity.request.revoked");
    }

    @PostMapping("/identity/requests/{id}/withdraw")
    @PreAuthorize("isAuthenticated()")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String returnTo,
            RedirectAttributes redirect) {
        try {
            service.withdraw(id);
            redirect.addFlashAttribute("identitySuccess", "identity.request.withdrawn");
        } catch (DomainException e) {
            redirect.addFlashAttribute("identityError", e.messageKey());
            redirect.addFlashAttribute("identityErrorArgs", e.args());
        }
        return "redirect:" + back(returnTo);
    }

    private String decide(RedirectAttributes redirect, Runnable action, String success) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (DomainException e) {
            redirect.addFlashAttribute("identityError", e.messageKey());
            redirect.addFlashAttribute("identityErrorArgs", e.args());
        }
        return "redirect:/identity/requests";
    }

    /** The explicit reveal: POST only (never prefetched or bookmarked), audited, not cached, marked MẬT. */
    @PostMapping("/identity/requests/{id}/reveal")
    @PreAuthorize("isAuthenticated()")
    String reveal(@PathVariable long id, Model model, HttpServletResponse response) {
        noStore(response);
        AccessService.Revealed r = service.reveal(id);
        model.addAttribute("r", r);
        model.addAttribute("validUntil", format(r.request().validUntil()));
        return "identity/revealed";
    }

    @PostMapping("/identity/requests/{id}/files/{fileId}")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> original(@PathVariable long id, @PathVariable long fileId) {
        Vault.OpenFile f = service.revealFile(id, fileId);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("MAT-" + f.meta().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(f.meta().contentType())).body(f.data());
    }

    @GetMapping("/identity/requests/{id}/files/{fileId}/redact")
    @PreAuthorize("isAuthenticated()")
    String redactForm(@PathVariable long id, @PathVariable long fileId, Model model, HttpServletResponse response) {
        noStore(response);
        AccessService.Revealed r = service.reveal(id);
        AccessService.FileRef file = r.files().stream().filter(f -> f.id() == fileId && f.image()).findFirst()
                .orElseThrow(() -> DomainException.invalid("identity-redact-not-image", "file"));
        model.addAttribute("requestId", id);
        model.addAttribute("file", file);
        model.addAttribute("label", r.info().label());
        return "identity/redact";
    }

    /** The original page image for the redaction tool; each load is an audited reveal. */
    @GetMapping("/identity/requests/{id}/files/{fileId}/image")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable long fileId) {
        Vault.OpenFile f = service.revealFile(id, fileId);
        if (!f.meta().contentType().equals("image/png") && !f.meta().contentType().equals("image/jpeg")) {
            throw DomainException.invalid("identity-redact-not-image", "file");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(f.meta().contentType())).body(f.data());
    }

    @PostMapping("/identity/requests/{id}/files/{fileId}/redact")
    @PreAuthorize("isAuthenticated()")
    String redact(@PathVariable long id, @PathVariable long fileId, @RequestParam(required = false) String rectangles,
            RedirectAttributes redirect) {
        String link = service.redact(id, fileId, rectangles);
        redirect.addFlashAttribute("success", "identity.redacted");
        return "redirect:" + back(link);
    }

    @PostMapping("/identity/relatives")
    @PreAuthorize("isAuthenticated()")
    String relative(@RequestParam String subjectType, @RequestParam long subjectId,
            @RequestParam(defaultValue = "1") int position, @RequestParam(required = false) String fullName,
            @RequestParam(required = false) String idNumber, @RequestParam(required = false) String address,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String relation,
            @RequestParam(required = false) String returnTo, RedirectAttributes redirect) {
        try {
            service.addRelative(new SubjectRef(subjectType, subjectId), position, new Person(PersonRole.RELATIVE,
                    clean(fullName), clean(idNumber), clean(address), clean(phone), null, clean(relation), null));
            redirect.addFlashAttribute("identitySuccess", "identity.relative.saved");
        } catch (DomainException e) {
            redirect.addFlashAttribute("identityError", e.messageKey());
            redirect.addFlashAttribute("identityErrorArgs", e.args());
        }
        return "redirect:" + back(returnTo);
    }

    @PostMapping("/identity/protections")
    @PreAuthorize("isAuthenticated()")
    String protection(@RequestParam String subjectType, @RequestParam long subjectId,
            @RequestParam(defaultValue = "1") int position, @RequestParam(defaultValue = "REQUESTED") String status,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String decisionNumber,
            @RequestParam(required = false) String decisionDate, @RequestParam(required = false) String decidingBody,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String note, @RequestParam(required = false) String returnTo,
            RedirectAttributes redirect) {
        try {
            // Dates are read here, not bound, so that a mistyped one comes back on the petition's page with
            // the panel's error instead of a bare 400 page (EveryFormTest).
            service.addProtection(new SubjectRef(subjectType, subjectId), position, status, new Vault.Protection(
                    clean(kind), clean(decisionNumber), date(decisionDate), clean(decidingBody), date(from), date(to),
                    clean(note)));
            redirect.addFlashAttribute("identitySuccess", "identity.protection.saved");
        } catch (DomainException e) {
            redirect.addFlashAttribute("identityError", e.messageKey());
            redirect.addFlashAttribute("identityErrorArgs", e.args());
        }
        return "redirect:" + back(returnTo);
    }

    /** A typed date (dd/MM/yyyy or ISO), null when blank; INVALID {@code identity-date-invalid} otherwise. */
    static LocalDate date(String typed) {
        String t = clean(typed);
        if (t == null) {
            return null;
        }
        try {
            return Dates.parse(t);
        } catch (java.time.DateTimeException e) {
            throw DomainException.invalid("identity-date-invalid", null, t);
        }
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String format(Instant i) {
        return i == null ? "" : Dates.DISPLAY_TIME.format(i.atZone(Dates.ZONE));
    }

    IdentitySubjects.SubjectInfo info(SubjectRef ref) {
        return subjects.describe(ref);
    }
}
