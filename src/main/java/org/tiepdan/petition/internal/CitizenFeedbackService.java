package org.tiepdan.petition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.PetitionFeedback;
import org.tiepdan.petition.PetitionIntake;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * {@link PetitionFeedback}: ratings in {@code petition_rating}, reopenings as follow-up petitions
 * ({@link PetitionService#openFollowUp}). The rules of the window and of the kinds are the aggregate's
 * ({@link Petition#checkCitizenFeedback}); this adds "once" and the lengths, and audits each in its
 * transaction (the comment and the reason are not copied into the audit log: a citizen may write
 * anything there).
 */
@Service
class CitizenFeedbackService implements PetitionFeedback {

    static final int MAX_TEXT = 2000;
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final PetitionRepository petitions;
    private final PetitionService service;
    private final PetitionTrackingService tracking;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final OrgUnits units;
    private final MessageSource messages;
    private final Clock clock;

    CitizenFeedbackService(PetitionRepository petitions, PetitionService service, PetitionTrackingService tracking,
            JdbcClient jdbc, AuditLog audit, OrgUnits units, MessageSource messages, Clock clock) {
        this.petitions = petitions;
        this.service = service;
        this.tracking = tracking;
        this.jdbc = jdbc;
        this.audit = audit;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Offer> offer(long petitionId) {
        return petitions.findById(petitionId).filter(p -> !tracking.restricted(p)).flatMap(p -> {
            LocalDate today = Dates.today(clock);
            boolean open;
            try {
                p.checkCitizenFeedback(today);
                open = true;
            } catch (DomainException e) {
                open = false;
            }
            Rating rating = rating(p.id()).orElse(null);
            String followUp = followUp(p.id()).orElse(null);
            if (!open && rating == null && followUp == null) {
                return Optional.empty();
            }
            return Optional.of(new Offer(open && rating == null, open && followUp == null, p.citizenFeedbackUntil(),
                    rating, followUp));
        });
    }

    @Override
    @Transactional
    public void rate(String trackingCode, int stars, String comment) {
        if (stars < 1 || stars > 5) {
            throw DomainException.invalid("petition-rating-stars", "stars");
        }
        String text = Texts.clean(comment);
        if (text != null && text.length() > MAX_TEXT) {
            throw DomainException.invalid("petition-rating-comment-too-long", "comment", MAX_TEXT);
        }
        Petition p = load(trackingCode);
        LocalDate today = Dates.today(clock);
        p.checkCitizenFeedback(today);
        int inserted = jdbc.sql("""
                insert into petition_rating (petition_id, unit_id, stars, comment, rated_on) values (?, ?, ?, ?, ?)
                on conflict (petition_id) do nothing""").params(p.id(), p.unitId(), stars, text, today).update();
        if (inserted == 0) {
            throw DomainException.conflict("petition-rating-once");
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("registrationNumber", p.registrationNumber());
        summary.put("stars", stars);
        summary.put("withComment", text != null);
        audit.record(AuditAction.CREATE, "PetitionRating", p.id(), p.unitId(), summary);
    }

    @Override
    @Transactional
    public PetitionIntake.Registered reopen(String trackingCode, String reason) {
        String why = Texts.clean(reason);
        if (why == null) {
            throw DomainException.invalid("petition-reopen-reason-required", "reason");
        }
        if (why.length() > MAX_TEXT) {
            throw DomainException.invalid("petition-reopen-reason-too-long", "reason", MAX_TEXT);
        }
        Petition answered = load(trackingCode);
        LocalDate today = Dates.today(clock);
        answered.checkCitizenFeedback(today);
        if (followUp(answered.id()).isPresent()) {
            throw DomainException.conflict("petition-reopen-once");
        }
        String content = messages.getMessage("petition.follow-up.content",
                new Object[] {answered.registrationNumber(), Dates.format(answered.answeredOn()), why}, VI);
        Petition f = service.openFollowUp(answered, content, why, today);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("registrationNumber", answered.registrationNumber());
        summary.put("reopenedAs", f.registrationNumber());
        summary.put("followUpId", f.id());
        audit.record(AuditAction.UPDATE, "PetitionReopening", answered.id(), answered.unitId(), summary);
        return new PetitionIntake.Registered(f.id(), f.caseId(), f.registrationNumber(), f.trackingCode());
    }

    @Override
    @Transactional(readOnly = true)
    public List<BodyRatings> byBody(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Map<Long, int[]> stars = new LinkedHashMap<>();
        jdbc.sql("""
                select unit_id, stars, count(*) from petition_rating
                 where unit_id in (:units) and rated_on between :from and :to group by unit_id, stars""")
                .param("units", unitIds).param("from", from).param("to", to)
                .query(rs -> {
                    stars.computeIfAbsent(rs.getLong(1), u -> new int[5])[rs.getInt(2) - 1] = rs.getInt(3);
                });
        Map<Long, Integer> reopened = new LinkedHashMap<>();
        jdbc.sql("""
                select unit_id, count(*) from petition
                 where follow_up_of_id is not null and unit_id in (:units) and received_on between :from and :to
                 group by unit_id""")
                .param("units", unitIds).param("from", from).param("to", to)
                .query(rs -> {
                    reopened.put(rs.getLong(1), rs.getInt(2));
                });
        List<BodyRatings> result = new ArrayList<>();
        java.util.Set<Long> all = new java.util.TreeSet<>(stars.keySet());
        all.addAll(reopened.keySet());
        for (Long unit : all) {
            int[] s = stars.getOrDefault(unit, new int[5]);
            int count = 0;
            int sum = 0;
            for (int i = 0; i < 5; i++) {
                count += s[i];
                sum += s[i] * (i + 1);
            }
            result.add(new BodyRatings(unit, units.get(unit).name(), count, count == 0 ? 0 : (double) sum / count, s,
                    reopened.getOrDefault(unit, 0)));
        }
        result.sort(java.util.Comparator.comparing(BodyRatings::unitName));
        return result;
    }

    private Optional<Rating> rating(long petitionId) {
        return jdbc.sql("select stars, comment, rated_on from petition_rating where petition_id = ?").param(petitionId)
                .query((rs, i) -> new Rating(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .optional();
    }

    private Optional<String> followUp(long petitionId) {
        return jdbc.sql("select registration_number from petition where follow_up_of_id = ?").param(petitionId)
                .query(String.class).optional();
    }

    /** By tracking code; an unknown code answers like a closed window (the tracking page found it first). */
    private Petition load(String trackingCode) {
        String code = PetitionTrackingService.normalise(trackingCode);
        return jdbc.sql("select id from petition where tracking_code = ?").param(code).query(Long.class).optional()
                .flatMap(petitions::findById).filter(p -> !tracking.restricted(p))
                .orElseThrow(() -> DomainException.conflict("petition-feedback-closed"));
    }
}
