package org.tiepdan.platform.internal;

import java.sql.SQLException;
import java.util.Optional;

import org.springframework.http.HttpStatus;

/**
 * What the database refused, when a request got past validation: the last line of defence that
 * turns a constraint or data error into a 4xx with a stable code instead of a 500. Each such case is
 * still a gap in validation, so it is logged (without values) for a developer to close.
 *
 * @param status the answer's status
 * @param code   the stable code of the problem
 * @param field      the column at fault (camelCase) when PostgreSQL names it, else null
 * @param messageKey the Vietnamese message
 * @param constraint the constraint PostgreSQL names, for the log only (never values)
 */
record DatabaseRejection(HttpStatus status, String code, String field, String messageKey, String constraint) {

    /** The first SQL error in the cause chain, by its SQLSTATE (PostgreSQL's error codes). */
    static Optional<DatabaseRejection> of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String column = null;
                String constraint = null;
                if (sql instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
                    column = p.getServerErrorMessage().getColumn();
                    constraint = p.getServerErrorMessage().getConstraint();
                }
                return Optional.ofNullable(map(sql.getSQLState(), camel(column), constraint));
            }
        }
        return Optional.empty();
    }

    private static DatabaseRejection map(String state, String field, String constraint) {
        return switch (state) {
            case "22001" -> new DatabaseRejection(HttpStatus.BAD_REQUEST, "value-too-long", field,
                    "error.db.value-too-long", constraint);
            case "22021", "22P05" -> new DatabaseRejection(HttpStatus.BAD_REQUEST, "invalid-character", field,
                    "error.db.invalid-character", constraint);
            case "22003", "22008", "22007", "22P02" -> new DatabaseRejection(HttpStatus.BAD_REQUEST,
                    "value-out-of-range", field, "error.db.value-out-of-range", constraint);
            case "23502" -> new DatabaseRejection(HttpStatus.BAD_REQUEST, "value-missing", field,
                    "error.db.value-missing", constraint);
            case "23503" -> new DatabaseRejection(HttpStatus.BAD_REQUEST, "reference-unknown", field,
                    "error.db.reference-unknown", constraint);
            case "23514", "23P01" -> new DatabaseRejection(HttpStatus.BAD_REQUEST, "invalid-input", field,
                    "error.db.check-failed", constraint);
            case "23505" -> new DatabaseRejection(HttpStatus.CONFLICT, "duplicate", field, "error.db.duplicate",
                    constraint);
            case "40001", "40P01", "55P03" -> new DatabaseRejection(HttpStatus.CONFLICT, "concurrent-edit", null,
                    "error.db.concurrent-edit", constraint);
            default -> null;
        };
    }

    private static String camel(String column) {
        if (column == null || column.isBlank()) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                s.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return s.toString();
    }
}
