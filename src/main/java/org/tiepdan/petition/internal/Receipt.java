package org.tiepdan.petition.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.tiepdan.petition.Channel;
import org.tiepdan.platform.DomainException;

/**
 * How a petition came in and its entry in the unit's register: the channel and day, the sending
 * body's dispatch for a transferred one, the reception visit it was taken at, the content, who and
 * how many sent it, and its registration number and tracking code. Written once, at registration,
 * from an {@link Intake} checked here ({@link #of}); nothing changes it afterwards but the number,
 * which {@link RegisterNumbers} gives last. A value of the aggregate (the same columns of the
 * {@code petition} row); its own class because the intake's rules and cleaning are one concept,
 * apart from the steps. Its channel, day and content are NOT NULL columns, so it always loads.
 */
@Embeddable
class Receipt {

    @Enumerated(EnumType.STRING)
    @Column(name = "channel")
    private Channel channel;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    @Column(name = "sender_body")
    private String senderBody;
    @Column(name = "dispatch_number")
    private String dispatchNumber;
    @Column(name = "dispatch_date")
    private LocalDate dispatchDate;
    @Column(name = "reception_visit_id")
    private Long receptionVisitId;
    @Column(name = "content")
    private String content;
    @Column(name = "anonymous")
    private boolean anonymous;
    @Column(name = "copy_marker")
    private boolean copyMarker;
    @Column(name = "forwarded")
    private boolean forwarded;
    @Column(name = "headcount")
    private int headcount;
    /** Vụ việc mới phát sinh (true), vụ việc cũ (false), or not recorded (null). */
    @Column(name = "new_matter")
    private Boolean newMatter;
    @Column(name = "registration_year")
    private int registrationYear;
    @Column(name = "registration_seq")
    private int registrationSeq;
    @Column(name = "registration_number")
    private String registrationNumber;
    @Column(name = "tracking_code")
    private String trackingCode;

    protected Receipt() {
    }

    /**
     * The intake checked (day, channel, content, a transferred petition's dispatch, someone named
     * unless anonymous) and cleaned; the headcount is at least the people named. {@code seq}: the
     * register's number, or a provisional one ({@link RegisterNumbers#provisionalNumber}).
     */
    static Receipt of(Intake in, int seq, String trackingCode) {
        if (in.receivedOn() == null) {
            throw DomainException.invalid("petition-received-required", "receivedOn");
        }
        if (in.channel() == null) {
            throw DomainException.invalid("petition-channel-required", "channel");
        }
        String text = Texts.clean(in.content());
        if (text == null) {
            throw DomainException.invalid("petition-content-required", "content");
        }
        if (in.channel() == Channel.TRANSFERRED && (Texts.clean(in.senderBody()) == null
                || Texts.clean(in.dispatchNumber()) == null || in.dispatchDate() == null)) {
            throw DomainException.invalid("petition-transfer-dispatch-required", "senderBody");
        }
        if (!in.anonymous() && in.named().isEmpty()) {
            throw DomainException.invalid("petition-petitioner-required", "petitioners");
        }
        Receipt r = new Receipt();
        r.channel = in.channel();
        r.receivedOn = in.receivedOn();
        r.senderBody = Texts.clean(in.senderBody());
        r.dispatchNumber = Texts.clean(in.dispatchNumber());
        r.dispatchDate = in.dispatchDate();
        r.receptionVisitId = in.receptionVisitId();
        r.content = text;
        r.anonymous = in.anonymous();
        r.copyMarker = in.copyMarker();
        r.forwarded = in.forwarded();
        r.headcount = Math.max(in.headcount(), Math.max(1, in.named().size()));
        r.newMatter = in.newMatter();
        r.registrationYear = in.receivedOn().getYear();
        r.registrationSeq = seq;
        r.registrationNumber = seq + "/" + r.registrationYear;
        r.trackingCode = trackingCode;
        return r;
    }

    Channel channel() { return channel; }
    LocalDate receivedOn() { return receivedOn; }
    String senderBody() { return senderBody; }
    String dispatchNumber() { return dispatchNumber; }
    LocalDate dispatchDate() { return dispatchDate; }
    Long receptionVisitId() { return receptionVisitId; }
    String content() { return content; }
    boolean anonymous() { return anonymous; }
    boolean copyMarker() { return copyMarker; }
    boolean forwarded() { return forwarded; }
    int headcount() { return headcount; }
    Boolean newMatter() { return newMatter; }
    String registrationNumber() { return registrationNumber; }
    String trackingCode() { return trackingCode; }
}
