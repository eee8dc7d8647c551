package org.tiepdan.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import org.tiepdan.document.RegisterFiles;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * The reports as the screens and the API ask for them: the window (dates or a preset), the report
 * as data (the JSON shape of REPORTS.md), its files, and the records behind a cell.
 */
@Service
@Transactional(readOnly = true)
class ReportService {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    /** A file to download. */
    record File(byte[] bytes, String name, String contentType) {
    }

    private final ReportEngine engine;
    private final RegisterView registers;
    private final OutlineBuilder outlines;
    private final PeriodicSentences sentences;
    private final ReportFiles files;
    private final OutlineFiles outlineFiles;
    private final RegisterFiles registerFiles;
    private final OrgUnits units;
    private final Texts texts;
    private final Clock clock;

    ReportService(ReportEngine engine, RegisterView registers, OutlineBuilder outlines, PeriodicSentences sentences,
            ReportFiles files, OutlineFiles outlineFiles, RegisterFiles registerFiles, OrgUnits units, Texts texts,
            Optional<Clock> clock) {
        this.engine = engine;
        this.registers = registers;
        this.outlines = outlines;
        this.sentences = sentences;
        this.files = files;
        this.outlineFiles = outlineFiles;
        this.registerFiles = registerFiles;
        this.units = units;
        this.texts = texts;
        this.clock = clock.orElse(Clock.system(Dates.ZONE));
    }

    LocalDate today() {
        return Dates.today(clock);
    }

    /**
     * The window asked for: a preset (with its year, and month for the monthly report), else the
     * dates, else the report's default (the periodic report: this year so far in KL 215 terms; the
     * others: the QĐ 11 review window 18/02/2019–31/12/2023).
     */
    ReportWindow window(String code, LocalDate from, LocalDate to, String presetKey, Integer year, Integer month) {
        ReportDefinitions.requireKnown(code);
        if (presetKey != null && !presetKey.isBlank()) {
            Preset preset = Preset.ofKey(presetKey);
            if (preset == null) {
                throw DomainException.invalid("report-preset-unknown", "preset", presetKey);
            }
            int y = year == null ? today().getYear() : year;
            int m = month == null ? today().getMonthValue() : month;
            if (y < 1990 || y > 2100 || m < 1 || m > 12) {
                throw DomainException.invalid("report-preset-year", year == null ? "month" : "year");
            }
            return preset.window(y, m);
        }
        ReportWindow fallback = ReportDefinitions.PERIODIC.equals(code)
                ? Preset.KL215_YEAR.window(today().getYear(), 1) : Preset.QD11_REVIEW.window(0, 1);
        return new ReportWindow(from == null ? fallback.from() : from, to == null ? fallback.to() : to);
    }

    String unitName(long unitId) {
        return units.get(unitId).name();
    }

    Evaluated evaluate(String code, long unit, ReportWindow w, String topic) {
        return engine.evaluate(code, unit, w, topic);
    }

    /** The cross-checks only (the report page's second call, after its figures). */
    List<Finding> findings(String code, long unit, ReportWindow w, String topic) {
        return engine.findings(code, unit, w, topic);
    }

    /** The figures only, without the cross-checks (labels of a drill-down page). */
    Evaluated figures(String code, long unit, ReportWindow w, String topic) {
        return engine.evaluate(code, unit, w, topic, false);
    }

    List<String> sentences(Evaluated r) {
        return ReportDefinitions.PERIODIC.equals(r.code()) ? sentences.write(r) : List.of();
    }

    RegisterView.Register register(long unit, ReportWindow w, String topic) {
        String t = topic == null ? ReportDefinitions.QD11 : topic.isBlank() ? null : topic.strip();
        Evaluated checks = engine.evaluate(ReportDefinitions.APPENDIX_1, unit, w, t);
        return registers.build(unit, checks.unitName(), w, t, checks.findings());
    }

    Outline outline(long unit, ReportWindow w) {
        return outlines.build(unit, w);
    }

    List<Ref> records(String code, String cell, String column, long unit, ReportWindow w, String topic) {
        return engine.records(code, cell, column, unit, w, topic);
    }

    /** The report as JSON (REPORTS.md): statistical reports, the register, or the outline. */
    Map<String, Object> json(String code, long unit, ReportWindow w, String topic) {
        ReportDefinitions.requireKnown(code);
        return switch (code) {
            case ReportDefinitions.REGISTER -> registerJson(register(unit, w, topic));
            case ReportDefinitions.OUTLINE -> outlineJson(outline(unit, w));
            default -> statisticalJson(evaluate(code, unit, w, topic), topic);
        };
    }

    private Map<String, Object> statisticalJson(Evaluated r, String askedTopic) {
        Map<String, Object> json = head(r.code(), r.unitId(), r.unitName(), r.window());
        json.put("topic", r.topic());
        json.put("columns", r.columns());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Evaluated.Row row : r.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", row.cell().code());
            m.put("group", row.group());
            m.put("groupLabel", row.groupLabel());
            m.put("label", row.label());
            m.put("definition", row.definition());
            m.put("values", row.values());
            Map<String, String> links = new LinkedHashMap<>();
            if (row.available()) {
                row.values().forEach((column, v) -> {
                    if (v != 0) {
                        links.put(column, cellLink("/api/v1/reports", r, row.cell().code(), column, askedTopic, true));
                    }
                });
            } else {
                m.put("note", texts.msg("report.no-data"));
            }
            m.put("records", links);
            rows.add(m);
        }
        json.put("rows", rows);
        if (ReportDefinitions.PERIODIC.equals(r.code())) {
            json.put("sentences", sentences.write(r));
        }
        json.put("findings", r.findings());
        return json;
    }

    /** The link to the records of a cell, on the API (ISO dates) or the screens (dd/MM/yyyy). */
    static String cellLink(String base, Evaluated r, String cell, String column, String askedTopic, boolean api) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(base + "/" + r.code() + "/cells/" + cell + "/" + column)
                .queryParam("unit", r.unitId())
                .queryParam("from", api ? r.window().from().toString() : Dates.format(r.window().from()))
                .queryParam("to", api ? r.window().to().toString() : Dates.format(r.window().to()));
        if (askedTopic != null) {
            b.queryParam("topic", askedTopic);
        }
        return b.encode().build().toUriString();
    }

    private Map<String, Object> registerJson(RegisterView.Register reg) {
        Map<String, Object> json = head(reg.report(), reg.unitId(), reg.unitName(), reg.window());
        json.put("topic", reg.topic());
        json.put("groups", reg.groups());
        json.put("total", reg.total());
        json.put("findings", reg.findings());
        return json;
    }

    private Map<String, Object> outlineJson(Outline o) {
        Map<String, Object> json = head(ReportDefinitions.OUTLINE, o.unitId(), o.unitName(), o.window());
        json.put("blocks", o.blocks());
        json.put("appendices", o.appendices().stream().map(Evaluated::code).toList());
        json.put("findings", o.findings());
        return json;
    }

    private static Map<String, Object> head(String code, long unitId, String unitName, ReportWindow w) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("report", code);
        json.put("unit", Map.of("id", unitId, "name", unitName));
        json.put("from", w.from().toString());
        json.put("to", w.to().toString());
        return json;
    }

    File file(String code, String format, long unit, ReportWindow w, String topic) {
        ReportDefinitions.requireKnown(code);
        String name = code + "_" + w.from() + "_" + w.to();
        return switch (format) {
            case "docx" -> new File(docx(code, unit, w, topic), name + ".docx", DOCX);
            case "xlsx" -> new File(xlsx(code, unit, w, topic), name + ".xlsx", XLSX);
            case "pdf" -> new File(pdf(code, unit, w, topic), name + ".pdf", PDF);
            default -> throw DomainException.invalid("report-format-unknown", "format", format);
        };
    }

    private String registerTopic(String topic) {
        return topic == null ? ReportDefinitions.QD11 : topic.isBlank() ? null : topic.strip();
    }

    private byte[] docx(String code, long unit, ReportWindow w, String topic) {
        return switch (code) {
            case ReportDefinitions.REGISTER -> registerFiles.docx(unit, w.from(), w.to(), registerTopic(topic), today());
            case ReportDefinitions.OUTLINE -> outlineFiles.docx(outline(unit, w), today());
            default -> {
                Evaluated r = engine.evaluate(code, unit, w, topic, false);
                yield files.docx(r, sentences(r), today());
            }
        };
    }

    private byte[] xlsx(String code, long unit, ReportWindow w, String topic) {
        return switch (code) {
            case ReportDefinitions.REGISTER -> registerFiles.xlsx(unit, w.from(), w.to(), registerTopic(topic));
            case ReportDefinitions.OUTLINE -> outlineFiles.xlsx(outline(unit, w));
            default -> {
                Evaluated r = engine.evaluate(code, unit, w, topic, false);
                yield files.xlsx(r, sentences(r));
            }
        };
    }

    private byte[] pdf(String code, long unit, ReportWindow w, String topic) {
        return switch (code) {
            case ReportDefinitions.REGISTER -> outlineFiles.registerPdf(register(unit, w, topic));
            case ReportDefinitions.OUTLINE -> outlineFiles.pdf(outline(unit, w));
            default -> {
                Evaluated r = engine.evaluate(code, unit, w, topic, false);
                yield files.pdf(r, sentences(r));
            }
        };
    }
}
