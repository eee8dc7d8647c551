package org.tiepdan.document.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tiepdan.document.IssuerKind;
import org.tiepdan.platform.Dates;

/**
 * Checks the rows of a legacy register against each other and against the register: dates,
 * numbers, duplicates in a numbering period, gaps in the STT sequence, date order, summaries.
 */
@Component
public class ImportValidator {

    /** A row that may become a document. */
    public record Candidate(IssuerKind issuerKind, String issuerName, NumberSymbol number, String periodKey, String summary,
            LocalDate date) {
    }

    public enum Outcome { NEW, ALREADY_PRESENT, REJECTED }

    public record RowResult(RegisterFile.RawRow raw, int ref, Candidate candidate, List<ImportReport.Finding> findings,
            Outcome outcome) {
    }

    public record Result(List<RowResult> rows, List<ImportReport.Finding> findings) {

        public int dataRows() {
            return rows.size();
        }

        public List<RowResult> toImport() {
            return rows.stream().filter(r -> r.outcome() == Outcome.NEW).toList();
        }
    }

    private final NumberingPolicy numbering;
    private final DocumentTypes types;
    private final IssuedDocumentRepository documents;
    private final MessageSource messages;

    ImportValidator(NumberingPolicy numbering, DocumentTypes types, IssuedDocumentRepository documents,
            MessageSource messages) {
        this.numbering = numbering;
        this.types = types;
        this.documents = documents;
        this.messages = messages;
    }

    Result validate(long unitId, List<RegisterFile.RawRow> rawRows) {
        NumberingPolicy.Settings settings = numbering.settings(unitId);
        // A territory holds no register (HoldingBody): every row is refused with its own finding.
        boolean body = numbering.isBody(settings.unit());
        Map<String, String> catalogue = types.byUpperCode();
        List<Work> work = new ArrayList<>();
        String group = null;
        Integer previousStt = null;
        Work previousDated = null;
        for (RegisterFile.RawRow raw : rawRows) {
            if (raw.isGroup()) {
                group = raw.groupHint();
                previousDated = null;
                continue;
            }
            Integer stt = parseInt(raw.stt());
            Work w = new Work(raw, stt != null ? stt : raw.line());
            work.add(w);
            if (!body) {
                w.addKeyed(org.tiepdan.org.HoldingBody.CODE, "UNIT_NOT_A_BODY", ImportReport.Severity.ERROR, List.of(),
                        settings.unit().name());
            }
            // STT sequence
            if (stt != null && previousStt != null && stt > previousStt + 1) {
                String missing = stt == previousStt + 2 ? String.valueOf(previousStt + 1)
                        : (previousStt + 1) + "–" + (stt - 1);
                w.add("SEQUENCE_GAP", ImportReport.Severity.WARNING, List.of(previousStt), missing);
            }
            if (stt != null) {
                previousStt = stt;
            }
            // Required fields
            for (String[] field : new String[][] {{raw.number(), "numberSymbol"}, {raw.date(), "issuedOn"},
                    {raw.summary(), "summary"}}) {
                if (Text.blank(field[0])) {
                    w.add("MISSING_FIELD", ImportReport.Severity.ERROR, List.of(),
                            msg("document.field." + field[1]));
                }
            }
            // Date
            LocalDate date = null;
            if (!Text.blank(raw.date())) {
                Optional<LocalDate> parsed = DocumentRules.parseDate(raw.date());
                if (parsed.isEmpty()) {
                    w.add("INVALID_DATE", ImportReport.Severity.ERROR, List.of(), raw.date());
                } else {
                    date = parsed.get();
                    if (DocumentRules.nonCanonicalDate(raw.date(), date)) {
                        w.add("DATE_FORMAT", ImportReport.Severity.INFO, List.of(), raw.date(), Dates.format(date));
                    }
                }
            }
            if (date != null && previousDated != null && date.isBefore(previousDated.date)) {
                w.add("DATE_ORDER", ImportReport.Severity.WARNING, List.of(previousDated.ref), Dates.format(date),
                        String.valueOf(previousDated.ref), Dates.format(previousDated.date));
            }
            if (date != null) {
                w.date = date;
                previousDated = w;
            }
            // Number
            NumberSymbol number = null;
            if (!Text.blank(raw.number())) {
                Optional<NumberSymbol> parsed = NumberSymbol.parse(raw.number(), catalogue);
                if (parsed.isEmpty()) {
                    w.add("NUMBER_INVALID", ImportReport.Severity.ERROR, List.of(), raw.number());
                } else {
                    number = parsed.get();
                    if (number.straySpaces()) {
                        w.add("NUMBER_FORMAT", ImportReport.Severity.INFO, List.of(), raw.number(), number.normalized());
                    }
                    if (!number.knownType()) {
                        w.addKeyed("NUMBER_FORMAT", "NUMBER_FORMAT.type", ImportReport.Severity.INFO, List.of(),
                                number.normalized(), number.typeCode());
                    }
                }
            }
            // Summary against date
            if (date != null && raw.summary() != null) {
                LocalDate on = date;
                SummaryDates.check(raw.summary(), on).ifPresent(c -> w.add("SUMMARY_DATE_MISMATCH",
                        ImportReport.Severity.WARNING, List.of(), c.named(), Dates.format(on)));
            }
            if (number != null && date != null) {
                IssuerKind kind = issuerKind(raw.issuer(), group, number, settings);
                String issuer = Text.clean(raw.issuer()) != null ? Text.clean(raw.issuer()) : settings.unit().name();
                w.candidate = new Candidate(kind, issuer, number, numbering.periodKey(settings, kind, date),
                        Text.clean(raw.summary()), date);
            }
        }
        // Duplicates within the file: same number (and so issuer) in one numbering period.
        Map<String, List<Work>> byNumber = work.stream().filter(w -> w.candidate != null)
                .collect(Collectors.groupingBy(w -> w.candidate.periodKey() + "|" + w.candidate.number().key(),
                        LinkedHashMap::new, Collectors.toList()));
        for (List<Work> same : byNumber.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (Work w : same) {
                List<Integer> others = same.stream().filter(o -> o != w).map(o -> o.ref).toList();
                w.add("DUPLICATE_NUMBER", ImportReport.Severity.ERROR, others, w.candidate.number().normalized(),
                        others.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                        DocumentRules.periodLabel(w.candidate.periodKey()));
            }
        }
        // Against the register: the same document again is skipped; the same number on another date is an error.
        for (Work w : work) {
            if (w.candidate == null) {
                continue;
            }
            documents.findByUnitIdAndPeriodKeyAndNumberKey(unitId, w.candidate.periodKey(), w.candidate.number().key())
                    .ifPresent(existing -> {
                        if (existing.getIssuedOn().equals(w.candidate.date())) {
                            w.present = true;
                            w.add("ALREADY_PRESENT", ImportReport.Severity.INFO, List.of(),
                                    existing.getNumberSymbol(), Dates.format(existing.getIssuedOn()));
                        } else {
                            w.addKeyed("DUPLICATE_NUMBER", "DUPLICATE_NUMBER.existing", ImportReport.Severity.ERROR,
                                    List.of(), existing.getNumberSymbol(), Dates.format(existing.getIssuedOn()),
                                    DocumentRules.periodLabel(w.candidate.periodKey()));
                        }
                    });
        }
        List<RowResult> rows = new ArrayList<>();
        List<ImportReport.Finding> all = new ArrayList<>();
        for (Work w : work) {
            boolean error = w.findings.stream().anyMatch(f -> f.severity() == ImportReport.Severity.ERROR);
            Outcome outcome = error || w.candidate == null ? Outcome.REJECTED
                    : w.present ? Outcome.ALREADY_PRESENT : Outcome.NEW;
            rows.add(new RowResult(w.raw, w.ref, w.candidate, List.copyOf(w.findings), outcome));
            all.addAll(w.findings);
        }
        return new Result(rows, all);
    }

    static IssuerKind issuerKind(String issuerText, String groupHint, NumberSymbol number,
            NumberingPolicy.Settings settings) {
        String f = Text.fold(issuerText);
        if (f.contains("dang uy") || f.contains("chi bo") || f.contains("huyen uy") || f.contains("tinh uy")
                || f.contains("thanh uy") || f.contains("ban thuong vu") || f.contains("cap uy")) {
            return IssuerKind.PARTY_COMMITTEE;
        }
        if (f.contains("ubnd") || f.contains("uy ban nhan dan") || f.contains("hdnd") || f.contains("chinh quyen")
                || f.startsWith("so ") || f.contains("thanh tra")) {
            return IssuerKind.GOVERNMENT;
        }
        if (f.contains("mttq") || f.contains("mat tran") || f.startsWith("hoi ") || f.startsWith("doan ")) {
            return IssuerKind.FRONT_AND_ORGANISATIONS;
        }
        if (groupHint != null) {
            return IssuerKind.valueOf(groupHint);
        }
        if (number.partyStyle()) {
            return IssuerKind.PARTY_COMMITTEE;
        }
        return settings.unit().issuerKind() == IssuerKind.PARTY_COMMITTEE ? IssuerKind.GOVERNMENT
                : settings.unit().issuerKind();
    }

    private static Integer parseInt(String s) {
        String t = Text.clean(s);
        if (t == null) {
            return null;
        }
        t = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale() == null ? Locale.ROOT
                : LocaleContextHolder.getLocale());
    }

    private final class Work {
        final RegisterFile.RawRow raw;
        final int ref;
        final List<ImportReport.Finding> findings = new ArrayList<>();
        LocalDate date;
        Candidate candidate;
        boolean present;

        Work(RegisterFile.RawRow raw, int ref) {
            this.raw = raw;
            this.ref = ref;
        }

        void add(String code, ImportReport.Severity severity, List<Integer> related, Object... args) {
            addKeyed(code, code, severity, related, args);
        }

        void addKeyed(String code, String messageKey, ImportReport.Severity severity, List<Integer> related,
                Object... args) {
            findings.add(new ImportReport.Finding(ref, code, severity, msg("document.import.finding." + messageKey, args),
                    List.copyOf(related)));
        }
    }
}
