package org.tiepdan.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoints that fail on purpose, to check the one error model end to end. */
final class ErrorProbeController {

    private ErrorProbeController() {
    }

    @Controller
    static class Page {
        @GetMapping("/test-probe/boom")
        @PreAuthorize("isAuthenticated()")
        String boom() {
            throw new IllegalStateException("secret internal detail 4242");
        }

        @GetMapping("/test-probe/conflict")
        @PreAuthorize("isAuthenticated()")
        @ResponseBody
        String conflict() {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException("OrgUnit", 1L);
        }
    }

    record Payload(@NotBlank String name) {
    }

    @RestController
    static class Api {
        @GetMapping("/api/v1/test-probe/boom")
        @PreAuthorize("isAuthenticated()")
        String boom() {
            throw new IllegalStateException("secret internal detail 4242");
        }

        @GetMapping("/api/v1/test-probe/param")
        @PreAuthorize("isAuthenticated()")
        String param(@RequestParam int days) {
            return String.valueOf(days);
        }

        @PostMapping("/api/v1/test-probe/body")
        @PreAuthorize("isAuthenticated()")
        String body(@Valid @RequestBody Payload payload) {
            return payload.name();
        }

        @GetMapping("/api/v1/test-probe/rule")
        @PreAuthorize("isAuthenticated()")
        String rule() {
            throw DomainException.conflict("stale-edit");
        }
    }
}
