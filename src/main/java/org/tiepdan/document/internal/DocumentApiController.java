package org.tiepdan.document.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tiepdan.document.DocumentEntry;
import org.tiepdan.document.IssueCommand;
import org.tiepdan.document.IssuedDocumentView;
import org.tiepdan.document.IssuerKind;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.platform.DomainException;

/** JSON API of the issued-documents register. */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentApiController {

    /** Lengths as in V30 (issued_document, issued_document_topic); the summary as DocumentRules.MAX_SUMMARY. */
    record EntryRequest(Long unitId, @Size(max = 64) String numberSymbol, @Size(max = 16) String typeCode,
            IssuerKind issuerKind, @Size(max = 255) String issuerName,
            @Size(max = DocumentRules.MAX_SUMMARY) String summary, @Size(max = 10) String issuedOn,
            @Size(max = 255) String signer, Set<@Size(max = 64) String> topics) {
    }

    record IssueRequest(Long unitId, @Size(max = 16) String typeCode,
            @Size(max = DocumentRules.MAX_SUMMARY) String summary,
            @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate issuedOn, @Size(max = 255) String signer,
            Set<@Size(max = 64) String> topics) {
    }

    private final DocumentService documents;
    private final DocumentImportService imports;
    private final OrgUnitHierarchy hierarchy;
    private final RegisterReport register;

    DocumentApiController(DocumentService documents, DocumentImportService imports, OrgUnitHierarchy hierarchy,
            RegisterReport register) {
        this.documents = documents;
        this.imports = imports;
        this.hierarchy = hierarchy;
        this.register = register;
    }

    @PostMapping(path = "/import", consumes = "multipart/form-data")
    @PreAuthorize("@access.hasRoleAt('REPORTER', #unit) or @access.hasRoleAt('ADMIN', #unit)")
    ImportReport importRegister(@RequestParam("unit") Long unit,
            @RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun,
            @RequestParam(name = "topic", required = false) String topic,
            @RequestParam("file") MultipartFile file) throws IOException {
        return imports.importFile(unit, file.getOriginalFilename(), file.getBytes(), dryRun, topic);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@documentAccess.canWrite(#request.unitId())")
    IssuedDocumentView register(@Valid @RequestBody EntryRequest request) {
        return documents.register(new DocumentEntry(request.unitId(), request.numberSymbol(), request.typeCode(),
                request.issuerKind(), request.issuerName(), request.summary(), request.issuedOn(), request.signer(),
                request.topics()));
    }

    @PostMapping("/issue")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@documentAccess.canWrite(#request.unitId())")
    IssuedDocumentView issue(@Valid @RequestBody IssueRequest request) {
        return documents.issue(new IssueCommand(request.unitId(), request.typeCode(), request.summary(),
                request.issuedOn(), request.signer(), request.topics()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("@documentAccess.canReadDocument(#id)")
    IssuedDocumentView get(@PathVariable Long id) {
        return documents.find(id).orElseThrow(() -> DomainException.notFound("document-not-found"));
    }

    @GetMapping
    @PreAuthorize("@documentAccess.canRead(#unit)")
    List<IssuedDocumentView> list(@RequestParam("unit") Long unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String topic) {
        return documents.list(hierarchy.subtreeWithPredecessors(unit), from == null ? LocalDate.of(1900, 1, 1) : from,
                to == null ? LocalDate.of(2999, 12, 31) : to, topic);
    }

    @GetMapping("/register")
    @PreAuthorize("@documentAccess.canRead(#unit)")
    RegisterReport.Register registerReport(@RequestParam("unit") Long unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String topic) {
        return register.build(unit, from, to, topic);
    }

    @GetMapping("/register.docx")
    @PreAuthorize("@documentAccess.canRead(#unit)")
    org.springframework.http.ResponseEntity<byte[]> registerDocx(@RequestParam("unit") Long unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String topic) {
        return DocumentController.download(register.docx(register.build(unit, from, to, topic),
                LocalDate.now(org.tiepdan.platform.Dates.ZONE)), "bieu-tong-hop-van-ban.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @GetMapping("/register.xlsx")
    @PreAuthorize("@documentAccess.canRead(#unit)")
    org.springframework.http.ResponseEntity<byte[]> registerXlsx(@RequestParam("unit") Long unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String topic) {
        return DocumentController.download(register.xlsx(register.build(unit, from, to, topic)),
                "bieu-tong-hop-van-ban.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
}
