package org.tiepdan.nationaldb.internal;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.nationaldb.internal.NationalDbMapping.RecordType;
import org.tiepdan.platform.DemoDataContributor;

/**
 * The demo shows both states: the history imported for 2019-2023 goes through the real sending
 * path to a stand-in receiver that accepts everything (the demo has no national database), so it
 * is SENT; this year's records stay PENDING, and the screen says why (no endpoint configured).
 */
@Component
class NationalDbDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(NationalDbDemoData.class);

    private final JdbcClient jdbc;
    private final NationalDbSender sender;

    NationalDbDemoData(JdbcClient jdbc, NationalDbSender sender) {
        this.jdbc = jdbc;
        this.sender = sender;
    }

    @Override
    public int order() {
        return 950;
    }

    @Override
    public void contribute() {
        NationalDbTransport standIn = envelope -> { };
        int sent = 0;
        for (NationalDbSender.Due due : jdbc.sql("""
                select r.record_type, r.record_id, r.unit_id, r.changed_at, r.attempts from national_db_record r
                 where r.status <> 'SENT' and (
                       (r.record_type = 'RECEPTION' and exists (select 1 from reception_visit v
                                                               where v.id = r.record_id and v.import_id is not null))
                    or (r.record_type <> 'RECEPTION' and exists (select 1 from petition p
                                                                where p.id = r.record_id and p.import_id is not null)))
                 order by r.changed_at, r.record_type, r.record_id""")
                .query((rs, i) -> new NationalDbSender.Due(RecordType.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getLong(3), rs.getTimestamp(4).toInstant(), rs.getInt(5)))
                .list()) {
            if (sender.sendOne(standIn, due) == NationalDbSender.Outcome.SENT) {
                sent++;
            }
        }
        log.info("Demo national database: {} imported records marked sent to a stand-in receiver at {}", sent,
                Instant.now());
    }
}
