package org.tiepdan.petition.internal;

import java.util.EnumSet;
import java.util.Set;

import org.tiepdan.account.Role;

/**
 * A step of a workflow. Each says who may take it (a role at the petition's unit or above),
 * whether it needs its written document (number and date), whether it needs a reason, and whether
 * it produces a notice (.docx). Labels: {@code petition.action.*}.
 */
public enum Action {
    /** Registration at intake (not in any table: it creates the petition). */
    REGISTER(false, false, false, Role.HANDLER, Role.HEAD, Role.RECEPTION_OFFICER),
    CLASSIFY(false, false, false),
    ACCEPT(true, false, true),
    REFUSE(true, true, true),
    TRANSFER(true, false, true),
    GUIDE(true, false, true),
    RETURN(true, true, true),
    ARCHIVE(false, true, true),
    DIRECT(true, false, true, Role.HEAD),
    RECORD_ANSWER(true, false, false),
    INVESTIGATE(false, false, false),
    HOLD_DIALOGUE(false, false, false),
    /**
     * First round only: no dialogue, because the complainant's request and the verification agree
     * (Luật Khiếu nại 2011 Art. 30); the reason is recorded. In the second round it is always held.
     */
    SKIP_DIALOGUE(false, true, false),
    DECIDE(true, false, true),
    SECOND_ROUND(true, false, true),
    NOTIFY(true, false, true),
    VERIFY(false, false, false),
    EXTEND(true, true, true, Role.HEAD),
    SUSPEND(true, true, true, Role.HEAD),
    RESUME(true, false, true, Role.HEAD),
    CONCLUDE(true, false, true),
    PUBLISH(false, false, false),
    ASSIGN(false, false, false),
    ANSWER(true, false, true),
    CLOSE(false, false, false),
    /** The petitioner withdraws (rút khiếu nại, rút tố cáo): their written withdrawal is the document. */
    WITHDRAW(true, false, true),
    /** Termination of the resolution (đình chỉ giải quyết): the head's decision, with its ground. */
    TERMINATE(true, true, true, Role.HEAD),
    /** Đôn đốc: a head urges the body holding a late petition; no state change. */
    REMIND(false, false, false, Role.HEAD);

    final boolean needsDocument;
    final boolean needsReason;
    final boolean notice;
    final Set<Role> roles;

    Action(boolean needsDocument, boolean needsReason, boolean notice) {
        this(needsDocument, needsReason, notice, Role.HANDLER, Role.HEAD);
    }

    Action(boolean needsDocument, boolean needsReason, boolean notice, Role first, Role... more) {
        this.needsDocument = needsDocument;
        this.needsReason = needsReason;
        this.notice = notice;
        this.roles = EnumSet.of(first, more);
    }

    public String urlName() {
        return name().toLowerCase().replace('_', '-');
    }

    static Action fromUrl(String name) {
        try {
            return valueOf(name.toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw org.tiepdan.platform.DomainException.notFound("petition-action-unknown", name);
        }
    }
}
