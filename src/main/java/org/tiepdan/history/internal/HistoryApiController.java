package org.tiepdan.history.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tiepdan.platform.PublicEndpoints;

/**
 * JSON API of history imports: post a bundle (dry run or import), follow a background job, confirm
 * a dry run, and read the published JSON Schema. Bundles over the background limit (or posted with
 * {@code async=true}) answer 202 with the job's Location.
 */
@RestController
@RequestMapping("/api/v1/imports")
class HistoryApiController {

    private final HistoryImportService imports;
    private final BundleJson bundles;
    private final ImportReports reports;
    private final MessageSource messages;

    HistoryApiController(HistoryImportService imports, BundleJson bundles, ImportReports reports,
            MessageSource messages) {
        this.imports = imports;
        this.bundles = bundles;
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping(path = "/schema", produces = "application/schema+json")
    @PreAuthorize("permitAll()")
    byte[] schema() {
        return bundles.schemaBytes();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("@historyAccess.canImport(#unit)")
    ResponseEntity<ImportReports.Report> post(@RequestParam("unit") Long unit,
            @RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun,
            @RequestParam(name = "async", defaultValue = "false") boolean async,
            @RequestParam(name = "fileName", required = false) String fileName, @RequestBody byte[] body) {
        long id = imports.stageJson(unit, fileName, body);
        URI location = URI.create("/api/v1/imports/" + id);
        if (async || imports.large(id)) {
            imports.validateInBackground(id);
            if (!dryRun) {
                imports.executeInBackground(id);
            }
            return ResponseEntity.accepted().location(location).body(reports.report(id, false));
        }
        Validation v = imports.validate(id, false);
        if (!dryRun) {
            if (!v.importable()) {
                return ResponseEntity.unprocessableContent().location(location).body(reports.report(id, true));
            }
            imports.execute(id, false);
            return ResponseEntity.created(location).body(reports.report(id, true));
        }
        return ResponseEntity.ok().location(location).body(reports.report(id, true));
    }

    @GetMapping("/{id}")
    @PreAuthorize("@historyAccess.canSee(#id)")
    ImportReports.Report get(@PathVariable Long id) {
        return reports.report(id, true);
    }

    /** Imports a bundle posted as a dry run, once its findings were read. */
    @PostMapping("/{id}/confirm")
    @PreAuthorize("@historyAccess.canSee(#id)")
    ResponseEntity<ImportReports.Report> confirm(@PathVariable Long id,
            @RequestParam(name = "async", defaultValue = "false") boolean async) {
        if (async || imports.large(id)) {
            imports.executeInBackground(id);
            return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + id)).body(reports.report(id, false));
        }
        try {
            imports.execute(id, false);
        } catch (org.tiepdan.platform.DomainException e) {
            if ("history-import-has-errors".equals(e.code())) {
                return ResponseEntity.unprocessableContent().body(reports.report(id, true));
            }
            throw e;
        }
        return ResponseEntity.ok(reports.report(id, true));
    }

    /** A bundle that breaks the schema: 400 with every place it breaks it. */
    @ExceptionHandler(BundleJson.Rejected.class)
    ResponseEntity<ProblemDetail> rejected(BundleJson.Rejected e, HttpServletRequest request) {
        String detail = messages.getMessage("error.history-bundle-invalid", null, Vocabulary.VI);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(messages.getMessage("error.title.400", null, Vocabulary.VI));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", "history-bundle-invalid");
        problem.setProperty("errors", e.errors().stream().map(x -> Map.of("field", x.pointer(), "message",
                messages.getMessage("history.schema-error", new Object[] {x.pointer(), x.keyword(), x.detail()},
                        Vocabulary.VI))).toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Public {
        /** The schema is published so that another system can build its bundle before it has an account. */
        @Bean
        PublicEndpoints historySchemaEndpoint() {
            return () -> List.of("/api/v1/imports/schema");
        }
    }
}
