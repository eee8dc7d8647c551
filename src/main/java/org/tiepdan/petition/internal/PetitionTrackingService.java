package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.petition.PetitionStateChanged;
import org.tiepdan.petition.PetitionTracking;

/**
 * {@link PetitionTracking}: the petitioner's view, computed from the petition without any of its
 * people, notes or actors. The mapping of states to stages is the one place deciding what a
 * petitioner (and, more narrowly, a denouncer) learns.
 */
@Service
@Transactional(readOnly = true)
class PetitionTrackingService implements PetitionTracking {

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Luật Tố cáo 2018: the denouncer is told of acceptance or not, extensions and the conclusion. */
    static final Set<Action> DENOUNCER_NOTICES = EnumSet.of(Action.ACCEPT, Action.REFUSE, Action.NOTIFY,
            Action.EXTEND, Action.CONCLUDE);
    /** Deadlines a denouncer is not told of: notifying the denounced person, publication. */
    private static final Set<String> NOT_FOR_DENOUNCER = Set.of("DENUNCIATION_NOTIFY", "DENUNCIATION_PUBLISH");

    private final PetitionRepository petitions;
    private final JdbcClient jdbc;
    private final HandedOver handedOver;
    private final OrgUnits units;
    private final TrackingNotices notices;
    private final MessageSource messages;
    private final org.springframework.beans.factory.ObjectProvider<org.tiepdan.identity.SealedAddresses> sealedAddresses;
    private final org.springframework.beans.factory.ObjectProvider<org.tiepdan.platform.CitizenNotifier> notifier;

    PetitionTrackingService(PetitionRepository petitions, JdbcClient jdbc, HandedOver handedOver, OrgUnits units,
            TrackingNotices notices, MessageSource messages,
            org.springframework.beans.factory.ObjectProvider<org.tiepdan.identity.SealedAddresses> sealedAddresses,
            org.springframework.beans.factory.ObjectProvider<org.tiepdan.platform.CitizenNotifier> notifier) {
        this.sealedAddresses = sealedAddresses;
        this.notifier = notifier;
        this.petitions = petitions;
        this.jdbc = jdbc;
        this.handedOver = handedOver;
        this.units = units;
        this.notices = notices;
        this.messages = messages;
    }

    /** Upper case, no separators; O, I, L (not in the alphabet) read as the digits they resemble. */
    static String normalise(String code) {
        if (code == null) {
            return "";
        }
        String c = code.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-.]", "");
        return c.replace('O', '0').replace('I', '1').replace('L', '1');
    }

    @Override
    public Optional<TrackedPetition> find(String trackingCode) {
        return load(trackingCode).map(this::view);
    }

    @Override
    public Optional<NoticeFile> notice(String trackingCode, long noticeId) {
        return load(trackingCode).flatMap(p -> visibleNotices(p, restricted(p)).stream()
                .filter(e -> e.id() == noticeId).findFirst()
                .map(e -> new NoticeFile(notices.fileName(p, e), AttachmentStore.DOCX,
                        notices.write(p, e, restricted(p)))));
    }

    @Override
    public Optional<TrackedPetition> afterChange(PetitionStateChanged change) {
        return petitions.findById(change.petitionId()).flatMap(p -> {
            boolean restricted = restricted(p);
            boolean extended = Action.EXTEND.name().equals(change.action());
            Stage from = stage(PetitionState.valueOf(change.from()), restricted);
            Stage to = stage(PetitionState.valueOf(change.to()), restricted);
            return from != to || extended ? Optional.of(view(p)) : Optional.empty();
        });
    }

    /**
     * A sealed petition (a denunciation) has only pseudonyms here, and nothing in the system may read
     * its sealed e-mail address without a custodian's grant: its denouncer follows it by code only.
     */
    @Override
    public Optional<String> notificationAddress(long petitionId) {
        return petitions.findById(petitionId).filter(p -> p.channel() == Channel.ONLINE && !p.identitySealed())
                .flatMap(p -> p.petitioners().stream().map(Petitioner::email)
                        .filter(e -> e != null && !e.isBlank()).findFirst());
    }

    @Override
    public List<Reachable> reachableAt(String contact, int limit) {
        Optional<String> email = org.tiepdan.platform.Contacts.email(contact);
        Optional<String> phone = email.isPresent() ? Optional.empty() : org.tiepdan.platform.Contacts.phone(contact);
        if (email.isEmpty() && phone.isEmpty()) {
            return List.of();
        }
        // One condition or the other, never an empty value that would match every row without one.
        Set<Long> ids = new java.util.LinkedHashSet<>(email.isPresent()
                ? jdbc.sql("""
                        select distinct p.id from petition p join petitioner r on r.petition_id = p.id
                         where p.channel = 'ONLINE' and not p.identity_sealed
                           and lower(btrim(r.email)) = :email""")
                        .param("email", email.get()).query(Long.class).list()
                : jdbc.sql("""
                        select distinct p.id from petition p join petitioner r on r.petition_id = p.id
                         where p.channel = 'ONLINE' and not p.identity_sealed and r.phone is not null
                           and regexp_replace(r.phone, '[^0-9]', '', 'g') in (:phones)""")
                        .param("phones", org.tiepdan.platform.Contacts.phoneSpellings(phone.get()))
                        .query(Long.class).list());
        sealedAddresses.ifAvailable(a -> ids.addAll(a.subjectsReachableAt(org.tiepdan.identity.SubjectRef.PETITION,
                email.orElseGet(phone::get))));
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id from petition where id in (:ids) and channel = 'ONLINE'
                 order by received_on desc, id desc limit :limit""")
                .param("ids", ids).param("limit", limit).query(Long.class).list().stream()
                .map(petitions::findById).flatMap(Optional::stream)
                .map(p -> new Reachable(p.id(), p.trackingCode(), p.registrationNumber(), units.get(p.unitId()).name(),
                        p.receivedOn(), restricted(p)))
                .toList();
    }

    @Override
    public boolean reachable(long petitionId, org.tiepdan.platform.CitizenNotifier.Medium medium) {
        return petitions.findById(petitionId).filter(p -> p.channel() == Channel.ONLINE).map(p -> {
            if (p.identitySealed()) {
                org.tiepdan.identity.SealedAddresses a = sealedAddresses.getIfAvailable();
                return a != null && a.reachable(org.tiepdan.identity.SubjectRef.petition(p.id()), medium);
            }
            return address(p, medium).isPresent();
        }).orElse(false);
    }

    @Override
    @Transactional
    public boolean notifyPetitioner(long petitionId, org.tiepdan.platform.CitizenNotifier.Medium medium,
            org.tiepdan.platform.CitizenNotifier.Message message) {
        Petition p = petitions.findById(petitionId).filter(x -> x.channel() == Channel.ONLINE).orElse(null);
        if (p == null) {
            return false;
        }
        if (p.identitySealed()) {
            org.tiepdan.identity.SealedAddresses a = sealedAddresses.getIfAvailable();
            return a != null && a.send(org.tiepdan.identity.SubjectRef.petition(p.id()), medium, message) > 0;
        }
        org.tiepdan.platform.CitizenNotifier n = notifier.getIfAvailable();
        Optional<String> to = address(p, medium);
        if (n == null || to.isEmpty()) {
            return false;
        }
        n.send(medium, to.get(), message);
        return true;
    }

    /** The first petitioner's address for the medium, in canonical form. */
    private static Optional<String> address(Petition p, org.tiepdan.platform.CitizenNotifier.Medium medium) {
        return p.petitioners().stream()
                .map(r -> medium == org.tiepdan.platform.CitizenNotifier.Medium.EMAIL
                        ? org.tiepdan.platform.Contacts.email(r.email())
                        : org.tiepdan.platform.Contacts.phone(r.phone()))
                .flatMap(Optional::stream).findFirst();
    }

    private Optional<Petition> load(String trackingCode) {
        String code = normalise(trackingCode);
        if (code.length() != RegisterNumbers.TRACKING_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("select id from petition where tracking_code = ?").param(code).query(Long.class).optional()
                .flatMap(petitions::findById);
    }

    boolean restricted(Petition p) {
        return p.kind() == PetitionKind.DENUNCIATION || p.identitySealed()
                || handedOver.declaredKind(p.id()) == PetitionKind.DENUNCIATION;
    }

    private TrackedPetition view(Petition p) {
        boolean restricted = restricted(p);
        PetitionKind kind = p.kind() != null ? p.kind() : handedOver.declaredKind(p.id());
        Stage stage = stage(p.state(), restricted);
        LocalDate since = p.receivedOn();
        Stage seen = null;
        for (PetitionEvent e : p.events()) {
            Stage s = stage(e.toState(), restricted);
            if (s != seen) {
                seen = s;
                since = e.actedOn();
            }
        }
        LocalDate nextDue = p.state().settles() ? null : p.deadlines().stream()
                .filter(PetitionDeadline::active).filter(d -> d.due() != null)
                .filter(d -> !restricted || !NOT_FOR_DENOUNCER.contains(d.ruleCode()))
                .map(PetitionDeadline::due).min(Comparator.naturalOrder()).orElse(null);
        List<IssuedNotice> issued = visibleNotices(p, restricted).stream()
                .map(e -> new IssuedNotice(e.id(), messages.getMessage("petition.notice.title." + e.action(), null, VI),
                        e.documentDate() != null ? e.documentDate() : e.actedOn()))
                .toList();
        return new TrackedPetition(p.id(), p.trackingCode(), p.registrationNumber(), p.unitId(),
                units.get(p.unitId()).name(), p.channel(), p.receivedOn(), kind, restricted, stage, since, nextDue,
                p.extensions() > 0, issued, restricted ? null : p.content());
    }

    private static List<PetitionEvent> visibleNotices(Petition p, boolean restricted) {
        return p.events().stream().filter(PetitionEvent::notice)
                .filter(e -> !restricted || DENOUNCER_NOTICES.contains(e.action())).toList();
    }

    static Stage stage(PetitionState state, boolean restricted) {
        if (restricted) {
            return switch (state) {
                case RECEIVED, CLASSIFIED, DIRECTED -> Stage.RECEIVED;
                case ACCEPTED, NOTIFIED, VERIFYING, SUSPENDED, INVESTIGATING, DIALOGUE_HELD, DIALOGUE_NOT_HELD, ASSIGNED -> Stage.ACCEPTED;
                case CONCLUDED, PUBLISHED, DECIDED, ANSWERED, CLOSED -> Stage.CONCLUDED;
                case REFUSED, TRANSFERRED, GUIDED, RETURNED, ARCHIVED, DIRECTION_ANSWERED -> Stage.NOT_ACCEPTED;
                case WITHDRAWN -> Stage.WITHDRAWN;
                case TERMINATED -> Stage.TERMINATED;
            };
        }
        return switch (state) {
            case RECEIVED, CLASSIFIED -> Stage.RECEIVED;
            case ACCEPTED, INVESTIGATING, DIALOGUE_HELD, DIALOGUE_NOT_HELD, NOTIFIED, VERIFYING, ASSIGNED -> Stage.ACCEPTED;
            case SUSPENDED -> Stage.SUSPENDED;
            case DIRECTED -> Stage.DIRECTED;
            case TRANSFERRED -> Stage.TRANSFERRED;
            case GUIDED -> Stage.GUIDED;
            case RETURNED -> Stage.RETURNED;
            case REFUSED -> Stage.REFUSED;
            case ARCHIVED -> Stage.ARCHIVED;
            case ANSWERED, DIRECTION_ANSWERED -> Stage.ANSWERED;
            case DECIDED -> Stage.DECIDED;
            case CONCLUDED, PUBLISHED -> Stage.CONCLUDED;
            case CLOSED -> Stage.CLOSED;
            case WITHDRAWN -> Stage.WITHDRAWN;
            case TERMINATED -> Stage.TERMINATED;
        };
    }
}
