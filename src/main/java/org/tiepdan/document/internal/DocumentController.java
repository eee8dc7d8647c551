package org.tiepdan.document.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiepdan.document.DocumentEntry;
import org.tiepdan.document.IssuerKind;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/** Screens of the register: the Biểu tổng hợp with its exports, entry form, detail. */
@Controller
@RequestMapping("/documents")
class DocumentController {

    /** The entry form; the date stays text so that 30/02/2019 gets its own message. */
    @Getter
    @Setter
    public static class DocumentForm {
        private Long unitId;
        private String numberSymbol;
        private String typeCode;
        private IssuerKind issuerKind;
        private String issuerName;
        private String summary;
        private String issuedOn;
        private String signer;
        private String topics;
        private MultipartFile file;

        Set<String> topicSet() {
            if (topics == null || topics.isBlank()) {
                return Set.of();
            }
            Set<String> set = new LinkedHashSet<>();
            Arrays.stream(topics.split(",")).map(Text::clean).filter(t -> t != null).forEach(set::add);
            return set;
        }
    }

    private final DocumentService documents;
    private final DocumentRules rules;
    private final DocumentTypes types;
    private final DocumentFiles files;
    private final RegisterReport register;
    private final NumberingPolicy numbering;
    private final Clock clock;

    private final org.tiepdan.account.Access access;
    private final org.tiepdan.account.UnitChoices unitChoices;

    DocumentController(DocumentService documents, DocumentRules rules, DocumentTypes types, DocumentFiles files,
            RegisterReport register, NumberingPolicy numbering, java.util.Optional<Clock> clock,
            org.tiepdan.account.Access access, org.tiepdan.account.UnitChoices unitChoices) {
        this.access = access;
        this.unitChoices = unitChoices;
        this.documents = documents;
        this.rules = rules;
        this.types = types;
        this.files = files;
        this.register = register;
        this.numbering = numbering;
        this.clock = clock.orElse(Clock.system(Dates.ZONE));
    }

    @GetMapping
    @PreAuthorize("#unit == null ? isAuthenticated() : @documentAccess.canRead(#unit)")
    String list(@RequestParam(required = false) Long unit,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to,
            @RequestParam(required = false) String topic, Model model) {
        if (unit == null && access.homeUnitId().isPresent()) {
            return "redirect:/documents?unit=" + access.homeUnitId().get();
        }
        model.addAttribute("unit", unit);
        model.addAttribute("from", from == null ? "" : Dates.format(from));
        model.addAttribute("to", to == null ? "" : Dates.format(to));
        model.addAttribute("topic", topic == null ? "" : topic);
        if (unit != null) {
            model.addAttribute("register", register.build(unit, from, to, topic));
        }
        return "documents/register";
    }

    @GetMapping("/register.docx")
    @PreAuthorize("@documentAccess.canRead(#unit)")
    ResponseEntity<byte[]> docx(@RequestParam Long unit,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to,
            @RequestParam(required = false) String topic) {
        byte[] body = register.docx(register.build(unit, from, to, topic), Dates.today(clock));
        return download(body, "bieu-tong-hop-van-ban.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @GetMapping("/register.xlsx")
    @PreAuthorize("@documentAccess.canRead(#unit)")
    ResponseEntity<byte[]> xlsx(@RequestParam Long unit,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to,
            @RequestParam(required = false) String topic) {
        byte[] body = register.xlsx(register.build(unit, from, to, topic));
        return download(body, "bieu-tong-hop-van-ban.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    static ResponseEntity<byte[]> download(byte[] body, String name, String type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(type)).body(body);
    }

    @GetMapping("/new")
    @PreAuthorize("@documentAccess.canWrite(#unit)")
    String newForm(@RequestParam Long unit, Model model) {
        DocumentForm form = new DocumentForm();
        // A document is held by a body's register (HoldingBody): asked from a territory, the form
        // lets the user choose one of its bodies, none preselected.
        if (numbering.isBody(numbering.requireUnit(unit))) {
            form.setUnitId(unit);
            form.setIssuerKind(numbering.requireUnit(unit).issuerKind());
        }
        model.addAttribute("form", form);
        return formPage(model, unit);
    }

    @PostMapping("/new")
    @PreAuthorize("#form.unitId == null ? @documentAccess.canWrite(#area) : @documentAccess.canWrite(#form.unitId)")
    String create(@ModelAttribute("form") DocumentForm form, BindingResult result,
            @RequestParam(required = false) Long area, Model model, RedirectAttributes redirect) throws IOException {
        if (form.getUnitId() == null) {
            result.rejectValue("unitId", "error.holder-required", "error.holder-required");
            return formPage(model, area);
        }
        DocumentEntry entry = new DocumentEntry(form.getUnitId(), form.getNumberSymbol(), form.getTypeCode(),
                form.getIssuerKind(), form.getIssuerName(), form.getSummary(), form.getIssuedOn(), form.getSigner(),
                form.topicSet());
        for (DocumentRules.Problem p : rules.check(entry)) {
            result.rejectValue(p.field(), "error." + p.code(), p.args(), null);
        }
        if (result.hasErrors()) {
            return formPage(model, area != null ? area : form.getUnitId());
        }
        IssuedDocument saved = documents.save(entry);
        MultipartFile file = form.getFile();
        if (file != null && !file.isEmpty()) {
            documents.attachFile(saved.getId(), file.getOriginalFilename(), file.getContentType(), file.getBytes());
        }
        redirect.addFlashAttribute("success", "document.created");
        return "redirect:/documents/" + saved.getId();
    }

    private String formPage(Model model, long context) {
        model.addAttribute("area", context);
        model.addAttribute("holders", unitChoices.holdersAt(context));
        return formPage(model);
    }

    private String formPage(Model model) {
        model.addAttribute("types", types.all());
        model.addAttribute("issuerKinds", IssuerKind.values());
        return "documents/form";
    }

    @GetMapping("/{id}")
    @PreAuthorize("@documentAccess.canReadDocument(#id)")
    String detail(@PathVariable Long id, Model model) {
        model.addAttribute("document", documents.find(id).orElseThrow(() -> DomainException.notFound("document-not-found")));
        model.addAttribute("typeNames", types.names());
        return "documents/detail";
    }

    @GetMapping("/{id}/file")
    @PreAuthorize("@documentAccess.canReadDocument(#id)")
    ResponseEntity<byte[]> file(@PathVariable Long id) {
        DocumentFiles.StoredFile f = files.load(id).orElseThrow(() -> DomainException.notFound("document-not-found"));
        return download(f.content(), f.fileName(), f.contentType());
    }

    List<IssuerKind> issuerKinds() {
        return List.of(IssuerKind.values());
    }
}
