package org.tiepdan.org.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;

/** The units over JSON: search and read for any logged-in user, create and merge for administrators. */
@RestController
@RequestMapping("/api/v1/org-units")
class OrgUnitApiController {

    static final int LIMIT = 50;
    private final OrgUnits units;

    OrgUnitApiController(OrgUnits units) {
        this.units = units;
    }

    /** The API's view of a unit; the field names are the contract. */
    record ApiOrgUnit(long id, String name, OrgUnitKind kind, AdminTier tier, String code, Long parentId,
            LocalDate validFrom, LocalDate validTo) {

        static ApiOrgUnit of(OrgUnitView v) {
            return new ApiOrgUnit(v.id(), v.name(), v.kind(), v.tier(), v.code(), v.parentId(), v.validFrom(),
                    v.validTo());
        }
    }

    record CreateRequest(@NotBlank @Size(max = OrgUnit.NAME_MAX) String name, @NotNull OrgUnitKind kind,
            AdminTier tier, Long parentId, @Size(max = OrgUnit.CODE_MAX) String code, LocalDate validFrom) {
    }

    record MergeRequest(@NotEmpty List<Long> predecessorIds, @NotNull LocalDate effectiveOn,
            @Size(max = 2000) String note) {
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<ApiOrgUnit> search(@RequestParam(required = false) String q) {
        List<OrgUnitView> found = q == null || q.isBlank() ? units.topLevel() : units.search(q, LIMIT);
        return found.stream().limit(LIMIT).map(ApiOrgUnit::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    ApiOrgUnit get(@PathVariable long id) {
        return ApiOrgUnit.of(units.get(id));
    }

    @PostMapping
    @PreAuthorize("@access.hasRoleAt('ADMIN', #request.parentId())")
    ResponseEntity<ApiOrgUnit> create(@Valid @RequestBody CreateRequest request) {
        OrgUnitView created = units.create(new NewOrgUnit(request.name(), request.kind(), request.tier(),
                request.parentId(), request.code(), request.validFrom()));
        return ResponseEntity.created(URI.create("/api/v1/org-units/" + created.id())).body(ApiOrgUnit.of(created));
    }

    /** Merges the predecessors into the unit {@code id}; needs ADMIN above the successor and every predecessor. */
    @PostMapping("/{id}/merge")
    @PreAuthorize("@access.hasRoleAt('ADMIN', @orgUnitAccess.parentOf(#id)) and "
            + "@orgUnitAccess.parentsOf(#request.predecessorIds()).?[!@access.hasRoleAt('ADMIN', #this)].isEmpty()")
    ApiOrgUnit merge(@PathVariable long id, @Valid @RequestBody MergeRequest request) {
        return ApiOrgUnit.of(units.merge(request.predecessorIds(), id, request.effectiveOn(), request.note()));
    }
}
