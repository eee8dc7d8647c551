package org.tiepdan.report.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;

/** The records behind a cell, one page of them, with their unit's name, date and screen. */
@Component
public class RecordsView {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 5000;

    public record Line(int stt, String type, String typeLabel, long id, long unitId, String unitName, String date, long weight,
            String path) {
    }

    public record Page(String report, String cell, String label, String column, long unitId, String unitName,
            ReportWindow window, long value, int count, int offset, int limit, List<Line> records) {
    }

    private final OrgUnits units;
    private final Texts texts;

    RecordsView(OrgUnits units, Texts texts) {
        this.units = units;
        this.texts = texts;
    }

    Page page(String report, String cell, String label, String column, long unitId, ReportWindow w, List<Ref> refs,
            int offset, int limit) {
        int from = Math.max(0, Math.min(offset, refs.size()));
        int size = Math.max(1, Math.min(limit, MAX_LIMIT));
        int to = Math.min(refs.size(), from + size);
        Map<Long, String> names = new HashMap<>();
        List<Line> lines = new java.util.ArrayList<>();
        for (int i = from; i < to; i++) {
            Ref r = refs.get(i);
            lines.add(new Line(i + 1, r.type(), texts.msgOr("record-type." + r.type(), r.type()), r.id(), r.unitId(),
                    names.computeIfAbsent(r.unitId(), id -> units.find(id).map(u -> u.name()).orElse("")),
                    Dates.format(r.date()), r.weight(), RecordLinks.path(r)));
        }
        long value = refs.stream().mapToLong(Ref::weight).sum();
        return new Page(report, cell, label, column, unitId, units.get(unitId).name(), w, value, refs.size(), from, size,
                lines);
    }

    Map<String, Object> json(Page p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("report", p.report());
        json.put("cell", p.cell());
        json.put("label", p.label());
        json.put("column", p.column());
        json.put("unit", Map.of("id", p.unitId(), "name", p.unitName()));
        json.put("from", p.window().from().toString());
        json.put("to", p.window().to().toString());
        json.put("value", p.value());
        json.put("count", p.count());
        json.put("offset", p.offset());
        json.put("limit", p.limit());
        json.put("records", p.records().stream().map(l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", l.type());
            m.put("id", l.id());
            m.put("unit", Map.of("id", l.unitId(), "name", l.unitName()));
            m.put("date", l.date().isEmpty() ? null : l.date());
            m.put("weight", l.weight());
            m.put("url", l.path());
            return m;
        }).toList());
        return json;
    }
}
