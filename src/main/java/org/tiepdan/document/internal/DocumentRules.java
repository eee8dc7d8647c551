package org.tiepdan.document.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.tiepdan.document.DocumentEntry;
import org.tiepdan.document.IssuerKind;
import org.tiepdan.org.HoldingBody;
import org.tiepdan.platform.Dates;

/**
 * The rules of a register entry, shared by the entry form, the API and the import: a real date,
 * a well-formed number whose type matches, a number unused in its period, and a summary that its
 * date does not contradict. Each problem names its field and a message code (error.&lt;code&gt;).
 */
@Component
class DocumentRules {

    /**
     * Longest trích yếu accepted (the column is TEXT). Real summaries are a few hundred characters;
     * the bound keeps every export possible (an Excel cell holds at most 32,767 characters).
     */
    static final int MAX_SUMMARY = 4000;


    /** A broken rule: field, code (message key error.&lt;code&gt;), message arguments. */
    record Problem(String field, String code, Object[] args) {
    }

    /** Day and month with one or two digits, four-digit year, strict calendar (no 30/02). */
    static final DateTimeFormatter LOOSE_DIGITS = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DATE_SHAPE = Pattern.compile("^\\d{1,2}/\\d{1,2}/\\d{4}$");

    private final DocumentTypes types;
    private final NumberingPolicy numbering;
    private final IssuedDocumentRepository documents;

    DocumentRules(DocumentTypes types, NumberingPolicy numbering, IssuedDocumentRepository documents) {
        this.types = types;
        this.numbering = numbering;
        this.documents = documents;
    }

    /** Parses dd/MM/yyyy (one-digit day or month tolerated); empty when malformed or impossible. */
    static Optional<LocalDate> parseDate(String text) {
        String t = Text.clean(text);
        if (t == null || !DATE_SHAPE.matcher(t).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(t, LOOSE_DIGITS));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The canonical dd/MM/yyyy text differs from what was typed (but the date is real). */
    static boolean nonCanonicalDate(String text, LocalDate date) {
        return !Dates.format(date).equals(Text.clean(text));
    }

    static String periodLabel(String periodKey) {
        Object[] args = NumberingPolicy.periodLabelArgs(periodKey);
        return args.length == 1 ? (String) args[0] : args[0] + "–" + args[1];
    }

    /** Everything wrong with an entry; empty when it may be recorded. */
    List<Problem> check(DocumentEntry entry) {
        List<Problem> problems = new ArrayList<>();
        NumberingPolicy.Unit unit = numbering.requireUnit(entry.unitId());
        if (!numbering.isBody(unit)) {
            problems.add(new Problem("unitId", HoldingBody.CODE, new Object[] {unit.name()}));
        }
        Map<String, String> catalogue = types.byUpperCode();
        String typeCode = Text.clean(entry.typeCode());
        if (typeCode == null || !catalogue.containsValue(typeCode)) {
            problems.add(new Problem("typeCode", "document-type-required", new Object[0]));
        }
        Optional<LocalDate> date = Optional.empty();
        if (Text.blank(entry.issuedOn())) {
            problems.add(new Problem("issuedOn", "document-date-required", new Object[0]));
        } else {
            date = parseDate(entry.issuedOn());
            if (date.isEmpty()) {
                problems.add(new Problem("issuedOn", "document-date-invalid", new Object[] {Text.clean(entry.issuedOn())}));
            }
        }
        Optional<NumberSymbol> number = Optional.empty();
        if (Text.blank(entry.numberSymbol())) {
            problems.add(new Problem("numberSymbol", "document-number-required", new Object[0]));
        } else {
            number = NumberSymbol.parse(entry.numberSymbol(), catalogue);
            if (number.isEmpty()) {
                problems.add(new Problem("numberSymbol", "document-number-invalid",
                        new Object[] {Text.clean(entry.numberSymbol())}));
            } else if (typeCode != null && !number.get().typeCode().equals(typeCode)) {
                problems.add(new Problem("numberSymbol", "document-number-type-mismatch",
                        new Object[] {number.get().normalized(), number.get().typeCode(), typeCode}));
            }
        }
        String summary = Text.clean(entry.summary());
        if (summary == null) {
            problems.add(new Problem("summary", "document-summary-required", new Object[0]));
        } else if (summary.length() > MAX_SUMMARY) {
            problems.add(new Problem("summary", "document-summary-too-long", new Object[] {MAX_SUMMARY}));
        } else if (date.isPresent()) {
            LocalDate on = date.get();
            SummaryDates.check(summary, on).ifPresent(c -> problems.add(new Problem("summary",
                    "document-summary-date-mismatch", new Object[] {c.named(), Dates.format(on)})));
        }
        if (number.isPresent() && date.isPresent()) {
            NumberingPolicy.Settings settings = numbering.settings(entry.unitId());
            IssuerKind kind = entry.issuerKind() != null ? entry.issuerKind() : settings.unit().issuerKind();
            String period = numbering.periodKey(settings, kind, date.get());
            NumberSymbol parsed = number.get();
            documents.findByUnitIdAndPeriodKeyAndNumberKey(entry.unitId(), period, parsed.key())
                    .ifPresent(existing -> problems.add(new Problem("numberSymbol", "document-number-used",
                            new Object[] {parsed.normalized(), Dates.format(existing.getIssuedOn()),
                                    periodLabel(period)})));
        }
        return problems;
    }
}
