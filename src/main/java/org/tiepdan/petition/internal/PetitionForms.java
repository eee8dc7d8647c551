package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.Getter;
import lombok.Setter;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.Competence;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.DomainException;

/** The forms of the petition screens: JavaBeans for Spring's binding, their plain accessors written by Lombok. */
final class PetitionForms {

    private PetitionForms() {
    }

    /** Which inputs each step's form shows. */
    static final Map<Action, Set<String>> FIELDS = Map.ofEntries(
            Map.entry(Action.ACCEPT, Set.of("document")),
            Map.entry(Action.REFUSE, Set.of("document", "reason")),
            Map.entry(Action.TRANSFER, Set.of("document", "targetUnitId", "externalBody", "destinationCategory")),
            Map.entry(Action.GUIDE, Set.of("document", "externalBody", "destinationCategory")),
            Map.entry(Action.RETURN, Set.of("document", "reason")),
            Map.entry(Action.ARCHIVE, Set.of("archiveReason")),
            Map.entry(Action.DIRECT, Set.of("document", "directedBody", "expectedOn")),
            Map.entry(Action.RECORD_ANSWER, Set.of("document")),
            Map.entry(Action.DECIDE, Set.of("document", "complaintOutcome")),
            Map.entry(Action.SECOND_ROUND, Set.of("document", "superiorUnitId", "decisionReceivedOn")),
            Map.entry(Action.SKIP_DIALOGUE, Set.of()),
            Map.entry(Action.NOTIFY, Set.of("document")),
            Map.entry(Action.EXTEND, Set.of("document", "especiallyComplex")),
            Map.entry(Action.SUSPEND, Set.of("document")),
            Map.entry(Action.RESUME, Set.of("document")),
            Map.entry(Action.WITHDRAW, Set.of("document")),
            Map.entry(Action.TERMINATE, Set.of("document")),
            Map.entry(Action.CONCLUDE, Set.of("document", "denunciationOutcome")),
            Map.entry(Action.ASSIGN, Set.of("handler")),
            Map.entry(Action.ANSWER, Set.of("document")));

    /**
     * The choices a step's form leaves empty on purpose (no legal outcome or reason is preselected):
     * every missing one is reported at once, beside its field, before the step is tried.
     */
    static void requireChoices(Action action, ActionForm form, org.springframework.validation.BindingResult binding) {
        if (action == Action.ARCHIVE && form.getReason() == null && !binding.hasFieldErrors("reason")) {
            binding.rejectValue("reason", "petition.choose-required");
        }
        if (action.needsDocument && !binding.hasFieldErrors("documentNumber") && !binding.hasFieldErrors("documentDate")
                && (Texts.clean(form.getDocumentNumber()) == null || form.getDocumentDate() == null)) {
            binding.rejectValue("documentNumber", "error.petition-document-required",
                    new Object[] {Petition.label("petition.action." + action)}, null);
        }
        if ((action == Action.DECIDE || action == Action.CONCLUDE) && form.getOutcome() == null
                && !binding.hasFieldErrors("outcome")) {
            binding.rejectValue("outcome", "petition.choose-required");
        }
        // The category of the body outside: chosen, never defaulted; a catalogue unit's kind gives it
        // (PetitionService.act), so only a body named in words, or guidance, needs the choice.
        if ((action == Action.GUIDE || action == Action.TRANSFER && form.getTargetUnitId() == null)
                && form.getDestinationCategory() == null && !binding.hasFieldErrors("destinationCategory")) {
            binding.rejectValue("destinationCategory", "error.petition-destination-category-required");
        }
    }

    /** The classification's required choices, all reported at once (the domain stops at the first). */
    static void requireChoices(ClassifyForm form, org.springframework.validation.BindingResult binding) {
        if (form.getKind() == null && !binding.hasFieldErrors("kind")) {
            binding.rejectValue("kind", "petition.choose-required");
        }
        if (form.getCompetence() == null && !binding.hasFieldErrors("competence")) {
            binding.rejectValue("competence", "petition.choose-required");
        }
        if (!form.isEligible() && form.getIneligibility() == null && !binding.hasFieldErrors("ineligibility")) {
            binding.rejectValue("ineligibility", "error.petition-ineligibility-reason-required");
        }
    }

    /**
     * The intake's people checked by the same rules as the visit form, the public site and the API
     * (identity document by kind; {@link SenderPolicy}: contacts need a name, phone, e-mail), every
     * error at once beside its field; the domain checks them again on registration.
     */
    static void checkPeople(IntakeForm form, org.springframework.validation.BindingResult binding) {
        List<PetitionerForm> people = form.getPetitioners() == null ? List.of() : form.getPetitioners();
        for (int i = 0; i < people.size(); i++) {
            PetitionerForm p = people.get(i);
            if (p == null) {
                continue;
            }
            String at = "petitioners[" + i + "].";
            if (org.tiepdan.platform.IdDocument.normalise(p.getIdNumber()) != null
                    && org.tiepdan.platform.IdDocument.tryParse(p.getIdKind(), p.getIdNumber()).isEmpty()
                    && !binding.hasFieldErrors(at + "idNumber")) {
                binding.rejectValue(at + "idNumber", "error.petition-id-number-invalid");
            }
            Petitioner typed = new Petitioner(p.getFullName(), p.getIdNumber(), p.getAddress(), p.getPhone(),
                    p.getEmail(), false);
            for (DomainException refusal : SenderPolicy.refusals(typed, null, false, at)) {
                if (!binding.hasFieldErrors(refusal.field())) {
                    binding.rejectValue(refusal.field(), "error." + refusal.code());
                }
            }
        }
    }

    static Set<Reason> ineligibilityReasons() {
        return EnumSet.of(Reason.NO_SIGNATURE_OR_NAME, Reason.NOT_WRITTEN_IN_VIETNAMESE, Reason.TIME_LIMIT_EXPIRED,
                Reason.NO_LEGAL_CAPACITY, Reason.ALREADY_COURT, Reason.NOT_DIRECTLY_AFFECTED,
                Reason.ORIGINAL_DOCUMENTS, Reason.OTHER);
    }

    static Set<Reason> archiveReasons() {
        return EnumSet.of(Reason.ANONYMOUS, Reason.DUPLICATE, Reason.ALREADY_SETTLED, Reason.OTHER);
    }

    @Getter
    @Setter
    public static class PetitionerForm {
        private String fullName;
        private org.tiepdan.platform.IdDocumentKind idKind;
        private String idNumber;
        private String address;
        private String phone;
        private String email;
        private boolean representative;

        Petitioner toPetitioner() {
            return new Petitioner(fullName, idKind, idNumber, address, phone, email, representative);
        }
    }

    @Getter
    @Setter
    public static class IntakeForm {
        private Long unitId;
        private Channel channel = Channel.POST;
        private LocalDate receivedOn;
        private String senderBody;
        private String dispatchNumber;
        private LocalDate dispatchDate;
        private Long receptionVisitId;
        private String content;
        private boolean anonymous;
        private boolean copy;
        private boolean forwarded;
        private Integer headcount = 1;
        private PetitionKind declaredKind;
        /** Vụ việc mới phát sinh (true) or cũ (false); empty: not recorded. */
        private Boolean newMatter;
        private List<PetitionerForm> petitioners = new ArrayList<>(List.of(new PetitionerForm(), new PetitionerForm(),
                new PetitionerForm()));

        Intake toIntake() {
            return new Intake(unitId == null ? 0 : unitId, channel, receivedOn, senderBody, dispatchNumber,
                    dispatchDate, receptionVisitId, content, anonymous, copy, forwarded,
                    headcount == null ? 1 : headcount,
                    petitioners.stream().map(PetitionerForm::toPetitioner).toList(), declaredKind, newMatter);
        }
    }

    @Getter
    @Setter
    public static class ClassifyForm {
        private LocalDate on;
        private PetitionKind kind;
        private String field;
        private boolean eligible = true;
        private Reason ineligibility;
        private Competence competence;
        private boolean complex;
        private boolean prolonged;
        private boolean mass;
        private boolean degradationRelated;
        private boolean incited;
        private boolean remoteArea;

        Classification toClassification() {
            return new Classification(kind, field, eligible, ineligibility, competence, complex, prolonged, mass,
                    degradationRelated, incited, remoteArea);
        }
    }

    @Getter
    @Setter
    public static class ActionForm {
        private LocalDate on;
        private String documentNumber;
        private LocalDate documentDate;
        private Reason reason;
        private String note;
        private Outcome outcome;
        private Long targetUnitId;
        private String externalBody;
        private String directedBody;
        private LocalDate expectedOn;
        private String handler;
        private boolean especiallyComplex;
        private DestinationCategory destinationCategory;
        /** The screen's confirm step for a step that ends the case (not part of the API). */
        private boolean confirmed;

        private LocalDate decisionReceivedOn;

        Step toStep(LocalDate today) {
            return new Step(on == null ? today : on, documentNumber, documentDate, reason, note, outcome,
                    targetUnitId, externalBody, directedBody, expectedOn, handler, especiallyComplex,
                    decisionReceivedOn, destinationCategory);
        }
    }

    /** A head's undo of the last step: why (kept in the audit log). */
    @Getter
    @Setter
    public static class UndoForm {
        private String reason;
    }

    /**
     * The results of a resolved complaint or denunciation as typed on the petition's page (issue 21).
     * Text fields, so that whatever was typed comes back as typed: numbers are written the Vietnamese
     * way, '.' grouping thousands and ',' before the decimals of an area ("15.000.000", "1.250,5");
     * plain digits are taken too. A figure left empty is zero, as over the API.
     */
    @Getter
    @Setter
    public static class ResultsForm {
        static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)");
        static final java.util.regex.Pattern DECIMAL =
                java.util.regex.Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");

        private String moneyToState;
        private String moneyToCitizens;
        private String landToStateM2;
        private String landToCitizensM2;
        private String peopleRightsRestored;
        private String peopleDisciplined;
        private String casesToInvestigation;

        /** The form filled with recorded figures, written the way the form reads them. */
        static ResultsForm of(ResolutionResults r) {
            ResultsForm f = new ResultsForm();
            java.text.NumberFormat vi = java.text.NumberFormat.getInstance(java.util.Locale.forLanguageTag("vi"));
            vi.setMaximumFractionDigits(2);
            f.moneyToState = vi.format(r.moneyToState());
            f.moneyToCitizens = vi.format(r.moneyToCitizens());
            f.landToStateM2 = vi.format(r.landToStateM2());
            f.landToCitizensM2 = vi.format(r.landToCitizensM2());
            f.peopleRightsRestored = String.valueOf(r.peopleRightsRestored());
            f.peopleDisciplined = String.valueOf(r.peopleDisciplined());
            f.casesToInvestigation = String.valueOf(r.casesToInvestigation());
            return f;
        }

        /**
         * The figures; one that is not a number is rejected beside its field with
         * {@code error.petition-result-number} and left null here, so that the rules of the service
         * ({@link ResolutionResults#problems()}) still report the others at the same time.
         */
        ResolutionResults parse(org.springframework.validation.BindingResult binding) {
            Long ms = whole(moneyToState, "moneyToState", binding);
            Long mc = whole(moneyToCitizens, "moneyToCitizens", binding);
            java.math.BigDecimal ls = decimal(landToStateM2, "landToStateM2", binding);
            java.math.BigDecimal lc = decimal(landToCitizensM2, "landToCitizensM2", binding);
            Integer pr = count(peopleRightsRestored, "peopleRightsRestored", binding);
            Integer pd = count(peopleDisciplined, "peopleDisciplined", binding);
            Integer ci = count(casesToInvestigation, "casesToInvestigation", binding);
            return new ResolutionResults(ms, mc, ls, lc, pr, pd, ci);
        }

        private static String compact(String text) {
            return text == null ? "" : text.replaceAll("[\\s\u00a0]", "");
        }

        private static Long whole(String text, String field, org.springframework.validation.BindingResult binding) {
            String t = compact(text);
            if (t.isEmpty()) {
                return null;
            }
            if (!WHOLE.matcher(t).matches() || t.replace(".", "").replace("-", "").length() > 18) {
                binding.rejectValue(field, "error.petition-result-number");
                return null;
            }
            return Long.parseLong(t.replace(".", ""));
        }

        private static Integer count(String text, String field, org.springframework.validation.BindingResult binding) {
            Long value = whole(text, field, binding);
            if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
                binding.rejectValue(field, "error.petition-result-number");
                return null;
            }
            return value == null ? null : value.intValue();
        }

        private static java.math.BigDecimal decimal(String text, String field,
                org.springframework.validation.BindingResult binding) {
            String t = compact(text);
            if (t.isEmpty()) {
                return null;
            }
            if (!DECIMAL.matcher(t).matches() || t.length() > 24) {
                binding.rejectValue(field, "error.petition-result-number");
                return null;
            }
            return new java.math.BigDecimal(t.replace(".", "").replace(',', '.'));
        }
    }
}
