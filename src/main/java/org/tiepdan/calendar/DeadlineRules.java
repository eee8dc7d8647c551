package org.tiepdan.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.calendar.internal.DeadlineRuleStore;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * Legal time limits as data, and the deadlines computed from them. The rule in force on the date of
 * the starting event applies; a unit's stricter internal limit applies to it and every unit under it
 * (the nearest one wins), and can only shorten the statutory limit.
 */
@Service
public class DeadlineRules {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final DeadlineRuleStore store;
    private final WorkingCalendar calendar;
    private final OrgUnitHierarchy hierarchy;
    private final AuditLog audit;
    private final Clock clock;
    private final Deadline.Support support;

    DeadlineRules(DeadlineRuleStore store, WorkingCalendar calendar, OrgUnitHierarchy hierarchy, AuditLog audit,
            MessageSource messages, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.hierarchy = hierarchy;
        this.audit = audit;
        this.clock = clock;
        this.support = new Deadline.Support() {
            @Override
            public WorkingCalendar calendar() {
                return calendar;
            }

            @Override
            public String text(String key, Object... args) {
                return messages.getMessage(key, args, VI);
            }
        };
    }

    /** Every rule row, all periods. */
    @Transactional(readOnly = true)
    public List<DeadlineRule> all() {
        return store.all();
    }

    /** The rules in force on a date. */
    @Transactional(readOnly = true)
    public List<DeadlineRule> inForce(LocalDate on) {
        return store.inForce(on);
    }

    /** The rule in force on {@code on} (nationwide first); 404 problem when there is none. */
    @Transactional(readOnly = true)
    public DeadlineRule rule(String code, DeadlineVariant variant, LocalDate on) {
        return store.find(code, variant, on, null)
                .orElseThrow(() -> DomainException.notFound("deadline-rule-not-found", code, Dates.format(on)));
    }

    /**
     * The rule in force on {@code on} for a unit: its province's own rule, else the nationwide one
     * (null unit: nationwide first). Empty, without an exception, where the law had none that day, so
     * that a caller can simply not start that clock without marking its transaction rollback-only.
     */
    @Transactional(readOnly = true)
    public Optional<DeadlineRule> find(String code, DeadlineVariant variant, LocalDate on, Long unitId) {
        return store.find(code, variant, on, unitId == null ? null : store.provinceOf(unitId));
    }

    /** {@link #compute(String, DeadlineVariant, LocalDate, Long)} where a rule is in force on {@code start}; else empty. */
    @Transactional(readOnly = true)
    public Optional<Deadline> computeIfInForce(String code, DeadlineVariant variant, LocalDate start, Long unitId) {
        return find(code, variant, start, unitId).map(rule -> compute(rule, variant, start, unitId));
    }

    /** The nearest stricter limit set for the unit or a unit above it. */
    @Transactional(readOnly = true)
    public Optional<DeadlineOverride> overrideFor(String code, DeadlineVariant variant, Long unitId) {
        if (unitId == null) {
            return Optional.empty();
        }
        List<Long> chain = hierarchy.ancestorsOrSelf(unitId);
        return store.overridesFor(chain, code, variant).stream()
                .min(Comparator.comparingInt(o -> chain.indexOf(o.unitId())));
    }

    /** The deadline of a rule (variant NORMAL, no unit) from its starting event. */
    public Deadline compute(String code, LocalDate start) {
        return compute(code, DeadlineVariant.NORMAL, start, null);
    }

    /**
     * The deadline of a rule from its starting event for a unit (null: the statutory limit). The
     * shorter of the statutory limit in force on {@code start} and the unit's override applies.
     */
    @Transactional(readOnly = true)
    public Deadline compute(String code, DeadlineVariant variant, LocalDate start, Long unitId) {
        DeadlineRule rule = find(code, variant, start, unitId)
                .orElseThrow(() -> DomainException.notFound("deadline-rule-not-found", code, Dates.format(start)));
        return compute(rule, variant, start, unitId);
    }

    private Deadline compute(DeadlineRule rule, DeadlineVariant variant, LocalDate start, Long unitId) {
        String code = rule.code();
        int duration = overrideFor(code, variant, unitId).map(o -> Math.min(o.duration(), rule.duration()))
                .orElse(rule.duration());
        return Deadline.compute(support, rule, duration, start);
    }

    /**
     * Extends by the rule {@code extensionCode} (e.g. DENUNCIATION_EXTEND_COMPLEX) in force on the day
     * the deadline's clock started: a case runs on the law of its acceptance, so a denunciation accepted
     * in 2018 is extended under Luật Tố cáo 2011 even when the extension is decided in 2019.
     */
    @Transactional(readOnly = true)
    public Deadline extend(Deadline deadline, String extensionCode, LocalDate decidedOn, String reason) {
        DeadlineRule ext = rule(extensionCode, DeadlineVariant.NORMAL, deadline.start());
        return deadline.extend(ext.duration(), ext.unit(), decidedOn, ext.citation(), reason);
    }

    @Transactional(readOnly = true)
    public List<DeadlineOverride> overrides() {
        return store.overrides();
    }

    /**
     * Sets a unit's internal limit. Refused ({@code deadline-override-longer}, field "duration")
     * when longer than the statutory limit of any period of the rule in force today or later.
     */
    @Transactional
    public DeadlineOverride setOverride(long unitId, String code, DeadlineVariant variant, int duration, String note) {
        if (!store.unitExists(unitId)) {
            throw DomainException.invalid("unit-not-found", "unitId");
        }
        LocalDate today = Dates.today(clock);
        List<DeadlineRule> periods = store.all().stream()
                .filter(r -> r.code().equals(code) && r.variant() == variant)
                .filter(r -> r.effectiveTo() == null || !r.effectiveTo().isBefore(today))
                .toList();
        if (periods.isEmpty()) {
            throw DomainException.invalid("deadline-rule-not-found", "ruleCode", code, Dates.format(today));
        }
        if (duration <= 0) {
            throw DomainException.invalid("deadline-override-invalid", "duration");
        }
        int statutory = periods.stream().mapToInt(DeadlineRule::duration).min().orElseThrow();
        if (duration > statutory) {
            DeadlineRule r = periods.get(0);
            throw DomainException.invalid("deadline-override-longer", "duration", duration, statutory,
                    support.text("calendar.unit." + r.unit()), r.citation());
        }
        String cleanNote = note == null || note.isBlank() ? null : note.trim();
        long id = store.saveOverride(unitId, code, variant, duration, cleanNote, currentUser());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("ruleCode", code);
        changes.put("variant", variant);
        changes.put("duration", duration);
        changes.put("statutory", statutory);
        audit.record(AuditAction.UPDATE, "DeadlineOverride", id, unitId, changes);
        return new DeadlineOverride(id, unitId, code, variant, duration, cleanNote);
    }

    @Transactional
    public void removeOverride(long id) {
        DeadlineOverride o = store.override(id).orElseThrow(() -> DomainException.notFound("deadline-override-not-found"));
        store.deleteOverride(id);
        audit.record(AuditAction.DELETE, "DeadlineOverride", id, o.unitId(),
                Map.of("ruleCode", o.ruleCode(), "variant", o.variant(), "duration", o.duration()));
    }

    /** The unit an override belongs to, for access checks. */
    @Transactional(readOnly = true)
    public Long overrideUnit(long id) {
        return store.override(id).map(DeadlineOverride::unitId).orElse(null);
    }

    private static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName();
    }
}
