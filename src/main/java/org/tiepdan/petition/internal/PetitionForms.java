package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tiepdan.petition.Channel;
import org.tiepdan.petition.Competence;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.DomainException;

/** The forms of the petition screens (JavaBeans for Spring's binding). */
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

        public org.tiepdan.platform.IdDocumentKind getIdKind() {
            return idKind;
        }

        public void setIdKind(org.tiepdan.platform.IdDocumentKind idKind) {
            this.idKind = idKind;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public String getIdNumber() {
            return idNumber;
        }

        public void setIdNumber(String idNumber) {
            this.idNumber = idNumber;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public boolean isRepresentative() {
            return representative;
        }

        public void setRepresentative(boolean representative) {
            this.representative = representative;
        }
    }

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

        public Boolean getNewMatter() {
            return newMatter;
        }

        public void setNewMatter(Boolean newMatter) {
            this.newMatter = newMatter;
        }

        public PetitionKind getDeclaredKind() {
            return declaredKind;
        }

        public void setDeclaredKind(PetitionKind declaredKind) {
            this.declaredKind = declaredKind;
        }

        public Long getUnitId() {
            return unitId;
        }

        public void setUnitId(Long unitId) {
            this.unitId = unitId;
        }

        public Channel getChannel() {
            return channel;
        }

        public void setChannel(Channel channel) {
            this.channel = channel;
        }

        public LocalDate getReceivedOn() {
            return receivedOn;
        }

        public void setReceivedOn(LocalDate receivedOn) {
            this.receivedOn = receivedOn;
        }

        public String getSenderBody() {
            return senderBody;
        }

        public void setSenderBody(String senderBody) {
            this.senderBody = senderBody;
        }

        public String getDispatchNumber() {
            return dispatchNumber;
        }

        public void setDispatchNumber(String dispatchNumber) {
            this.dispatchNumber = dispatchNumber;
        }

        public LocalDate getDispatchDate() {
            return dispatchDate;
        }

        public void setDispatchDate(LocalDate dispatchDate) {
            this.dispatchDate = dispatchDate;
        }

        public Long getReceptionVisitId() {
            return receptionVisitId;
        }

        public void setReceptionVisitId(Long receptionVisitId) {
            this.receptionVisitId = receptionVisitId;
        }

        public String getContent() {
            return content;
        }

        public void setContent(String content) {
            this.content = content;
        }

        public boolean isAnonymous() {
            return anonymous;
        }

        public void setAnonymous(boolean anonymous) {
            this.anonymous = anonymous;
        }

        public boolean isCopy() {
            return copy;
        }

        public void setCopy(boolean copy) {
            this.copy = copy;
        }

        public boolean isForwarded() {
            return forwarded;
        }

        public void setForwarded(boolean forwarded) {
            this.forwarded = forwarded;
        }

        public Integer getHeadcount() {
            return headcount;
        }

        public void setHeadcount(Integer headcount) {
            this.headcount = headcount;
        }

        public List<PetitionerForm> getPetitioners() {
            return petitioners;
        }

        public void setPetitioners(List<PetitionerForm> petitioners) {
            this.petitioners = petitioners;
        }
    }

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

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }

        public PetitionKind getKind() {
            return kind;
        }

        public void setKind(PetitionKind kind) {
            this.kind = kind;
        }

        public String getField() {
            return field;
        }

        public void setField(String field) {
            this.field = field;
        }

        public boolean isEligible() {
            return eligible;
        }

        public void setEligible(boolean eligible) {
            this.eligible = eligible;
        }

        public Reason getIneligibility() {
            return ineligibility;
        }

        public void setIneligibility(Reason ineligibility) {
            this.ineligibility = ineligibility;
        }

        public Competence getCompetence() {
            return competence;
        }

        public void setCompetence(Competence competence) {
            this.competence = competence;
        }

        public boolean isComplex() {
            return complex;
        }

        public void setComplex(boolean complex) {
            this.complex = complex;
        }

        public boolean isProlonged() {
            return prolonged;
        }

        public void setProlonged(boolean prolonged) {
            this.prolonged = prolonged;
        }

        public boolean isMass() {
            return mass;
        }

        public void setMass(boolean mass) {
            this.mass = mass;
        }

        public boolean isDegradationRelated() {
            return degradationRelated;
        }

        public void setDegradationRelated(boolean degradationRelated) {
            this.degradationRelated = degradationRelated;
        }

        public boolean isIncited() {
            return incited;
        }

        public void setIncited(boolean incited) {
            this.incited = incited;
        }

        public boolean isRemoteArea() {
            return remoteArea;
        }

        public void setRemoteArea(boolean remoteArea) {
            this.remoteArea = remoteArea;
        }
    }

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

        public boolean isConfirmed() {
            return confirmed;
        }

        public void setConfirmed(boolean confirmed) {
            this.confirmed = confirmed;
        }

        private LocalDate decisionReceivedOn;

        public LocalDate getDecisionReceivedOn() {
            return decisionReceivedOn;
        }

        public void setDecisionReceivedOn(LocalDate decisionReceivedOn) {
            this.decisionReceivedOn = decisionReceivedOn;
        }

        Step toStep(LocalDate today) {
            return new Step(on == null ? today : on, documentNumber, documentDate, reason, note, outcome,
                    targetUnitId, externalBody, directedBody, expectedOn, handler, especiallyComplex,
                    decisionReceivedOn, destinationCategory);
        }

        public DestinationCategory getDestinationCategory() {
            return destinationCategory;
        }

        public void setDestinationCategory(DestinationCategory destinationCategory) {
            this.destinationCategory = destinationCategory;
        }

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }

        public String getDocumentNumber() {
            return documentNumber;
        }

        public void setDocumentNumber(String documentNumber) {
            this.documentNumber = documentNumber;
        }

        public LocalDate getDocumentDate() {
            return documentDate;
        }

        public void setDocumentDate(LocalDate documentDate) {
            this.documentDate = documentDate;
        }

        public Reason getReason() {
            return reason;
        }

        public void setReason(Reason reason) {
            this.reason = reason;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public Outcome getOutcome() {
            return outcome;
        }

        public void setOutcome(Outcome outcome) {
            this.outcome = outcome;
        }

        public Long getTargetUnitId() {
            return targetUnitId;
        }

        public void setTargetUnitId(Long targetUnitId) {
            this.targetUnitId = targetUnitId;
        }

        public String getExternalBody() {
            return externalBody;
        }

        public void setExternalBody(String externalBody) {
            this.externalBody = externalBody;
        }

        public String getDirectedBody() {
            return directedBody;
        }

        public void setDirectedBody(String directedBody) {
            this.directedBody = directedBody;
        }

        public LocalDate getExpectedOn() {
            return expectedOn;
        }

        public void setExpectedOn(LocalDate expectedOn) {
            this.expectedOn = expectedOn;
        }

        public String getHandler() {
            return handler;
        }

        public void setHandler(String handler) {
            this.handler = handler;
        }

        public boolean isEspeciallyComplex() {
            return especiallyComplex;
        }

        public void setEspeciallyComplex(boolean especiallyComplex) {
            this.especiallyComplex = especiallyComplex;
        }
    }

    /** A head's undo of the last step: why (kept in the audit log). */
    public static class UndoForm {
        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /**
     * The results of a resolved complaint or denunciation as typed on the petition's page (issue 21).
     * Text fields, so that whatever was typed comes back as typed: numbers are written the Vietnamese
     * way, '.' grouping thousands and ',' before the decimals of an area ("15.000.000", "1.250,5");
     * plain digits are taken too. A figure left empty is zero, as over the API.
     */
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

        public String getMoneyToState() {
            return moneyToState;
        }

        public void setMoneyToState(String moneyToState) {
            this.moneyToState = moneyToState;
        }

        public String getMoneyToCitizens() {
            return moneyToCitizens;
        }

        public void setMoneyToCitizens(String moneyToCitizens) {
            this.moneyToCitizens = moneyToCitizens;
        }

        public String getLandToStateM2() {
            return landToStateM2;
        }

        public void setLandToStateM2(String landToStateM2) {
            this.landToStateM2 = landToStateM2;
        }

        public String getLandToCitizensM2() {
            return landToCitizensM2;
        }

        public void setLandToCitizensM2(String landToCitizensM2) {
            this.landToCitizensM2 = landToCitizensM2;
        }

        public String getPeopleRightsRestored() {
            return peopleRightsRestored;
        }

        public void setPeopleRightsRestored(String peopleRightsRestored) {
            this.peopleRightsRestored = peopleRightsRestored;
        }

        public String getPeopleDisciplined() {
            return peopleDisciplined;
        }

        public void setPeopleDisciplined(String peopleDisciplined) {
            this.peopleDisciplined = peopleDisciplined;
        }

        public String getCasesToInvestigation() {
            return casesToInvestigation;
        }

        public void setCasesToInvestigation(String casesToInvestigation) {
            this.casesToInvestigation = casesToInvestigation;
        }
    }
}
