package org.tiepdan.report.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tiepdan.account.Access;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * Screens of the reports: the list, a report for a unit and a window (dd/MM/yyyy or a preset) with
 * its figures linked to their records, its findings, charts and downloads, and the records page.
 * A date that is not a real date is shown beside its field and nothing is computed.
 */
@Controller
class ReportController {

    private final ReportService reports;
    private final RecordsView records;
    private final ChartData charts;
    private final PageFigures page;
    private final Access access;
    private final Texts texts;

    ReportController(ReportService reports, RecordsView records, ChartData charts, PageFigures page, Access access,
            Texts texts) {
        this.reports = reports;
        this.records = records;
        this.charts = charts;
        this.page = page;
        this.access = access;
        this.texts = texts;
    }

    @GetMapping("/reports")
    @PreAuthorize("isAuthenticated()")
    String list(Model model) {
        model.addAttribute("codes", ReportDefinitions.CODES);
        model.addAttribute("unit", access.homeUnitId().orElse(null));
        return "report/list";
    }

    @GetMapping("/reports/{code}")
    @PreAuthorize("#unit == null ? isAuthenticated() : @reportAccess.canRead(#unit)")
    String report(@PathVariable String code, @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String topic, @RequestParam(required = false) String preset,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month, Model model) {
        ReportDefinitions.requireKnown(code);
        if (unit == null && access.homeUnitId().isPresent()) {
            return "redirect:/reports/" + code + "?unit=" + access.homeUnitId().get();
        }
        model.addAttribute("code", code);
        model.addAttribute("unit", unit);
        model.addAttribute("topic", topic);
        model.addAttribute("presets", Arrays.stream(Preset.values()).map(Preset::key).toList());
        model.addAttribute("preset", preset);
        model.addAttribute("year", year == null ? reports.today().getYear() : year);
        model.addAttribute("month", month == null ? reports.today().getMonthValue() : month);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        ReportWindow w;
        try {
            w = reports.window(code, date(from, "from"), date(to, "to"), preset, year, month);
        } catch (DomainException e) {
            model.addAttribute("error", texts.msg(e.messageKey(), e.args()));
            model.addAttribute("errorField", e.field());
            return "report/report";
        }
        if (unit == null) {
            return "report/report";
        }
        model.addAttribute("from", Dates.format(w.from()));
        model.addAttribute("to", Dates.format(w.to()));
        model.addAttribute("window", w);
        model.addAttribute("query", query(unit, w, topic, true));
        model.addAttribute("apiQuery", query(unit, w, topic, false));
        switch (code) {
            case ReportDefinitions.REGISTER -> model.addAttribute("register", reports.register(unit, w, topic));
            case ReportDefinitions.OUTLINE -> model.addAttribute("outline", reports.outline(unit, w));
            default -> {
                // The figures only: the cross-checks cost several times the figures at province scale, so
                // the page asks for them in a second call (findings below) once its figures are shown. The
                // figures are kept a short while for the page's charts, which then do not count them again.
                Evaluated r = page.evaluate(code, unit, w, topic).report();
                model.addAttribute("report", r);
                model.addAttribute("sentences", reports.sentences(r));
                Map<String, String> links = new LinkedHashMap<>();
                r.rows().forEach(row -> r.columns().forEach(c -> {
                    if (row.available() && row.value(c) != 0) {
                        links.put(row.cell().code() + "|" + c,
                                ReportService.cellLink("/reports", r, row.cell().code(), c, topic, false));
                    }
                }));
                model.addAttribute("links", links);
            }
        }
        return "report/report";
    }

    @GetMapping("/reports/{code}/charts")
    @PreAuthorize("@reportAccess.canRead(#unit)")
    @ResponseBody
    Map<String, Object> charts(@PathVariable String code, @RequestParam Long unit, @RequestParam String from,
            @RequestParam String to, @RequestParam(required = false) String topic) {
        return charts.charts(code, unit, reports.window(code, date(from, "from"), date(to, "to"), null, null, null),
                topic);
    }

    /**
     * The cross-checks of a statistical report as the page's findings block, asked for by the page after its
     * figures (reports.js): the same findings as the API's {@code findings} and the files, computed on demand.
     */
    @GetMapping("/reports/{code}/findings")
    @PreAuthorize("@reportAccess.canRead(#unit)")
    String findings(@PathVariable String code, @RequestParam Long unit, @RequestParam String from,
            @RequestParam String to, @RequestParam(required = false) String topic, Model model) {
        ReportWindow w = reports.window(code, date(from, "from"), date(to, "to"), null, null, null);
        if (ReportDefinitions.REGISTER.equals(code) || ReportDefinitions.OUTLINE.equals(code)) {
            throw DomainException.notFound("report-findings-not-found", code);
        }
        model.addAttribute("findings", reports.findings(code, unit, w, topic));
        return "report/report :: findings(list=${findings})";
    }

    @GetMapping("/reports/{code}/cells/{cell}/{column}")
    @PreAuthorize("@reportAccess.canRead(#unit)")
    String cell(@PathVariable String code, @PathVariable String cell, @PathVariable String column,
            @RequestParam Long unit, @RequestParam String from, @RequestParam String to,
            @RequestParam(required = false) String topic, @RequestParam(defaultValue = "0") int offset, Model model) {
        ReportWindow w = reports.window(code, date(from, "from"), date(to, "to"), null, null, null);
        List<Ref> refs = reports.records(code, cell, column, unit, w, topic);
        // The labels of the cell: from the figures the report page just showed (else evaluated once).
        Evaluated shape = page.recent(code, unit, w, topic).report();
        Evaluated.Row row = shape.row(cell);
        String label = row == null ? cell : row.groupLabel() + " — " + row.label();
        model.addAttribute("page", records.page(code, cell, label, column, unit, w, refs, offset, 200));
        model.addAttribute("definition", row == null ? "" : row.definition());
        model.addAttribute("back", "/reports/" + code + query(unit, w, topic, true));
        model.addAttribute("query", query(unit, w, topic, true));
        return "report/records";
    }

    /** "?unit=..&from=..&to=.." for the screens (dd/MM/yyyy) or the API (ISO). */
    static String query(long unit, ReportWindow w, String topic, boolean screen) {
        var b = org.springframework.web.util.UriComponentsBuilder.fromPath("").queryParam("unit", unit)
                .queryParam("from", screen ? Dates.format(w.from()) : w.from().toString())
                .queryParam("to", screen ? Dates.format(w.to()) : w.to().toString());
        if (topic != null) {
            b.queryParam("topic", topic);
        }
        return b.encode().build().toUriString();
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), Dates.DISPLAY);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("report-date-invalid", field, text.strip());
        }
    }
}
