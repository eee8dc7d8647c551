package org.tiepdan.dialogue.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.dialogue.DialogueKind;
import org.tiepdan.dialogue.internal.DialogueViews.PointStatus;
import org.tiepdan.dialogue.internal.DialogueViews.Progress;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.DomainException;

/**
 * The follow-up of a dialogue's conclusions: every point, who owns it, its due date, status and
 * answer, and the progress. The public version (published once the conclusion notice is issued)
 * carries no personal data: points show their hamlet, never the citizen, petition numbers are left
 * out, and any citizen's name written into a text (a point, an answer, the conclusions) is masked.
 */
@Component
class FollowUp {

    private static final Locale VI = Locale.forLanguageTag("vi");

    record Point(int seq, OpinionStage stage, String raisedBy, String hamlet, OpinionField field, String content,
            PointStatus status, String owner, LocalDate due, LocalDate answeredOn, String documentNumber,
            String answer, String escalatedTo, String petitionNumber) {
    }

    record FollowUpView(long id, String unitName, DialogueKind kind, String topic, LocalDate heldOn, String place,
            List<String> hostBodies, List<String> hamlets, String chairName, DialogueState state,
            LocalDate conclusionDue, LocalDate conclusionIssuedOn, String conclusionNumber, String conclusionText,
            List<Point> points, Progress progress, boolean publicView) {
    }

    private final DialogueService service;
    private final OrgUnits units;
    private final MessageSource messages;

    FollowUp(DialogueService service, OrgUnits units, MessageSource messages) {
        this.service = service;
        this.units = units;
        this.messages = messages;
    }

    static boolean published(DialogueState state) {
        return state == DialogueState.CONCLUDED || state == DialogueState.CLOSED;
    }

    @Transactional(readOnly = true)
    public FollowUpView staff(long id) {
        return build(service.get(id), false, service.today());
    }

    /** The public page; a dialogue not (yet) published is not found, revealing nothing. */
    @Transactional(readOnly = true)
    public FollowUpView publicView(long id) {
        Dialogue d;
        try {
            d = service.get(id);
        } catch (DomainException e) {
            throw DomainException.notFound("dialogue-not-published");
        }
        if (!published(d.state())) {
            throw DomainException.notFound("dialogue-not-published");
        }
        return build(d, true, service.today());
    }

    FollowUpView build(Dialogue d, boolean publicView, LocalDate today) {
        Redactor redact = publicView ? new Redactor(d.opinions().stream().map(DialogueOpinion::citizenName)
                .filter(Objects::nonNull).toList(), msg("dialogue.public.name-hidden")) : Redactor.NONE;
        List<Point> points = new ArrayList<>();
        for (DialogueOpinion o : d.opinions()) {
            Assignment a = d.assignmentFor(o).orElse(null);
            PointStatus status = DialogueViews.status(o, a, today);
            String raisedBy = o.source() == OpinionSource.HAMLET ? o.hamlet()
                    : publicView ? (o.hamlet() == null ? msg("dialogue.public.citizen") : msg("dialogue.public.citizen-of", o.hamlet()))
                    : o.citizenName();
            String owner = a == null ? null : units.get(a.assigneeUnitId()).name();
            String answer = o.answeredOnSpot() ? o.answer()
                    : a == null ? null
                    : a.state() == AssignmentState.ANSWERED ? a.answer()
                    : a.state() == AssignmentState.ESCALATED ? a.escalationReason() : null;
            String number = a == null ? null
                    : a.state() == AssignmentState.ANSWERED ? a.answerNumber()
                    : a.state() == AssignmentState.ESCALATED ? a.escalationNumber() : null;
            LocalDate answeredOn = a == null ? null : a.settledOn();
            points.add(new Point(o.seq(), o.stage(), raisedBy, o.hamlet(), o.field(), redact.apply(o.content()), status,
                    owner, a == null ? null : a.due(), answeredOn, number, redact.apply(answer),
                    a == null ? null : a.escalatedTo(), publicView ? null : o.petitionNumber()));
        }
        Progress progress = new Progress(points.size(), (int) points.stream().filter(p -> p.status().done()).count());
        Conclusion c = d.conclusion();
        return new FollowUpView(d.id(), units.get(d.unitId()).name(), d.kind(), redact.apply(d.topic()), d.heldOn(),
                d.place(), d.hosts().stream().map(h -> units.get(h.unitId()).name()).toList(), d.hamlets(),
                d.chairName(), d.state(), c == null ? null : c.due(), c == null ? null : c.issuedOn(),
                c == null ? null : c.number(), c == null ? null : redact.apply(c.text()), points, progress, publicView);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }

    /**
     * Masks the citizens' names of a dialogue wherever they appear in a text, whatever the case or
     * Unicode composition. Longer names first, so that "Nguyễn Văn An" is masked whole before "Văn An".
     */
    static final class Redactor {

        static final Redactor NONE = new Redactor(List.of(), "");

        private final List<Pattern> patterns;
        private final String mask;

        Redactor(List<String> names, String mask) {
            this.mask = mask;
            this.patterns = names.stream().map(n -> Normalizer.normalize(n, Normalizer.Form.NFC).strip())
                    .filter(n -> !n.isEmpty()).distinct().sorted(Comparator.comparingInt(String::length).reversed())
                    .map(n -> Pattern.compile(Pattern.quote(n), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                    .toList();
        }

        String apply(String text) {
            if (text == null || patterns.isEmpty()) {
                return text;
            }
            String out = Normalizer.normalize(text, Normalizer.Form.NFC);
            for (Pattern p : patterns) {
                out = p.matcher(out).replaceAll(Matcher.quoteReplacement(mask));
            }
            return out;
        }
    }
}
