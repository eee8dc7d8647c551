package org.tiepdan.audit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.tiepdan.platform.Dates;

/** Reads the audit log for the admin screen: filters by user, entity and date range, newest first. */
@Component
class AuditQuery {

    static final int PAGE_SIZE = 50;
    private final JdbcClient jdbc;

    AuditQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Filter(String username, String entityType, String entityId, LocalDate from, LocalDate to, int page) {
        Filter {
            page = Math.max(page, 0);
        }
    }

    record Row(long id, Instant occurredAt, String username, String remoteAddress, Long unitId, String entityType,
            String entityId, String action, String summary) {
    }

    record Page(List<Row> rows, long total, int page, int pages) {
    }

    /** {@code units} null: every row; otherwise only the rows of those units. */
    Page find(Filter filter, List<Long> units) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (units != null) {
            where.append(" and unit_id = any(?)");
            params.add(units.toArray(Long[]::new));
        }
        if (StringUtils.hasText(filter.username())) {
            where.append(" and username = ?");
            params.add(filter.username().trim());
        }
        if (StringUtils.hasText(filter.entityType())) {
            where.append(" and entity_type = ?");
            params.add(filter.entityType().trim());
        }
        if (StringUtils.hasText(filter.entityId())) {
            where.append(" and entity_id = ?");
            params.add(filter.entityId().trim());
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= ?");
            params.add(java.sql.Timestamp.from(filter.from().atStartOfDay(Dates.ZONE).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < ?");
            params.add(java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(Dates.ZONE).toInstant()));
        }
        long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(PAGE_SIZE);
        pageParams.add((long) filter.page() * PAGE_SIZE);
        List<Row> rows = jdbc.sql("select id, occurred_at, username, remote_address, unit_id, entity_type, entity_id,"
                        + " action, summary from audit_entry" + where + " order by occurred_at desc, id desc limit ? offset ?")
                .params(pageParams)
                .query((rs, i) -> new Row(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("username"), rs.getString("remote_address"),
                        (Long) rs.getObject("unit_id"), rs.getString("entity_type"), rs.getString("entity_id"),
                        rs.getString("action"), rs.getString("summary")))
                .list();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Page(rows, total, filter.page(), pages);
    }

    List<String> entityTypes(List<Long> units) {
        if (units != null) {
            return jdbc.sql("select distinct entity_type from audit_entry where unit_id = any(?) order by 1")
                    .param(units.toArray(Long[]::new)).query(String.class).list();
        }
        return jdbc.sql("select distinct entity_type from audit_entry order by 1").query(String.class).list();
    }
}
