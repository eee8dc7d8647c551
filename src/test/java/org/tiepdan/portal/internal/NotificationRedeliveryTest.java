package org.tiepdan.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tiepdan.portal.internal.PortalTestSupport.newAddress;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.PetitionStateChanged;
import org.tiepdan.platform.internal.EventRedelivery;
import tools.jackson.databind.json.JsonMapper;

/**
 * A citizen's notification is not lost between the step's commit and its sending (issue 23): the
 * step's transaction stores it in the event publication registry ({@code event_publication}), and
 * {@link EventRedelivery} sends again what a failed carrier or a stopped node left unsent, once.
 * The stored event names the petition by id only: no address (sealed or not), no tracking code.
 */
@FullStackTest
class NotificationRedeliveryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits units;
    @Autowired
    JsonMapper json;
    @Autowired
    Mailer mailer;
    @Autowired
    EventRedelivery redelivery;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    TransactionTemplate tx;

    PortalTestSupport portal;
    String address;

    @BeforeEach
    void setUp() {
        portal = new PortalTestSupport(mvc, jdbc, units, json);
        address = newAddress();
    }

    @AfterEach
    void tearDown() {
        ((LogOnlyMailer) mailer).refuse(0);
    }

    private String submit(String kind, String email) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("unitId", String.valueOf(portal.ubnd()));
        f.put("kind", kind);
        f.put("content", "Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất chậm " + email);
        f.put("fullName", "Đinh Thị Gửi Lại");
        f.put("address", "thôn Gửi Lại");
        f.put("email", email);
        return PortalTestSupport.code(portal.submit(address, f));
    }

    private List<Mailer.Mail> sentTo(String email) {
        return ((LogOnlyMailer) mailer).recent().stream().filter(m -> m.to().equals(email)).toList();
    }

    private List<Map<String, Object>> publicationsOf(long petitionId) {
        return jdbc.sql("""
                select listener_id, status, serialized_event from event_publication
                 where event_type = ? and serialized_event like ?""")
                .params(PetitionStateChanged.class.getName(), "%\"petitionId\":" + petitionId + ",%")
                .query().listOfRows();
    }

    @Test
    void aSealedDenouncersNotificationWhoseSendingFailedIsStoredWithoutAddressAndGoesOutOnceOnRedelivery()
            throws Exception {
        String email = "gui.lai.tocao." + System.nanoTime() + "@example.vn";
        String code = submit("DENUNCIATION", email);
        long id = portal.petitionId(code);
        String today = LocalDate.now().toString();
        portal.handler(id, "/classification", Map.of("on", today, "kind", "DENUNCIATION", "field", "ADMINISTRATION",
                "eligible", true, "competence", "RESOLVE"));

        // The mail server refuses: the step stands, the notification stays in the registry, failed.
        ((LogOnlyMailer) mailer).refuse(1);
        portal.handler(id, "/actions/accept", Map.of("on", today, "documentNumber", "8/TB-UBND", "documentDate",
                today, "note", "ghi chú"));
        assertThat(jdbc.sql("select state from petition where id = ?").param(id).query(String.class).single())
                .isEqualTo("ACCEPTED");
        assertThat(sentTo(email)).isEmpty();
        List<Map<String, Object>> left = publicationsOf(id);
        assertThat(left).hasSize(1);
        assertThat(left.get(0).get("listener_id")).isEqualTo(Notifications.LISTENER_ID);
        assertThat(left.get(0).get("status")).isEqualTo("FAILED");
        // Ids only: neither the sealed address nor the code is in any stored event.
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ? or serialized_event like ?")
                .params("%" + email + "%", "%" + code + "%").query(Long.class).single()).isZero();

        redelivery.redeliver();
        List<Mailer.Mail> sent = sentTo(email);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).reference()).startsWith("sealed ");
        assertThat(sent.get(0).text()).contains("Đã thụ lý").doesNotContain(code);
        assertThat(publicationsOf(id)).isEmpty();

        // Once: a second pass finds nothing left.
        redelivery.redeliver();
        assertThat(sentTo(email)).hasSize(1);
    }

    @Test
    void aNotificationLeftUnsentByAStoppedNodeGoesOutOnceWhenItIsStale() throws Exception {
        String email = "gui.lai." + System.nanoTime() + "@example.vn";
        String code = submit("COMPLAINT", email);
        long id = portal.petitionId(code);
        portal.classifyAndAccept(id, "COMPLAINT", "ghi chú");
        assertThat(sentTo(email)).hasSize(1);
        assertThat(publicationsOf(id)).isEmpty();

        // What the step's transaction writes before the node stops, between the commit and the sending:
        // the publication, and nothing sent.
        PetitionStateChanged unsent = new PetitionStateChanged(id, "ACCEPT", "CLASSIFIED", "ACCEPTED",
                LocalDate.now());
        tx.executeWithoutResult(s -> registry.store(unsent,
                Stream.of(PublicationTargetIdentifier.of(Notifications.LISTENER_ID))));
        assertThat(publicationsOf(id)).singleElement().satisfies(r -> assertThat(r.get("status")).isEqualTo("PUBLISHED"));

        // Fresh, it may still be on its way from a live node: left alone.
        redelivery.redeliver();
        assertThat(sentTo(email)).hasSize(1);
        assertThat(publicationsOf(id)).hasSize(1);

        // Older than the stale limit: its node is gone; sent once.
        jdbc.sql("""
                update event_publication set publication_date = publication_date - interval '1 hour',
                       last_resubmission_date = last_resubmission_date - interval '1 hour'
                 where event_type = ? and serialized_event like ?""")
                .params(PetitionStateChanged.class.getName(), "%\"petitionId\":" + id + ",%").update();
        redelivery.redeliver();
        assertThat(sentTo(email)).hasSize(2);
        assertThat(sentTo(email).get(1).text()).contains(code, "Đã thụ lý");
        assertThat(publicationsOf(id)).isEmpty();
        redelivery.redeliver();
        assertThat(sentTo(email)).hasSize(2);
    }
}
