package org.tiepdan.petition.internal;

import java.math.BigDecimal;

import org.tiepdan.platform.DomainException;

/**
 * What the statistical tables ask of a resolved complaint or denunciation: money (VND) and land (m²)
 * to be recovered for the State or returned to citizens, people whose rights were restored, people
 * disciplined, cases referred to the investigating body. A missing figure is zero; none is negative.
 */
record ResolutionResults(Long moneyToState, Long moneyToCitizens, BigDecimal landToStateM2,
        BigDecimal landToCitizensM2, Integer peopleRightsRestored, Integer peopleDisciplined,
        Integer casesToInvestigation) {

    /** Every figure given, zero for those left out; a negative one is refused beside its field. */
    ResolutionResults checked() {
        return new ResolutionResults(count(moneyToState, "moneyToState"), count(moneyToCitizens, "moneyToCitizens"),
                area(landToStateM2, "landToStateM2"), area(landToCitizensM2, "landToCitizensM2"),
                people(peopleRightsRestored, "peopleRightsRestored"), people(peopleDisciplined, "peopleDisciplined"),
                people(casesToInvestigation, "casesToInvestigation"));
    }

    /**
     * Every figure's problem at once, each with its field (the screen shows them all beside their
     * fields; {@link #checked()} stops at the first, as the API answers one problem).
     */
    java.util.List<DomainException> problems() {
        java.util.List<DomainException> problems = new java.util.ArrayList<>();
        java.util.List<Runnable> checks = java.util.List.of(
                () -> count(moneyToState, "moneyToState"), () -> count(moneyToCitizens, "moneyToCitizens"),
                () -> area(landToStateM2, "landToStateM2"), () -> area(landToCitizensM2, "landToCitizensM2"),
                () -> people(peopleRightsRestored, "peopleRightsRestored"),
                () -> people(peopleDisciplined, "peopleDisciplined"),
                () -> people(casesToInvestigation, "casesToInvestigation"));
        for (Runnable check : checks) {
            try {
                check.run();
            } catch (DomainException e) {
                problems.add(e);
            }
        }
        return problems;
    }

    private static Long count(Long value, String field) {
        if (value != null && value < 0) {
            throw DomainException.invalid("petition-result-negative", field);
        }
        return value == null ? 0L : value;
    }

    private static Integer people(Integer value, String field) {
        if (value != null && value < 0) {
            throw DomainException.invalid("petition-result-negative", field);
        }
        return value == null ? 0 : value;
    }

    private static BigDecimal area(BigDecimal value, String field) {
        if (value != null && (value.signum() < 0 || value.scale() > 2
                || value.compareTo(new BigDecimal("999999999999.99")) > 0)) {
            throw DomainException.invalid(value.signum() < 0 ? "petition-result-negative" : "petition-result-area",
                    field);
        }
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2);
    }
}
