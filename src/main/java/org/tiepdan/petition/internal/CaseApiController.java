package org.tiepdan.petition.internal;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.PetitionFigures;

/** Cases over JSON: search, a case with its petitions, linking a petition into a case, the report figures. */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApiController {

    private final PetitionService service;
    private final PetitionQueries queries;
    private final PetitionAccess access;
    private final OrgUnits units;
    private final PetitionFigures figures;

    CaseApiController(PetitionService service, PetitionQueries queries, PetitionAccess access, OrgUnits units,
            PetitionFigures figures) {
        this.service = service;
        this.queries = queries;
        this.access = access;
        this.units = units;
        this.figures = figures;
    }

    @GetMapping
    @PreAuthorize("@petitionAccess.readsSomewhere()")
    List<Map<String, Object>> search(@RequestParam(required = false) String q) {
        return queries.cases(q, access.visibleUnits(), 100);
    }

    @GetMapping("/{id}")
    @PreAuthorize("@petitionAccess.canReadCase(#id)")
    PetitionViews.CaseView get(@PathVariable long id) {
        PetitionCase c = service.getCase(id);
        return PetitionViews.CaseView.of(c, units.get(c.unitId()).name(),
                service.petitionsOfCase(id).stream().map(Petition::id).toList());
    }

    /** Moves the petition into this case (same unit); a settled case is reopened. */
    @PostMapping("/{id}/petitions/{petitionId}")
    @PreAuthorize("@petitionAccess.canHandleCase(#id) and @petitionAccess.canHandle(#petitionId)")
    PetitionViews.CaseView link(@PathVariable long id, @PathVariable long petitionId) {
        service.linkToCase(petitionId, id);
        return get(id);
    }

    /** Phụ lục 2 rows 6–9 and the on-time share for a unit's subtree and a window. */
    @GetMapping("/figures")
    @PreAuthorize("@access.hasRoleAt('REPORTER', #unitId) or @access.hasRoleAt('HEAD', #unitId) "
            + "or @access.hasRoleAt('ADMIN', #unitId)")
    Map<String, Object> figures(@RequestParam Long unitId, @RequestParam java.time.LocalDate from,
            @RequestParam java.time.LocalDate to) {
        var share = figures.onTimeShare(unitId, from, to);
        return Map.of("figures", figures.appendix2(unitId, from, to), "onTime",
                Map.of("settled", share.settled().size(), "onTime", share.onTime().size(),
                        "percent", share.percent() == null ? "" : share.percent()));
    }
}
