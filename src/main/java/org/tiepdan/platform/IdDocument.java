package org.tiepdan.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * A person's identity document: its kind and its number, the number validated by the kind's own
 * rule (LAW.md, "Identity documents": record the kind of document with its number, and validate
 * each kind by its own rule). The one implementation used by the front desk, petition intake,
 * the history import and the public site.
 *
 * <p>Where only a number is given (old records, clients that send {@code idNumber} alone), the
 * kind follows from its form ({@link #infer}): 12 digits are a CCCD, 9 digits a CMND, 6 to 9
 * letters and digits with at least one letter a passport. A personal identification number has the
 * form of a CCCD and is taken for one unless its kind is given. An all-digit number of another
 * length is refused rather than taken for a passport, since it is far more often a mistyped card.
 *
 * <p>{@link #toString()} shows the kind only: the number is identity data, never logged.
 */
public record IdDocument(IdDocumentKind kind, String number) {

    public IdDocument {
        if (kind == null || !kind.accepts(number)) {
            throw new IllegalArgumentException("not a valid identity document number for " + kind);
        }
    }

    /**
     * The number as stored and compared: spaces and dots people type between groups are dropped
     * and letters are upper case. Null or blank gives null. Anything else (a hyphen, a letter O for
     * a zero) stays, so that the number is refused rather than guessed at.
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String cleaned = raw.replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** The kind a number's form tells, or empty when it has none of the known forms. */
    public static Optional<IdDocumentKind> infer(String raw) {
        String n = normalise(raw);
        if (n == null) {
            return Optional.empty();
        }
        if (IdDocumentKind.digits(n, 12)) {
            return Optional.of(IdDocumentKind.CCCD);
        }
        if (IdDocumentKind.digits(n, 9)) {
            return Optional.of(IdDocumentKind.CMND);
        }
        if (IdDocumentKind.PASSPORT.accepts(n) && n.chars().anyMatch(Character::isLetter)) {
            return Optional.of(IdDocumentKind.PASSPORT);
        }
        return Optional.empty();
    }

    /**
     * The document of the given kind (or, when {@code kind} is null, of the kind the number's form
     * tells); empty when the number does not follow that kind's rule. A blank number is empty too:
     * callers decide first whether a number was given at all ({@link #normalise} is null).
     */
    public static Optional<IdDocument> tryParse(IdDocumentKind kind, String raw) {
        String n = normalise(raw);
        if (n == null) {
            return Optional.empty();
        }
        IdDocumentKind k = kind != null ? kind : infer(n).orElse(null);
        return k != null && k.accepts(n) ? Optional.of(new IdDocument(k, n)) : Optional.empty();
    }

    /**
     * As {@link #tryParse}, refusing an invalid number with {@code code} on {@code field} (a
     * {@link DomainException} of kind INVALID); null when no number is given, whatever the kind.
     */
    public static IdDocument parse(IdDocumentKind kind, String raw, String code, String field) {
        if (normalise(raw) == null) {
            return null;
        }
        return tryParse(kind, raw).orElseThrow(() -> DomainException.invalid(code, field));
    }

    /** The number as shown and stored (canonical form). */
    public String format() {
        return number;
    }

    @Override
    public String toString() {
        return "IdDocument[" + kind + ", ***]";
    }
}
