package org.tiepdan.document.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiepdan.platform.DomainException;

/** Upload of a legacy register, preview with findings per row, inline correction (htmx), confirm. */
@Controller
@RequestMapping("/documents/import")
class DocumentImportController {

    private final DocumentImportService imports;

    DocumentImportController(DocumentImportService imports) {
        this.imports = imports;
    }

    @GetMapping
    @PreAuthorize("@documentAccess.canWrite(#unit)")
    String uploadForm(@RequestParam Long unit, Model model) {
        model.addAttribute("unit", unit);
        return "documents/import";
    }

    @PostMapping
    @PreAuthorize("@documentAccess.canWrite(#unit)")
    String upload(@RequestParam Long unit, @RequestParam(required = false) MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
            Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("unit", unit);
            model.addAttribute("fileError", "error.document-file-missing");
            return htmx != null ? "documents/import :: form" : "documents/import";
        }
        long batch;
        try {
            batch = imports.stage(unit, file.getOriginalFilename(), file.getBytes());
        } catch (DomainException e) {
            model.addAttribute("unit", unit);
            model.addAttribute("fileError", e.messageKey());
            return htmx != null ? "documents/import :: form" : "documents/import";
        }
        if (htmx != null) {
            response.setHeader("HX-Redirect", "/documents/import/" + batch);
            return "documents/import :: form";
        }
        return "redirect:/documents/import/" + batch;
    }

    @GetMapping("/{batch}")
    @PreAuthorize("@documentAccess.canWriteBatch(#batch)")
    String preview(@PathVariable Long batch, Model model) {
        fill(batch, model);
        return "documents/preview";
    }

    @GetMapping("/{batch}/rows/{row}/edit")
    @PreAuthorize("@documentAccess.canWriteBatch(#batch)")
    String editRow(@PathVariable Long batch, @PathVariable Long row, Model model) {
        fill(batch, model);
        model.addAttribute("editing", row);
        return "documents/preview :: table";
    }

    @PostMapping("/{batch}/rows/{row}")
    @PreAuthorize("@documentAccess.canWriteBatch(#batch)")
    String saveRow(@PathVariable Long batch, @PathVariable Long row, @RequestParam long version,
            @RequestParam(required = false) String stt, @RequestParam(required = false) String number,
            @RequestParam(required = false) String issuer, @RequestParam(required = false) String summary,
            @RequestParam(required = false) String date, Model model) {
        imports.correct(batch, row, version, stt, number, issuer, summary, date);
        fill(batch, model);
        return "documents/preview :: table";
    }

    @PostMapping("/{batch}/confirm")
    @PreAuthorize("@documentAccess.canWriteBatch(#batch)")
    String confirm(@PathVariable Long batch, @RequestParam(required = false) String topic,
            RedirectAttributes redirect) {
        ImportReport report = imports.confirm(batch, topic);
        DocumentImportService.Batch b = imports.batch(batch);
        redirect.addFlashAttribute("imported", report.imported());
        redirect.addFlashAttribute("success", "document.import.done-flash");
        return "redirect:/documents?unit=" + b.unitId();
    }

    private void fill(long batch, Model model) {
        DocumentImportService.Batch b = imports.batch(batch);
        ImportValidator.Result result = imports.preview(batch);
        model.addAttribute("batch", b);
        model.addAttribute("result", result);
        model.addAttribute("toImport", result.toImport().size());
        model.addAttribute("rejected", result.rows().stream()
                .filter(r -> r.outcome() == ImportValidator.Outcome.REJECTED).count());
        model.addAttribute("present", result.rows().stream()
                .filter(r -> r.outcome() == ImportValidator.Outcome.ALREADY_PRESENT).count());
    }
}
