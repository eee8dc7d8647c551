package org.tiepdan.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.account.Access;
import org.tiepdan.account.TwoFactor;
import org.tiepdan.account.Role;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.identity.IdentityPanels;
import org.tiepdan.identity.IdentitySubjects;
import org.tiepdan.identity.Person;
import org.tiepdan.identity.SealedPerson;
import org.tiepdan.identity.SubjectRef;
import org.tiepdan.platform.DomainException;

/**
 * Requests, grants, refusals, expiry and reveals. Nobody sees an identity by default, ADMIN
 * included: a user who may read the record asks with a reason; an IDENTITY_CUSTODIAN or the HEAD
 * of the record's unit (or a unit above it), not the requester, grants for a limited time or
 * refuses; the requester then reveals explicitly, each time audited. Audit rows name the record
 * and the request, never a person.
 */
@Service
class AccessService implements IdentityPanels, org.tiepdan.identity.IdentityMatches {

    static final String REQUEST = "IdentityAccessRequest";
    static final String REVEAL = "IdentityReveal";
    static final Set<Role> REQUESTERS = Set.of(Role.HANDLER, Role.HEAD, Role.INSPECTOR, Role.RECEPTION_OFFICER,
            Role.IDENTITY_CUSTODIAN);
    static final Set<Role> RECORDERS = Set.of(Role.HANDLER, Role.HEAD, Role.RECEPTION_OFFICER);

    private final AccessRequestRepository requests;
    private final Vault vault;
    private final Subjects subjects;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration maxGrant;

    private final TwoFactor twoFactor;

    AccessService(AccessRequestRepository requests, Vault vault, Subjects subjects, Access access, AuditLog audit,
            Clock clock, @Value("${tiepdan.identity.max-grant:7d}") Duration maxGrant, TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
        this.requests = requests;
        this.vault = vault;
        this.subjects = subjects;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.maxGrant = maxGrant;
    }

    Duration maxGrant() {
        return maxGrant;
    }

    Instant now() {
        return clock.instant();
    }

    String me() {
        return access.currentUser().map(u -> u.getUsername()).orElse(null);
    }

    boolean holdsAnyAt(Set<Role> roles, long unitId) {
        return roles.stream().anyMatch(r -> access.hasRoleAt(r.name(), unitId));
    }

    /** Custodian or head of the unit or of a unit above it. */
    boolean entitledToDecide(long unitId) {
        return access.hasRoleAt(Role.IDENTITY_CUSTODIAN.name(), unitId) || access.hasRoleAt(Role.HEAD.name(), unitId);
    }

    boolean canRequest(SubjectRef subject, long unitId) {
        return subjects.canRead(subject) && holdsAnyAt(REQUESTERS, unitId);
    }

    boolean canRecord(SubjectRef subject, long unitId) {
        return subjects.canRead(subject) && holdsAnyAt(RECORDERS, unitId);
    }

    /** Custodian or head somewhere: sees the queue (limited to the units where they are). */
    boolean decidesSomewhere() {
        return access.currentUser().map(u -> u.grants().stream().anyMatch(g -> g.role() == Role.IDENTITY_CUSTODIAN
                || g.role() == Role.HEAD)).orElse(false);
    }

    // --- the panel on a record's page ----------------------------------------------------------------

    @Override
    @Transactional
    public Panel panel(SubjectRef subject) {
        List<SealedPerson> people = vault.people(subject);
        if (people.isEmpty()) {
            return new Panel(subject, false, List.of(), 0, RequestState.NONE, null, null, null, false, false, null);
        }
        IdentitySubjects.SubjectInfo info = subjects.describe(subject);
        long unit = info.unitId();
        String me = me();
        RequestState state = RequestState.NONE;
        Long requestId = null;
        Instant until = null;
        for (AccessRequest r : requests.findBySubjectTypeAndSubjectIdAndRequestedByOrderByIdDesc(subject.type(),
                subject.id(), me == null ? "" : me)) {
            expire(r);
            if (r.status() == AccessRequest.Status.GRANTED) {
                state = RequestState.GRANTED;
                requestId = r.id();
                until = r.validUntil();
                break;
            }
            if (r.status() == AccessRequest.Status.PENDING) {
                state = RequestState.PENDING;
                requestId = r.id();
                break;
            }
        }
        return new Panel(subject, true, people, vault.protections(subject), state, requestId, until,
                IdentityController.format(until), state == RequestState.NONE && canRequest(subject, unit),
                canRecord(subject, unit), info.link());
    }

    /** The record's unit when the current user may read it; 404 otherwise (reveals nothing). */
    IdentitySubjects.SubjectInfo describeReadable(SubjectRef subject) {
        if (!subjects.canRead(subject)) {
            throw DomainException.notFound("identity-subject-not-found");
        }
        return subjects.describe(subject);
    }

    // --- requests and decisions ----------------------------------------------------------------------

    @Transactional
    AccessRequest request(SubjectRef subject, String reason) {
        IdentitySubjects.SubjectInfo info = subjects.describe(subject);
        if (!vault.isSealed(subject)) {
            throw DomainException.notFound("identity-not-sealed");
        }
        if (!canRequest(subject, info.unitId())) {
            throw DomainException.forbidden("identity-request-not-allowed");
        }
        String me = me();
        for (AccessRequest r : requests.findBySubjectTypeAndSubjectIdAndRequestedByOrderByIdDesc(subject.type(),
                subject.id(), me)) {
            expire(r);
            if (r.open()) {
                throw DomainException.conflict("identity-request-open", r.id());
            }
        }
        AccessRequest r = requests.saveAndFlush(new AccessRequest(subject, info.unitId(), me, reason, now()));
        audit.record(AuditAction.CREATE, REQUEST, r.id(), info.unitId(), summary(r, "REQUESTED"));
        return r;
    }

    @Transactional
    AccessRequest grant(long id, Duration duration, String note) {
        AccessRequest r = load(id);
        long unit = subjects.describe(r.subject()).unitId();
        Instant at = now();
        r.grant(me(), entitledToDecide(unit), duration, maxGrant, note, at);
        requests.flush();
        Map<String, Object> s = summary(r, "GRANTED");
        s.put("validUntil", r.validUntil());
        // From the granted window rather than the argument: the aggregate has refused a missing duration.
        s.put("hours", Duration.between(at, r.validUntil()).toHours());
        audit.record(AuditAction.PERMISSION_GRANT, REQUEST, r.id(), unit, s);
        return r;
    }

    @Transactional
    AccessRequest refuse(long id, String why) {
        AccessRequest r = load(id);
        long unit = subjects.describe(r.subject()).unitId();
        r.refuse(me(), entitledToDecide(unit), why, now());
        requests.flush();
        audit.record(AuditAction.STATE_CHANGE, REQUEST, r.id(), unit, summary(r, "REFUSED"));
        return r;
    }

    @Transactional
    AccessRequest withdraw(long id) {
        AccessRequest r = load(id);
        r.withdraw(me(), now());
        requests.flush();
        audit.record(AuditAction.STATE_CHANGE, REQUEST, r.id(), r.unitId(), summary(r, "WITHDRAWN"));
        return r;
    }

    @Transactional
    AccessRequest revoke(long id) {
        AccessRequest r = load(id);
        long unit = subjects.describe(r.subject()).unitId();
        r.revoke(me(), entitledToDecide(unit), now());
        requests.flush();
        audit.record(AuditAction.PERMISSION_REVOKE, REQUEST, r.id(), unit, summary(r, "REVOKED"));
        return r;
    }

    /** Marks and audits a grant whose time is over; true when it expired now. */
    @Transactional
    boolean expire(AccessRequest r) {
        if (r.expireIfDue(now())) {
            requests.flush();
            audit.record("system", AuditAction.STATE_CHANGE, REQUEST, r.id(), r.unitId(), summary(r, "EXPIRED"));
            return true;
        }
        return false;
    }

    /** The expiry sweep: every grant past its time. */
    @Transactional
    int expireDue() {
        int n = 0;
        for (AccessRequest r : requests.findByStatusOrderByIdAsc(AccessRequest.Status.GRANTED)) {
            if (expire(r)) {
                n++;
            }
        }
        return n;
    }

    /**
     * A request the current user may know of: their own, or one at a unit where they may decide. Any
     * other id answers exactly like a missing one (404), so that request ids do not tell which
     * records have requests, nor how many there are elsewhere.
     */
    AccessRequest load(long id) {
        AccessRequest r = requests.findById(id).orElse(null);
        String me = me();
        if (r == null || !(r.requestedBy().equals(me) || entitledToDecide(r.unitId())
                || entitledToDecide(subjects.describe(r.subject()).unitId()))) {
            throw DomainException.notFound("identity-request-not-found");
        }
        return r;
    }

    /** A request the current user may see: their own, or one they may decide. */
    @Transactional(readOnly = true)
    AccessRequest visible(long id) {
        return load(id);
    }

    // --- reveals ---------------------------------------------------------------------------------------

    record Revealed(AccessRequest request, IdentitySubjects.SubjectInfo info, List<Vault.OpenPerson> people,
            List<Vault.OpenProtection> protections, List<FileRef> files) {
        public long requestId() {
            return request.id();
        }

        @Override
        public String toString() {
            return "Revealed[" + request.id() + "]";
        }
    }

    record FileRef(long id, String fileName, String contentType, long size, boolean image) {
    }

    /** The explicit reveal under a valid grant of the current user; one audit row each time. */
    @Transactional(noRollbackFor = DomainException.class)
    Revealed reveal(long requestId) {
        AccessRequest r = checkGrant(requestId);
        IdentitySubjects.SubjectInfo info = subjects.describe(r.subject());
        r.revealed(me(), now());
        List<Vault.OpenPerson> people = vault.open(r.subject());
        List<FileRef> files = new ArrayList<>();
        for (long f : vault.files(r.subject())) {
            Vault.OpenFile o = vault.openFile(f);
            files.add(new FileRef(f, o.meta().fileName(), o.meta().contentType(), o.meta().size(),
                    o.meta().contentType().startsWith("image/png") || o.meta().contentType().startsWith("image/jpeg")));
        }
        requests.flush();
        Map<String, Object> s = summary(r, "REVEALED");
        s.put("what", "people");
        s.put("count", people.size());
        audit.record(AuditAction.REVEAL, REVEAL, r.subject().toString(), info.unitId(), s);
        return new Revealed(r, info, people, vault.openProtections(r.subject()), files);
    }

    /** An original scan under a valid grant; audited. */
    @Transactional(noRollbackFor = DomainException.class)
    Vault.OpenFile revealFile(long requestId, long fileId) {
        AccessRequest r = checkGrant(requestId);
        SubjectRef of = vault.fileSubject(fileId).orElseThrow(() -> DomainException.notFound("identity-file-not-found"));
        if (!of.equals(r.subject())) {
            throw DomainException.forbidden("identity-grant-required");
        }
        r.revealed(me(), now());
        requests.flush();
        Map<String, Object> s = summary(r, "REVEALED");
        s.put("what", "file");
        s.put("file", fileId);
        audit.record(AuditAction.REVEAL, REVEAL, r.subject().toString(), r.unitId(), s);
        return vault.openFile(fileId);
    }

    /** Blacks out rectangles of an original page image and hands the copy to the record's module; audited. */
    @Transactional
    String redact(long requestId, long fileId, String rectangles) {
        List<Redactor.Rect> rects = Redactor.parse(rectangles);
        Vault.OpenFile f = revealFile(requestId, fileId);
        if (!f.meta().contentType().equals("image/png") && !f.meta().contentType().equals("image/jpeg")) {
            throw DomainException.invalid("identity-redact-not-image", "file");
        }
        byte[] png = Redactor.blackout(f.data(), rects);
        subjects.of(f.subject().type()).attachRedacted(f.subject().id(), fileId, png, "image/png");
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("subject", f.subject().toString());
        s.put("redacted", true);
        s.put("rectangles", rects.size());
        audit.record(AuditAction.UPDATE, "IdentitySealedFile", fileId, f.unitId(), s);
        return subjects.describe(f.subject()).link();
    }

    private AccessRequest checkGrant(long requestId) {
        // A grant opens an identity to a person, and a password alone does not prove the person.
        if (!twoFactor.revealAllowed()) {
            throw DomainException.forbidden("identity-two-factor-required");
        }
        AccessRequest r = load(requestId);
        String me = me();
        if (me == null || !r.requestedBy().equals(me)) {
            throw DomainException.forbidden("identity-grant-required");
        }
        if (expire(r) || !r.validFor(me, now())) {
            throw DomainException.forbidden("identity-grant-required");
        }
        if (!subjects.canRead(r.subject())) {
            throw DomainException.forbidden("identity-grant-required");
        }
        return r;
    }

    // --- sealed identity matches (duplicates) ---------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public boolean granted(SubjectRef... subjects) {
        String me = me();
        if (me == null || subjects.length == 0) {
            return false;
        }
        Instant now = now();
        for (SubjectRef s : subjects) {
            boolean valid = requests.findBySubjectTypeAndSubjectIdAndRequestedByOrderByIdDesc(s.type(), s.id(), me)
                    .stream().anyMatch(r -> r.validFor(me, now));
            if (!valid || !this.subjects.canRead(s)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean resolves(long unitId) {
        return access.hasRoleAt(Role.IDENTITY_CUSTODIAN.name(), unitId);
    }

    @Override
    @Transactional
    public void matchesSeen(SubjectRef subject, long unitId, List<SubjectRef> matches) {
        if (!resolves(unitId)) {
            throw DomainException.forbidden("identity-custodian-required");
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("event", "MATCHES_SEEN");
        s.put("subject", subject.toString());
        s.put("what", "sameIdentity");
        s.put("matches", matches.stream().map(SubjectRef::toString).toList());
        audit.record(AuditAction.REVEAL, REVEAL, subject.toString(), unitId, s);
    }

    // --- recording relatives and protection measures (write-only: nothing is shown back) ---------------

    @Transactional
    String addRelative(SubjectRef subject, int denouncerPosition, Person relative) {
        long unit = subjects.describe(subject).unitId();
        if (!canRecord(subject, unit)) {
            throw DomainException.forbidden("identity-record-not-allowed");
        }
        String name = vault.addRelative(subject, unit, denouncerPosition, relative);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("subject", subject.toString());
        s.put("role", "RELATIVE");
        s.put("pseudonym", name);
        audit.record(AuditAction.CREATE, "IdentitySealedPerson", subject.toString(), unit, s);
        return name;
    }

    @Transactional
    long addProtection(SubjectRef subject, int position, String status, Vault.Protection p) {
        long unit = subjects.describe(subject).unitId();
        if (!canRecord(subject, unit)) {
            throw DomainException.forbidden("identity-record-not-allowed");
        }
        if (!Set.of("REQUESTED", "DECIDED", "ENDED").contains(status)) {
            throw DomainException.invalid("identity-protection-status", "status");
        }
        if (p.kind() == null || p.kind().isBlank()) {
            throw DomainException.invalid("identity-protection-kind-required", "kind");
        }
        if ("DECIDED".equals(status) && (p.decisionNumber() == null || p.decisionNumber().isBlank()
                || p.decisionDate() == null || p.decidingBody() == null || p.decidingBody().isBlank())) {
            throw DomainException.invalid("identity-protection-decision-required", "decisionNumber");
        }
        if (p.from() != null && p.to() != null && p.to().isBefore(p.from())) {
            throw DomainException.invalid("identity-protection-period", "to");
        }
        if (vault.people(subject).stream().noneMatch(x -> x.position() == position)) {
            throw DomainException.invalid("identity-denouncer-unknown", "position");
        }
        long id = vault.addProtection(subject, unit, position, status, p);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("subject", subject.toString());
        s.put("status", status);
        audit.record(AuditAction.CREATE, "IdentityProtection", id, unit, s);
        return id;
    }

    // --- lists -------------------------------------------------------------------------------------------

    record RequestRow(long id, SubjectRef subject, String label, String link, String requestedBy, String reason,
            Instant requestedAt, AccessRequest.Status status, String decidedBy, Instant decidedAt, String note,
            Instant validUntil, int reveals) {

        public String requestedAtText() {
            return IdentityController.format(requestedAt);
        }

        public String validUntilText() {
            return IdentityController.format(validUntil);
        }
    }

    RequestRow row(AccessRequest r) {
        Optional<IdentitySubjects.SubjectInfo> info = subjects.of(r.subject().type()).describe(r.subject().id());
        return new RequestRow(r.id(), r.subject(), info.map(IdentitySubjects.SubjectInfo::label).orElse("?"),
                info.map(IdentitySubjects.SubjectInfo::link).orElse(null), r.requestedBy(), r.reason(),
                r.requestedAt(), r.status(), r.decidedBy(), r.decidedAt(), r.decisionNote(), r.validUntil(),
                r.reveals());
    }

    /** Pending requests the current user may decide (their units and below), oldest first. */
    @Transactional
    List<RequestRow> toDecide() {
        expireDue();
        String me = me();
        return requests.findByStatusOrderByIdAsc(AccessRequest.Status.PENDING).stream()
                .filter(r -> !r.requestedBy().equals(me))
                .filter(r -> entitledToDecide(subjects.describe(r.subject()).unitId())).map(this::row).toList();
    }

    /** Recently decided requests in the current user's units. */
    @Transactional(readOnly = true)
    List<RequestRow> decided(int limit) {
        return requests.findAll(org.springframework.data.domain.PageRequest.of(0, 200,
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "id")))
                .stream().filter(r -> r.status() != AccessRequest.Status.PENDING)
                .filter(r -> entitledToDecide(r.unitId())).limit(limit).map(this::row).toList();
    }

    @Transactional
    List<RequestRow> mine() {
        String me = me();
        if (me == null) {
            return List.of();
        }
        List<AccessRequest> list = requests.findByRequestedByOrderByIdDesc(me);
        list.forEach(this::expire);
        return list.stream().limit(50).map(this::row).toList();
    }

    private static Map<String, Object> summary(AccessRequest r, String event) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("event", event);
        s.put("request", r.id());
        s.put("subject", r.subject().toString());
        s.put("requestedBy", r.requestedBy());
        return s;
    }
}
