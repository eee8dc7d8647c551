package org.tiepdan.account.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tiepdan.account.TiepdanUser;

/**
 * The signed-in user's own personal access tokens (docs/api.md). Every call concerns the caller's
 * tokens only, so the rule is a login and the scope is the owner, checked in {@link ApiTokenService}.
 */
@RestController
@RequestMapping("/api/v1/me/tokens")
class ApiTokenController {

    private final ApiTokenService tokens;

    ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    record CreateRequest(String name, LocalDate expiresOn) {
    }

    /** 201 with the token, shown this once; not cached anywhere on the way. */
    @PostMapping
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<ApiTokenService.Created> create(@AuthenticationPrincipal TiepdanUser user,
            @RequestBody CreateRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(tokens.create(user, request.name(), request.expiresOn()));
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<ApiTokenService.Listed> list(@AuthenticationPrincipal TiepdanUser user) {
        return tokens.list(user);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal TiepdanUser user, @PathVariable long id) {
        tokens.revoke(user, id);
    }
}
