package org.tiepdan.history.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiepdan.account.Access;
import org.tiepdan.platform.DomainException;

/**
 * Screens of history imports: the list, the upload page with the template, the preview with
 * findings where rows are corrected or left out (htmx), confirmation, and progress for big files.
 */
@Controller
@RequestMapping("/imports")
class HistoryController {

    static final int FULL_PREVIEW_ROWS = 300;

    /** A row of the preview with what a person reads: a short summary of its fields. */
    record PreviewRow(ImportJobs.Row row, String summary) {
    }

    private final HistoryImportService imports;
    private final HistoryAccess historyAccess;
    private final Access access;
    private final Workbooks workbooks;
    private final UnitDirectory directory;
    private final Vocabulary vocabulary;

    HistoryController(HistoryImportService imports, HistoryAccess historyAccess, Access access, Workbooks workbooks,
            UnitDirectory directory, Vocabulary vocabulary) {
        this.imports = imports;
        this.historyAccess = historyAccess;
        this.access = access;
        this.workbooks = workbooks;
        this.directory = directory;
        this.vocabulary = vocabulary;
    }

    @GetMapping
    @PreAuthorize("@historyAccess.canImportSomewhere()")
    String list(Model model) {
        model.addAttribute("jobs", imports.recent(200).stream().filter(j -> historyAccess.canImport(j.unitId())).toList());
        model.addAttribute("names", new UnitNames(directory));
        model.addAttribute("unit", access.homeUnitId().orElse(null));
        return "history/list";
    }

    @GetMapping("/new")
    @PreAuthorize("@historyAccess.canImport(#unit)")
    String upload(@RequestParam Long unit, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("unitName", directory.of(unit).root().name());
        model.addAttribute("dialoguesAvailable", imports.dialoguesAvailable());
        return "history/upload";
    }

    @GetMapping("/template")
    @PreAuthorize("@historyAccess.canImport(#unit)")
    ResponseEntity<byte[]> template(@RequestParam Long unit) {
        byte[] xlsx = workbooks.template(directory.of(unit));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(vocabulary.text("history.template.file-name") + ".xlsx", StandardCharsets.UTF_8)
                        .build().toString())
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(xlsx);
    }

    @PostMapping
    @PreAuthorize("@historyAccess.canImport(#unit)")
    String stage(@RequestParam Long unit, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return uploadError(unit, "error.history-file-missing", model);
        }
        long id;
        try {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
            id = name.endsWith(".json") ? imports.stageJson(unit, file.getOriginalFilename(), file.getBytes())
                    : imports.stageWorkbook(unit, file.getOriginalFilename(), file.getBytes());
        } catch (DomainException e) {
            return uploadError(unit, e.messageKey(), model);
        } catch (BundleJson.Rejected e) {
            return uploadError(unit, "error.history-bundle-invalid", model);
        }
        if (imports.large(id)) {
            imports.validateInBackground(id);
        } else {
            imports.validate(id, false);
        }
        return "redirect:/imports/" + id;
    }

    private String uploadError(Long unit, String key, Model model) {
        model.addAttribute("fileError", key);
        return upload(unit, model);
    }

    @GetMapping("/{id}")
    @PreAuthorize("@historyAccess.canSee(#id)")
    String show(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean all, Model model) {
        fill(id, all, null, model);
        return "history/show";
    }

    /** Polled while a job runs; once it is done the page reloads itself. */
    @GetMapping("/{id}/progress")
    @PreAuthorize("@historyAccess.canSee(#id)")
    String progress(@PathVariable Long id, HttpServletResponse response, Model model) {
        ImportJobs.Job job = imports.job(id);
        if (!job.running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", job);
        return "history/show :: progress";
    }

    @GetMapping("/{id}/rows/{row}/edit")
    @PreAuthorize("@historyAccess.canSee(#id)")
    String edit(@PathVariable Long id, @PathVariable Long row, Model model) {
        fill(id, true, row, model);
        return "history/show :: preview";
    }

    @PostMapping("/{id}/rows/{row}")
    @PreAuthorize("@historyAccess.canSee(#id)")
    String save(@PathVariable Long id, @PathVariable Long row, @RequestParam long version,
            @RequestParam Map<String, String> params, Model model) {
        Map<String, String> fields = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("f.")) {
                fields.put(k.substring(2), v);
            }
        });
        imports.correct(id, row, version, fields);
        fill(id, true, null, model);
        return "history/show :: preview";
    }

    @PostMapping("/{id}/rows/{row}/exclude")
    @PreAuthorize("@historyAccess.canSee(#id)")
    String exclude(@PathVariable Long id, @PathVariable Long row, @RequestParam boolean excluded, Model model) {
        imports.exclude(id, row, excluded);
        fill(id, true, null, model);
        return "history/show :: preview";
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize("@historyAccess.canSee(#id)")
    String confirm(@PathVariable Long id, RedirectAttributes redirect) {
        if (imports.large(id)) {
            imports.executeInBackground(id);
            return "redirect:/imports/" + id;
        }
        try {
            imports.execute(id, false);
            redirect.addFlashAttribute("success", "history.done-flash");
        } catch (DomainException e) {
            redirect.addFlashAttribute("importError", e.messageKey());
        }
        return "redirect:/imports/" + id;
    }

    private void fill(long id, boolean all, Long editing, Model model) {
        ImportJobs.Job job = imports.job(id);
        model.addAttribute("job", job);
        model.addAttribute("unitName", new UnitNames(directory).name(job.unitId()));
        model.addAttribute("editing", editing);
        model.addAttribute("dialoguesAvailable", imports.dialoguesAvailable());
        if (job.running()) {
            return;
        }
        List<ImportJobs.Row> rows = imports.rows(id);
        boolean compact = !all && rows.size() > FULL_PREVIEW_ROWS;
        Map<RecordType, List<PreviewRow>> byType = new EnumMap<>(RecordType.class);
        Map<RecordType, Map<RowOutcome, Integer>> counts = new EnumMap<>(RecordType.class);
        for (ImportJobs.Row r : rows) {
            counts.computeIfAbsent(r.type(), t -> new EnumMap<>(RowOutcome.class))
                    .merge(r.outcome() == null ? RowOutcome.NEW : r.outcome(), 1, Integer::sum);
            if (!compact || !r.findings().isEmpty() || (editing != null && editing == r.id())) {
                byType.computeIfAbsent(r.type(), t -> new java.util.ArrayList<>()).add(new PreviewRow(r, summary(r)));
            }
        }
        model.addAttribute("byType", byType);
        model.addAttribute("counts", counts);
        model.addAttribute("compact", compact);
        model.addAttribute("vocabulary", new Labels(vocabulary, workbooks));
    }

    private String summary(ImportJobs.Row r) {
        StringBuilder b = new StringBuilder();
        for (FieldDef def : r.type().fields()) {
            String value = r.fields().get(def.name());
            if (value == null || def.name().equals("key")) {
                continue;
            }
            if (b.length() > 0) {
                b.append(" · ");
            }
            String shown = def.kind() == FieldKind.ENUM ? vocabulary.label(def.list(), value)
                    : def.kind() == FieldKind.BOOL ? vocabulary.label("bool", value) : value;
            b.append(vocabulary.text("history.field." + r.type() + "." + def.name())).append(": ")
                    .append(shown.replace("\n", "; "));
        }
        return b.toString();
    }

    /** Labels and options for the templates. */
    record Labels(Vocabulary vocabulary, Workbooks workbooks) {

        public String sheet(RecordType type) {
            return workbooks.sheetName(type);
        }

        public String field(RecordType type, FieldDef def) {
            return workbooks.header(type, def);
        }

        public Map<String, String> options(FieldDef def) {
            return def.kind() == FieldKind.BOOL ? vocabulary.options("bool") : vocabulary.options(def.list());
        }
    }

    /** Unit names for the list and the pages, looked up once each. */
    static final class UnitNames {
        private final UnitDirectory directory;
        private final Map<Long, String> names = new LinkedHashMap<>();

        UnitNames(UnitDirectory directory) {
            this.directory = directory;
        }

        public String name(long unitId) {
            return names.computeIfAbsent(unitId, id -> {
                try {
                    return directory.name(id);
                } catch (DomainException e) {
                    return String.valueOf(id);
                }
            });
        }
    }
}
