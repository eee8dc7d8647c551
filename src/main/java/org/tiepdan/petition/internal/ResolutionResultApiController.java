package org.tiepdan.petition.internal;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tiepdan.platform.DomainException;

/**
 * The results of a resolved complaint or denunciation over JSON (issue 21): money (VND) and land
 * (m²) to recover for the State or return to citizens, people whose rights were restored, people
 * disciplined, cases referred to the investigating body. A petition that is not a complaint or
 * denunciation the body resolves answers 409 {@code petition-results-not-resolvable}; one not yet
 * decided or concluded 409 {@code petition-results-not-resolved}; a negative figure 400 with its field.
 */
@RestController
@RequestMapping("/api/v1/petitions/{id}/results")
class ResolutionResultApiController {

    private final ResolutionResultService results;

    ResolutionResultApiController(ResolutionResultService results) {
        this.results = results;
    }

    record ResultsJson(Long moneyToState, Long moneyToCitizens, BigDecimal landToStateM2, BigDecimal landToCitizensM2,
            Integer peopleRightsRestored, Integer peopleDisciplined, Integer casesToInvestigation) {

        ResolutionResults toResults() {
            return new ResolutionResults(moneyToState, moneyToCitizens, landToStateM2, landToCitizensM2,
                    peopleRightsRestored, peopleDisciplined, casesToInvestigation);
        }

        static ResultsJson of(ResolutionResults r) {
            return new ResultsJson(r.moneyToState(), r.moneyToCitizens(), r.landToStateM2(), r.landToCitizensM2(),
                    r.peopleRightsRestored(), r.peopleDisciplined(), r.casesToInvestigation());
        }
    }

    @GetMapping
    @PreAuthorize("@petitionAccess.canRead(#id)")
    ResultsJson get(@PathVariable long id) {
        return results.find(id).map(ResultsJson::of)
                .orElseThrow(() -> DomainException.notFound("petition-results-not-found", id));
    }

    @PutMapping
    @PreAuthorize("@petitionAccess.canHandle(#id)")
    ResultsJson put(@PathVariable long id, @Valid @RequestBody ResultsJson request) {
        return ResultsJson.of(results.record(id, request.toResults()));
    }
}
