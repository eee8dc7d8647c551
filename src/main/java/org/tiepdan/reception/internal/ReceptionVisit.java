package org.tiepdan.reception.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.IdDocument;
import org.tiepdan.platform.IdDocumentKind;

/**
 * One visit (lượt tiếp): a citizen or a delegation received in a session. Its rules: dated on its
 * session's day and never in the future; a delegation has at least 5 people and at most 5
 * representatives; an identity document number, when given, follows its kind's rule ({@link IdDocument};
 * LAW.md, "Identity documents": the kind follows from the number's form when not given); a refusal
 * has a legal ground (and, for a matter already settled, the head's written refusal notice).
 */
@Entity
@Table(name = "reception_visit")
class ReceptionVisit {

    static final int MIN_DELEGATION = 5;
    static final int MAX_REPRESENTATIVES = 5;
    static final String ALREADY_SETTLED = "ALREADY_SETTLED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "visit_date", nullable = false)
    private LocalDate date;

    @Column(name = "citizen_name", nullable = false)
    private String citizenName;

    @Column(name = "citizen_id_number")
    private String citizenIdNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_kind")
    private IdDocumentKind citizenIdKind;

    @Column(name = "address_unit_id")
    private Long addressUnitId;

    private String hamlet;

    @Column(name = "address_detail")
    private String addressDetail;

    private String phone;

    private boolean delegation;

    private int headcount = 1;

    private String representatives;

    @Column(nullable = false)
    private String content;

    @Column(name = "field_code", nullable = false)
    private String fieldCode;

    private boolean complex;

    private boolean prolonged;

    @Column(name = "degradation_related")
    private boolean degradationRelated;

    private boolean mass;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "handling_note")
    private String handlingNote;

    @Column(name = "documents_received")
    private String documentsReceived;

    @Column(name = "refusal_ground")
    private String refusalGround;

    @Column(name = "refusal_notice_number")
    private String refusalNoticeNumber;

    @Column(name = "refusal_notice_date")
    private LocalDate refusalNoticeDate;

    @Column(name = "matter_of_visit_id")
    private Long matterOfVisitId;

    @Column(name = "petition_id")
    private Long petitionId;

    @Column(name = "petition_number")
    private String petitionNumber;

    /** A denunciation: the citizen's identity is sealed in the identity module; the name is a pseudonym. */
    private boolean denunciation;

    @Enumerated(EnumType.STRING)
    @Column(name = "matter_kind")
    private MatterKind matterKind;

    /** True: a new matter (mới phát sinh); false: an old one (vụ việc cũ); null: not recorded. */
    @Column(name = "new_matter")
    private Boolean newMatter;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected ReceptionVisit() {
    }

    ReceptionVisit(ReceptionSession session, String createdBy) {
        this.sessionId = session.id();
        this.unitId = session.unitId();
        this.createdBy = createdBy;
    }

    /**
     * Sets the visit from the entered data, checking every rule; {@code fields} are the known
     * field codes and {@code grounds} the known refusal grounds.
     */
    void apply(VisitData d, ReceptionSession session, LocalDate today, Set<String> fields, Set<String> grounds) {
        java.util.Map<String, String> codes = new java.util.HashMap<>();
        fields.forEach(f -> codes.put(f, f));
        apply(d, session, today, codes, grounds);
    }

    /**
     * The same, {@code fields} giving for each accepted field code the node of the field tree it is
     * stored as (an old flat code is an alias: {@code LAND} is stored as {@code ADM_LAND}).
     */
    void apply(VisitData d, ReceptionSession session, LocalDate today, java.util.Map<String, String> fields,
            Set<String> grounds) {
        if (d.date() == null) {
            throw DomainException.invalid("reception-date-required", "date");
        }
        if (d.date().isAfter(today)) {
            throw DomainException.invalid("reception-visit-future", "date", Dates.format(today));
        }
        if (!d.date().equals(session.date())) {
            throw DomainException.invalid("reception-visit-outside-session", "date", Dates.format(session.date()));
        }
        boolean sealed = this.denunciation;
        String name = sealed ? this.citizenName : strip(d.citizenName());
        if (name == null) {
            throw DomainException.invalid("reception-citizen-name-required", "citizenName");
        }
        IdDocument idDocument = sealed ? null
                : IdDocument.parse(d.citizenIdKind(), d.citizenIdNumber(), "reception-cccd-invalid", "citizenIdNumber");
        if (!sealed && idDocument == null && d.citizenIdKind() != null) {
            // A kind chosen without a number: the officer meant to type one.
            throw DomainException.invalid("reception-id-kind-without-number", "citizenIdNumber");
        }
        String phoneNumber = sealed ? null : strip(d.phone());
        if (phoneNumber != null && !org.tiepdan.platform.Contacts.isPhone(phoneNumber)) {
            throw DomainException.invalid("reception-phone-invalid", "phone");
        }
        List<String> reps = d.representatives() == null ? List.of()
                : d.representatives().stream().map(ReceptionVisit::strip).filter(r -> r != null).toList();
        int people = 1;
        if (d.delegation()) {
            if (d.headcount() == null || d.headcount() < MIN_DELEGATION) {
                throw DomainException.invalid("reception-delegation-too-small", "headcount", MIN_DELEGATION);
            }
            if (sealed) {
                reps = List.of();
            } else if (reps.isEmpty()) {
                throw DomainException.invalid("reception-representatives-required", "representatives");
            }
            if (reps.size() > MAX_REPRESENTATIVES) {
                throw DomainException.invalid("reception-representatives-too-many", "representatives",
                        MAX_REPRESENTATIVES);
            }
            people = d.headcount();
        } else {
            reps = List.of();
        }
        String text = strip(d.content());
        if (text == null) {
            throw DomainException.invalid("reception-content-required", "content");
        }
        if (d.fieldCode() == null || !fields.containsKey(d.fieldCode())) {
            throw DomainException.invalid("reception-field-required", "fieldCode");
        }
        if (d.outcome() == null) {
            throw DomainException.invalid("reception-outcome-required", "outcome");
        }
        String ground = null;
        String noticeNumber = null;
        LocalDate noticeDate = null;
        if (d.outcome() == Outcome.REFUSED) {
            ground = strip(d.refusalGround());
            if (ground == null || !grounds.contains(ground)) {
                throw DomainException.invalid("reception-refusal-ground-required", "refusalGround");
            }
            if (ALREADY_SETTLED.equals(ground)) {
                noticeNumber = strip(d.refusalNoticeNumber());
                noticeDate = d.refusalNoticeDate();
                if (noticeNumber == null) {
                    throw DomainException.invalid("reception-refusal-notice-required", "refusalNoticeNumber");
                }
                if (noticeDate == null || noticeDate.isAfter(d.date())) {
                    throw DomainException.invalid("reception-refusal-notice-date", "refusalNoticeDate");
                }
            }
        }
        if (d.matterOfVisitId() != null && d.matterOfVisitId().equals(id)) {
            throw DomainException.invalid("reception-matter-self", "matterOfVisitId");
        }
        // A denunciation (or a visit already sealed) is classified as one unless the officer chose mixed
        // content; a matter kind of DENUNCIATION seals the citizen like the denunciation box.
        boolean denounced = sealed || d.denunciation() || d.matterKind() == MatterKind.DENUNCIATION;
        MatterKind kind = d.matterKind() == null && denounced ? MatterKind.DENUNCIATION : d.matterKind();
        if (denounced && (kind == MatterKind.COMPLAINT || kind == MatterKind.RECOMMENDATION)) {
            throw DomainException.invalid("reception-matter-kind-denunciation", "matterKind");
        }
        this.date = d.date();
        if (!sealed) {
            // Of a sealed visit the identity stays sealed: a correction changes everything else.
            this.citizenName = name;
            this.citizenIdNumber = idDocument == null ? null : idDocument.number();
            this.citizenIdKind = idDocument == null ? null : idDocument.kind();
            this.addressUnitId = d.addressUnitId();
            this.hamlet = strip(d.hamlet());
            this.addressDetail = strip(d.addressDetail());
            this.phone = phoneNumber;
            this.representatives = reps.isEmpty() ? null : String.join("\n", reps);
        }
        this.delegation = d.delegation();
        this.headcount = people;
        this.denunciation = denounced;
        this.matterKind = kind;
        this.newMatter = d.newMatter();
        this.content = text;
        this.fieldCode = fields.get(d.fieldCode());
        this.complex = d.complex();
        this.prolonged = d.prolonged();
        this.degradationRelated = d.degradationRelated();
        this.mass = d.mass() || d.delegation();
        this.outcome = d.outcome();
        this.handlingNote = strip(d.handlingNote());
        this.documentsReceived = strip(d.documentsReceived());
        this.refusalGround = ground;
        this.refusalNoticeNumber = noticeNumber;
        this.refusalNoticeDate = noticeDate;
        this.matterOfVisitId = d.matterOfVisitId();
    }

    /** The identity as typed, for sealing (before {@link #sealed}). */
    org.tiepdan.identity.Person identity(String communeName) {
        java.util.Map<String, String> details = new java.util.HashMap<>();
        if (addressUnitId != null) {
            details.put("addressUnitId", addressUnitId.toString());
        }
        if (hamlet != null) {
            details.put("hamlet", hamlet);
        }
        if (addressDetail != null) {
            details.put("addressDetail", addressDetail);
        }
        if (representatives != null) {
            details.put("representatives", representatives);
        }
        if (citizenIdKind != null) {
            details.put("idKind", citizenIdKind.name());
        }
        String address = addressDetail != null ? addressDetail
                : String.join(", ", java.util.stream.Stream.of(hamlet, communeName).filter(x -> x != null && !x.isBlank())
                        .toList());
        return new org.tiepdan.identity.Person(org.tiepdan.identity.PersonRole.DENOUNCER, citizenName,
                citizenIdNumber, address.isBlank() ? null : address, phone, null, null, details);
    }

    /** The identity is sealed: only the pseudonym stays, every other identity field is emptied. */
    void sealed(String pseudonym) {
        this.denunciation = true;
        this.citizenName = pseudonym;
        this.citizenIdNumber = null;
        this.citizenIdKind = null;
        this.addressUnitId = null;
        this.hamlet = null;
        this.addressDetail = null;
        this.phone = null;
        this.representatives = null;
    }

    public boolean denunciation() {
        return denunciation;
    }

    /** The kind of the matter; null on a visit entered before it was recorded. */
    public MatterKind matterKind() {
        return matterKind;
    }

    /** True: a new matter; false: an old one; null: not recorded. */
    public Boolean newMatter() {
        return newMatter;
    }

    void linkPetition(long petition, String registrationNumber) {
        this.petitionId = petition;
        this.petitionNumber = strip(registrationNumber);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long id() {
        return id;
    }

    public Long sessionId() {
        return sessionId;
    }

    public Long unitId() {
        return unitId;
    }

    public LocalDate date() {
        return date;
    }

    public String citizenName() {
        return citizenName;
    }

    public String citizenIdNumber() {
        return citizenIdNumber;
    }

    /** The kind of the citizen's identity document; null without a number, on a sealed visit, or on an old row. */
    public IdDocumentKind citizenIdKind() {
        return citizenIdKind;
    }

    public Long addressUnitId() {
        return addressUnitId;
    }

    public String hamlet() {
        return hamlet;
    }

    public String addressDetail() {
        return addressDetail;
    }

    public String phone() {
        return phone;
    }

    public boolean delegation() {
        return delegation;
    }

    public int headcount() {
        return headcount;
    }

    public List<String> representatives() {
        return representatives == null ? List.of() : Arrays.asList(representatives.split("\n"));
    }

    public String content() {
        return content;
    }

    public String fieldCode() {
        return fieldCode;
    }

    public boolean complex() {
        return complex;
    }

    public boolean prolonged() {
        return prolonged;
    }

    public boolean degradationRelated() {
        return degradationRelated;
    }

    public boolean mass() {
        return mass;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String handlingNote() {
        return handlingNote;
    }

    public String documentsReceived() {
        return documentsReceived;
    }

    public String refusalGround() {
        return refusalGround;
    }

    public String refusalNoticeNumber() {
        return refusalNoticeNumber;
    }

    public LocalDate refusalNoticeDate() {
        return refusalNoticeDate;
    }

    public Long matterOfVisitId() {
        return matterOfVisitId;
    }

    public Long petitionId() {
        return petitionId;
    }

    public String petitionNumber() {
        return petitionNumber;
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }
}
